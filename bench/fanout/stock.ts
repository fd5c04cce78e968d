/**
 * The stock server for `bench/fanout`: what the graphql-ws and Apollo Server docs show, and what
 * a team would build first. Apollo Server over Express for queries and mutations, graphql-ws's
 * `useServer` on the same path, and an in-memory `PubSub` (graphql-subscriptions) whose async
 * iterator feeds each subscription: every subscriber executes every event itself, with no
 * sharing. The data lives in memory (no database), which only flatters it.
 *
 * Serves the same `events` subscription and `recordRecovery` mutation the clients send to War
 * Room. Prints `stock listening http://127.0.0.1:<port>` once ready; exits on SIGTERM.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import { PubSub } from 'graphql-subscriptions';
import { useServer } from 'graphql-ws/use/ws';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const typeDefs = `#graphql
  type Query { ok: Boolean }
  type Sample { at: String!  value: Float! }
  type LiveEvent { cursor: String!  type: String!  incidentId: ID  sample: Sample }
  input RecordRecoveryInput { incidentId: ID!  flow: String!  value: Float! }
  type Mutation { recordRecovery(input: RecordRecoveryInput!): Sample! }
  type Subscription { events: LiveEvent! }
`;

interface Sample {
  at: string;
  value: number;
}
interface LiveEvent {
  seq: number;
  incidentId: string;
  sampleId: number;
}

const pubsub = new PubSub<{ EVENTS: { events: LiveEvent } }>();
const samples = new Map<number, Sample>();
let seq = 0;

const schema = makeExecutableSchema({
  typeDefs,
  resolvers: {
    Query: { ok: () => true },
    Mutation: {
      recordRecovery: (_: unknown, { input }: { input: { incidentId: string; value: number } }) => {
        seq += 1;
        const sample = { at: new Date().toISOString(), value: input.value };
        samples.set(seq, sample);
        const event = { seq, incidentId: input.incidentId, sampleId: seq };
        // Respond, then fan out (as War Room does): "response → last subscriber" is the fan-out.
        setImmediate(() => void pubsub.publish('EVENTS', { events: event }));
        return Promise.resolve(sample);
      },
    },
    Subscription: {
      events: { subscribe: () => pubsub.asyncIterableIterator('EVENTS') },
    },
    LiveEvent: {
      cursor: (event: LiveEvent) => Buffer.from(`e1:${event.seq}`).toString('base64url'),
      type: () => 'RECOVERY_RECORDED',
      sample: (event: LiveEvent) => samples.get(event.sampleId) ?? null,
    },
  },
});

const app = express();
const httpServer = createServer(app);
const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
const serverCleanup = useServer({ schema }, wss);
const apollo = new ApolloServer({
  schema,
  plugins: [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    {
      serverWillStart: () =>
        Promise.resolve({
          drainServer: async () => {
            await serverCleanup.dispose();
          },
        }),
    },
  ],
});
await apollo.start();
app.use('/graphql', express.json(), expressMiddleware(apollo));
httpServer.listen(0, '127.0.0.1', () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`stock listening http://127.0.0.1:${port}\n`);
});
const stop = () => {
  for (const client of wss.clients) client.terminate();
  httpServer.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
