/** Plain HTTP reads of the interop endpoints, for tests. */
export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

export async function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Fetched> {
  const response = await fetch(url, { method, headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** GET and parse JSON; the caller validates the shape with a schema. */
export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const fetched = await get(url, headers);
  return { status: fetched.status, headers: fetched.headers, body: JSON.parse(fetched.text) };
}
