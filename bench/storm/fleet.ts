/**
 * The wallboards of `bench/storm`, in their own process (so their CPU is not the server's or the
 * probe's): N dashboard `LiveFeed`s over raw graphql-ws sockets. Driven by `run.ts` over IPC:
 * `{ reset }` forgets counts, `{ wait, count, ms }` answers `{ caught, at, doubled, over }` once
 * every board has `count` events since the reset (`at`: epoch ms of the last receipt).
 */
import { startFleet } from '../../tests/support/fleet.js';

interface Command {
  type: 'reset' | 'wait' | 'stop';
  count?: number;
  ms?: number;
}

function isCommand(message: unknown): message is Command {
  return typeof message === 'object' && message !== null && 'type' in message;
}

const [url = '', incidentId = '', n = '0'] = process.argv.slice(2);
const fleet = await startFleet(url, incidentId, Number(n));
const offset = Date.now() - performance.now();
process.send?.({ type: 'live', live: fleet.live() });
process.on('message', (message: unknown) => {
  if (!isCommand(message)) return;
  if (message.type === 'reset') {
    fleet.reset();
    process.send?.({ type: 'reset' });
  } else if (message.type === 'wait') {
    const count = message.count ?? 0;
    fleet.waitForAll(count, message.ms ?? 60_000).then(
      (last) =>
        process.send?.({
          type: 'caught',
          at: last + offset,
          doubled: fleet.boards.reduce((sum, b) => sum + b.doubled, 0),
          over: fleet.boards.filter((b) => b.count > count).length,
        }),
      (error: unknown) => process.send?.({ type: 'failed', error: String(error) }),
    );
  } else {
    fleet.stop();
    process.exit(0);
  }
});
