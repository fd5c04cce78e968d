import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  /** The status this receiver answered with. */
  answered: number;
}

export interface Receiver {
  url: string;
  requests: Received[];
  /** Event ids of the requests answered 2xx, in arrival order. */
  accepted(): string[];
  close(): Promise<void>;
}

/**
 * A loopback webhook receiver. `answer` picks the status of the n-th request (0-based);
 * `delayMs` holds each answer back (a slow receiver), or the n-th one when a function.
 */
export async function startReceiver(
  options: { answer?: (n: number) => number; delayMs?: number | ((n: number) => number) } = {},
): Promise<Receiver> {
  const requests: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const n = requests.length;
      const answered = options.answer?.(n) ?? 200;
      const delay = options.delayMs;
      requests.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answered,
      });
      const wait = typeof delay === 'function' ? delay(n) : (delay ?? 0);
      const timer = setTimeout(() => res.writeHead(answered).end(), wait);
      res.once('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    accepted: () =>
      requests
        .filter((r) => r.answered >= 200 && r.answered < 300)
        .map((r) => String(r.headers['x-warroom-event-id'])),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The README's verification, as a receiver would run it. */
export function verify(secret: string, received: Received, toleranceSeconds = 300): boolean {
  const timestamp = String(received.headers['x-warroom-timestamp']);
  const given = String(received.headers['x-warroom-signature']);
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${received.body}`).digest('hex')}`;
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= toleranceSeconds;
  return (
    fresh &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

/** Polls `check` until it holds (bounded: fails after `limit` tries of 25 ms). */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  limit = 800,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('condition not reached');
}
