import { expect } from 'vitest';
import type { TypedDocumentString } from '../__generated__/graphql.js';

export { graphql } from '../__generated__/gql.js';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors: GraphQLErrorBody[];
}

async function send<T>(
  url: string,
  query: string,
  variables: unknown,
  token: string | undefined,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}

/** Posts one typed operation; `token` is sent as a bearer token. */
export function post<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<GraphQLResponse<TResult>> {
  return send<TResult>(url, document.toString(), variables, token);
}

/**
 * Posts an operation as text, for what a typed document cannot say: operations built at run
 * time to break a limit, or variables that are wrong on purpose. The data is left `unknown`.
 */
export function postText(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<unknown>> {
  return send<unknown>(url, query, variables, token);
}

/** Posts and fails the test on any error: returns the data, never null. */
export async function ok<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const result = await post(url, document, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  if (result.data === null) throw new Error('response has no data');
  return result.data;
}

/** Posts and expects exactly one error with this code; returns it. */
export async function fails<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string | undefined,
  code: string,
): Promise<GraphQLErrorBody> {
  const result = await post(url, document, variables, token);
  expect(
    result.errors.map((e) => e.extensions?.code),
    JSON.stringify(result.errors),
  ).toContain(code);
  const error = result.errors[0];
  if (!error) throw new Error('no error');
  return error;
}
