import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commander, makeIncident } from '../support/factories.js';
import { seqOf } from '../support/fleet.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { subscribeEvents } from '../support/ws.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close({ dropDatabase: true });
});

describe('a long catch-up', () => {
  it('should replay 1,000 missed events (five pages) in order, once each, then go live', async () => {
    const incident = await makeIncident(server.app.services);
    const incidentId = incident._id.toHexString();
    const anchorStream = subscribeEvents(server.wsUrl, { incidentId });
    await server.app.services.recovery.record(commander, { incidentId, flow: 'orders', value: 1 });
    const [anchor] = await anchorStream.waitFor(1);
    await anchorStream.close();
    const missed = 1000; // five replay pages; the 5,000-event paging is the unit test's
    let written = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (written < missed) {
          written += 1;
          await server.app.services.recovery.record(commander, {
            incidentId,
            flow: 'orders',
            value: written % 100,
          });
        }
      }),
    );
    const resumed = subscribeEvents(server.wsUrl, { incidentId, after: anchor?.cursor ?? '' });
    await server.app.services.recovery.record(commander, { incidentId, flow: 'orders', value: 2 });
    const events = await resumed.waitFor(missed + 1, 60_000);
    const seqs = events.map((e) => seqOf(e.cursor));
    expect(seqs).toHaveLength(missed + 1);
    expect(seqs.every((seq, i) => i === 0 || seq > (seqs[i - 1] ?? 0))).toBe(true);
    expect(seqs[0]).toBe(seqOf(anchor?.cursor ?? '') + 1);
    await resumed.close();
  }, 180_000);
});
