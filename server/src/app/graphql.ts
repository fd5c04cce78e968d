import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { Server } from 'node:http';
import type { Context } from './context.js';
import { createFormatError } from './format-error.js';
import type { Logger } from './logger.js';

/**
 * Limits on what a client controls in one operation. Generous for the dashboard's real
 * operations (the schema has no cycles, so real depth is at most 6), far below what would hurt
 * the server.
 */
/** Tokens in one operation document, enforced by the parser itself (HTTP and WebSocket). */
export const maxTokens = 2000;

const armor = new ApolloArmor({
  maxDepth: { n: 10, flattenFragments: true },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 50_000, flattenFragments: true },
  blockFieldSuggestion: { enabled: true },
});

// Only the validation rules: armor's Apollo plugins are typed against the CommonJS build of
// @apollo/server, and the one that matters (no field suggestions) is done in formatError.
const protection = armor.protect();

/** The validation rules applied to every operation, over HTTP and WebSocket. */
export const limitRules: ValidationRule[] = protection.validationRules;

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
  production: boolean;
  /** Ends WebSocket connections when the server drains. */
  onDrain: () => Promise<void>;
  /** Further plugins (HTTP status codes, rate limits, metrics). */
  plugins?: ApolloServerPlugin<Context>[];
}

export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: options.schema,
    csrfPrevention: true,
    // main.ts owns shutdown (HTTP, WebSocket, tailer, database, in that order).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    validationRules: protection.validationRules,
    formatError: createFormatError(options.logger, options.production),
    plugins: [
      // The IDE is GraphiQL, bundled and served by http.ts: Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      { serverWillStart: () => Promise.resolve({ drainServer: options.onDrain }) },
      ...(options.plugins ?? []),
    ],
  });
}
