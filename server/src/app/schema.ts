import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { actionResolvers } from '../actions/action.resolvers.js';
import { authResolvers } from '../auth/auth.resolvers.js';
import { componentResolvers } from '../components/component.resolvers.js';
import { drillResolvers } from '../drills/drill.resolvers.js';
import { historyResolvers } from '../history/history.resolvers.js';
import { incidentResolvers } from '../incidents/incident.resolvers.js';
import { interopResolvers } from '../interop/interop.resolvers.js';
import { liveResolvers } from '../live/live.resolvers.js';
import { recoveryResolvers } from '../recovery/recovery.resolvers.js';
import { timelineResolvers } from '../timeline/timeline.resolvers.js';
import { webhookResolvers } from '../webhooks/webhook.resolvers.js';
import { DateTimeScalar } from './scalars.js';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

/** The SDL of schema/, root types first so the domain files can extend them. */
export function loadTypeDefs(): string[] {
  const files = readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) =>
      a === 'scalars.graphql' ? -1 : b === 'scalars.graphql' ? 1 : a.localeCompare(b),
    );
  return files.map((file) => readFileSync(path.join(schemaDir, file), 'utf8'));
}

const resolvers: Resolvers[] = [
  { DateTime: DateTimeScalar },
  incidentResolvers,
  componentResolvers,
  recoveryResolvers,
  timelineResolvers,
  actionResolvers,
  authResolvers,
  liveResolvers,
  historyResolvers,
  drillResolvers,
  interopResolvers,
  webhookResolvers,
];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
