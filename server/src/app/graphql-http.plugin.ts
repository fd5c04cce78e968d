/**
 * What GraphQL over HTTP adds to the shared pipeline: rate limits answered with `429` and
 * `Retry-After`, and the GraphQL-over-HTTP spec's status codes for `application/json` clients.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { rateLimited } from '../common/errors.js';
import type { RateLimits } from './rate-limits.js';

interface HttpFacts {
  /** `req.ip`: the client, behind a proxy on loopback too. */
  address: string;
  /** Whether the response is `application/json` (not `application/graphql-response+json`). */
  plainJson: boolean;
}

/**
 * Carried on the context itself: Apollo hands the hooks a shallow copy of the context object
 * (so a WeakMap keyed by it misses), and a copy keeps enumerable symbol-keyed properties.
 */
const factsKey = Symbol('war-room.http');

const isFacts = (value: unknown): value is HttpFacts =>
  typeof value === 'object' &&
  value !== null &&
  'address' in value &&
  typeof value.address === 'string' &&
  'plainJson' in value &&
  typeof value.plainJson === 'boolean';

function factsOf(context: object): HttpFacts | undefined {
  const value: unknown = Reflect.get(context, factsKey);
  return isFacts(value) ? value : undefined;
}

/** Called by the HTTP context factory, so the plugin knows the request behind a context. */
export function rememberHttpRequest(context: object, req: Request): void {
  const facts: HttpFacts = {
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    // Same preference order as Apollo's own negotiation: plain JSON wins ties and `*/*`.
    plainJson:
      req.accepts(['application/json', 'application/graphql-response+json']) === 'application/json',
  };
  Object.defineProperty(context, factsKey, { value: facts, enumerable: true });
}

/**
 * Errors of a request that never reached execution: parse, validation, variable coercion.
 * With `application/json` the spec says such responses SHOULD be 200 (the status says nothing
 * about the GraphQL result for that media type); Apollo answers 400.
 */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

export function graphqlHttpPlugin(limits: RateLimits): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async didResolveOperation({ operation, contextValue }) {
          const fact = factsOf(contextValue);
          if (!fact || !operation) return;
          const wait = await limits.admit({
            operation: operation.operation,
            viewer: contextValue.viewer,
            address: fact.address,
          });
          if (wait === null) return;
          const error = rateLimited(wait);
          throw new GraphQLError(error.message, {
            extensions: {
              ...error.extensions,
              http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) },
            },
          });
        },
        willSendResponse({ contextValue, response }) {
          const { body, http } = response;
          if (http.status === 400 && body.kind === 'single' && factsOf(contextValue)?.plainJson) {
            const { data, errors } = body.singleResult;
            const code = errors?.[0]?.extensions?.['code'];
            if (data === undefined && typeof code === 'string' && requestErrorCodes.has(code))
              http.status = 200;
          }
          return Promise.resolve();
        },
      }),
  };
}
