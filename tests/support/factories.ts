import mongoose from 'mongoose';
import type { DeclareIncidentInput } from '../../server/src/__generated__/resolvers-types.js';
import type { Services } from '../../server/src/app/services.js';
import type { Viewer } from '../../server/src/auth/viewer.js';
import type { IncidentDoc } from '../../server/src/incidents/incident.model.js';

export const commander: Viewer = { role: 'COMMANDER', name: 'factory', tokenId: null };

let counter = 0;

/** Declares an incident through the service (the same rules as the API), with sane defaults. */
export async function makeIncident(
  services: Services,
  overrides: Partial<DeclareIncidentInput> & { resolve?: boolean } = {},
): Promise<IncidentDoc> {
  counter += 1;
  const { resolve, ...input } = overrides;
  const incident = await services.incidents.declare(commander, {
    title: `Checkout errors #${counter}`,
    impact: 'MAJOR',
    body: 'We are investigating elevated checkout errors.',
    ...input,
  });
  if (resolve) {
    await services.updates.post(commander, {
      incidentId: incident._id.toHexString(),
      status: 'RESOLVED',
      body: 'Fixed.',
    });
    return services.incidents.getOrThrow(incident._id.toHexString());
  }
  return incident;
}

/** Document counts of every collection: a rejected mutation must leave them all unchanged. */
export async function collectionCounts(): Promise<Record<string, number>> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  const counts: Record<string, number> = {};
  for (const { name } of await db.listCollections().toArray()) {
    counts[name] = await db.collection(name).countDocuments();
  }
  return counts;
}
