/**
 * `/metrics` (Prometheus exposition, optionally behind METRICS_TOKEN) and the Apollo plugin
 * that times GraphQL operations, counts their errors by code and names the operation in the
 * HTTP request log.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { createHash, timingSafeEqual } from 'node:crypto';
import { graphqlDuration, graphqlErrors, operationLabel, registry } from '../common/metrics.js';
import type { Context } from './context.js';

/** What the request log shows about the GraphQL operation a request carried. */
export interface OperationTag {
  name: string | null;
  type: string;
}

/** The operation tag the GraphQL plugin left on a response (read by the request log). */
export function operationOf(res: Response): OperationTag | undefined {
  const tag: unknown = res.locals['graphqlOperation'];
  if (typeof tag !== 'object' || tag === null || !('name' in tag) || !('type' in tag)) return;
  const { name, type } = tag;
  if ((name !== null && typeof name !== 'string') || typeof type !== 'string') return;
  return { name, type };
}

function codeOf(error: { readonly extensions?: Readonly<Record<string, unknown>> | undefined }) {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Times each HTTP GraphQL operation by name, type and outcome and counts errors by code. The
 * HTTP response of each context is remembered by {@link GraphqlObservability.bind} (called by
 * the context factory), so that the request log can name the operation.
 */
export function createGraphqlObservability() {
  const responses = new WeakMap<Context, Response>();
  const plugin: ApolloServerPlugin<Context> = {
    contextCreationDidFail: ({ error }) => {
      graphqlErrors.inc({ code: codeOf(error instanceof GraphQLError ? error : {}) });
      return Promise.resolve();
    },
    requestDidStart: () => {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        didResolveOperation: ({ operationName, operation, contextValue }) => {
          const res = responses.get(contextValue);
          if (res && operation)
            res.locals['graphqlOperation'] = { name: operationName, type: operation.operation };
          return Promise.resolve();
        },
        willSendResponse: ({ response, operationName, operation }) => {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) graphqlErrors.inc({ code: codeOf(error) });
          graphqlDuration.observe(
            {
              operation: operationLabel(operationName),
              type: operation?.operation ?? 'unknown',
              outcome: errors.length > 0 ? 'error' : 'success',
            },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
          return Promise.resolve();
        },
      });
    },
  };
  return {
    plugin,
    /** Remembers which HTTP response a context belongs to; returns the context. */
    bind(context: Context, res: Response): Context {
      responses.set(context, res);
      return context;
    },
  };
}

export type GraphqlObservability = ReturnType<typeof createGraphqlObservability>;

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics`: the Prometheus text exposition. With a token, only `Authorization: Bearer
 * <token>` is answered (compared in constant time); anything else gets 401.
 */
export function metricsHandler(token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : digest(`Bearer ${token}`);
  return (req, res, next) => {
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.type('text/plain').send('A bearer token (METRICS_TOKEN) is required\n');
      return;
    }
    registry.metrics().then((body) => {
      res.setHeader('Content-Type', registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(body);
    }, next);
  };
}
