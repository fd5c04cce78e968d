import { expect } from 'vitest';

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

/** Posts one operation; `token` is sent as a bearer token. */
export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
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

/** Posts and fails the test on any error: returns the data, never null. */
export async function ok<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await post<T>(url, query, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  if (result.data === null) throw new Error('response has no data');
  return result.data;
}

/** Posts and expects exactly one error with this code; returns it. */
export async function fails(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  code: string,
): Promise<GraphQLErrorBody> {
  const result = await post(url, query, variables, token);
  expect(
    result.errors.map((e) => e.extensions?.code),
    JSON.stringify(result.errors),
  ).toContain(code);
  const error = result.errors[0];
  if (!error) throw new Error('no error');
  return error;
}
