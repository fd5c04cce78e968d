import { GraphQLError } from 'graphql';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportIncidentInput } from '../../server/src/__generated__/resolvers-types.js';
import { createServices, type Services } from '../../server/src/app/services.js';
import { ensureIndexes } from '../../server/src/db/connect.js';
import { collectionCounts, commander } from '../support/factories.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { withDatabase } from '../support/server.js';

let services: Services;

beforeAll(async () => {
  if (mongoose.connection.readyState === mongoose.ConnectionStates.connected)
    await mongoose.disconnect();
  await mongoose.connect(withDatabase(mongoUri(), uniqueDbName('import')));
  // As the server does on start: every collection and index exists before the first write.
  await ensureIndexes();
  services = createServices();
});

afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

const startedAt = new Date(Date.now() - 3_600_000);
const base: ImportIncidentInput = {
  title: 'Checkout outage',
  impact: 'MAJOR',
  startedAt,
  updates: [{ status: 'INVESTIGATING', body: 'Looking into it.', createdAt: startedAt }],
};

/** The BAD_USER_INPUT field an import is refused with. */
async function refusedField(input: ImportIncidentInput): Promise<unknown> {
  const error: unknown = await services.imports.importIncident(commander, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  return error instanceof GraphQLError ? error.extensions['field'] : undefined;
}

describe('importIncident, by the rules of the domain that owns each part', () => {
  it.each([
    {
      part: 'a recovery flow',
      input: { recovery: [{ flow: 'Sales Flow', value: 50, at: startedAt }] },
      field: 'recovery[0].flow',
    },
    {
      part: 'a recovery value',
      input: { recovery: [{ flow: 'orders', value: 1001, at: startedAt }] },
      field: 'recovery[0].value',
    },
    {
      part: 'a timeline text',
      input: { timeline: [{ at: startedAt, text: 't'.repeat(20_001) }] },
      field: 'timeline[0].text',
    },
    {
      part: 'an action item owner',
      input: { actionItems: [{ title: 'Add an alert', owner: 'o'.repeat(101) }] },
      field: 'actionItems[0].owner',
    },
    {
      part: 'an update body',
      input: {
        updates: [
          { status: 'INVESTIGATING' as const, body: 'ok', createdAt: startedAt },
          { status: 'IDENTIFIED' as const, body: ' ', createdAt: startedAt },
        ],
      },
      field: 'updates[1].body',
    },
  ])(
    'should refuse $part with the field under its place in the input and write nothing',
    async ({ input, field }) => {
      const before = await collectionCounts();
      expect(await refusedField({ ...base, ...input })).toBe(field);
      expect(await collectionCounts()).toEqual(before);
    },
  );
});
