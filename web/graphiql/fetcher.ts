import { createGraphiQLFetcher, type Fetcher, type FetcherOpts } from '@graphiql/toolkit';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';

/** The `Authorization` value among the headers typed in the IDE, whatever its case. */
export function authorizationOf(headers: FetcherOpts['headers']): string | undefined {
  const entry = Object.entries(headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'authorization',
  );
  const value: unknown = entry?.[1];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** graphql-ws hands over results as JSON; GraphiQL's types want graphql-js errors. */
function toExecutionResult(result: {
  data?: Record<string, unknown> | null | undefined;
  errors?: readonly GraphQLFormattedError[] | undefined;
}): ExecutionResult {
  return {
    ...(result.data !== undefined ? { data: result.data } : {}),
    ...(result.errors
      ? {
          errors: result.errors.map(
            (e) =>
              new GraphQLError(e.message, {
                ...(e.path ? { path: e.path } : {}),
                ...(e.extensions ? { extensions: e.extensions } : {}),
              }),
          ),
        }
      : {}),
  };
}

/**
 * Queries and mutations over HTTP with the headers typed in the IDE; subscriptions over
 * graphql-ws, with the typed `Authorization` passed as `connectionParams.authorization` the way
 * the server expects it. One socket per distinct token, replaced when the token changes.
 */
export function createWarRoomFetcher(httpUrl: string, wsUrl: string): Fetcher {
  const http = createGraphiQLFetcher({ url: httpUrl, enableIncrementalDelivery: false });
  let socket: { authorization: string | undefined; client: Client } | null = null;

  const clientFor = (authorization: string | undefined): Client => {
    if (socket && socket.authorization === authorization) return socket.client;
    void socket?.client.dispose();
    const client = createClient({
      url: wsUrl,
      lazy: true,
      connectionParams: authorization ? { authorization } : {},
    });
    socket = { authorization, client };
    return client;
  };

  return (params, options) => {
    const document = options?.documentAST;
    const operation = document ? getOperationAST(document, params.operationName ?? null) : null;
    if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return http(params, options);
    const client = clientFor(authorizationOf(options?.headers));
    const variables: unknown = params.variables;
    const results = client.iterate({
      query: params.query,
      variables: isRecord(variables) ? variables : {},
      ...(params.operationName ? { operationName: params.operationName } : {}),
    });
    // GraphiQL stops a subscription by returning this iterator; the loop then completes `results`.
    async function* executionResults(): AsyncGenerator<ExecutionResult> {
      for await (const result of results) yield toExecutionResult(result);
    }
    return executionResults();
  };
}
