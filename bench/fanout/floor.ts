/**
 * The floor for `bench/fanout`: a bare `ws` broadcast server. It answers `connection_init` with
 * `connection_ack` (so the clients speak to it exactly as to War Room), ignores everything else,
 * and on `POST /broadcast?bytes=N&cursor=C` sends one N-byte message carrying cursor C to every
 * open socket, then responds. No GraphQL, no database, no per-subscriber work beyond the send.
 * With `&order=respond-first` it responds first and broadcasts right after, as War Room does (its
 * mutation responds once committed; the fan-out follows): only then does "response → last
 * receipt" mean the same thing on both servers.
 *
 * Prints `floor listening http://127.0.0.1:<port>` once ready; exits on SIGTERM.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

/** A `next`-shaped message of exactly `bytes` bytes (ASCII) carrying `cursor`. */
export function floorMessage(bytes: number, cursor: string): Buffer {
  const head = `{"id":"00000000-0000-4000-8000-000000000000","type":"next","payload":{"data":{"events":{"cursor":"${cursor}","pad":"`;
  const tail = '"}}}}';
  const pad = Math.max(0, bytes - head.length - tail.length);
  return Buffer.from(head + 'x'.repeat(pad) + tail, 'utf8');
}

const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
const ack = Buffer.from('{"type":"connection_ack"}');

wss.on('connection', (socket: WebSocket) => {
  socket.on('message', (data: RawData) => {
    const text = Buffer.isBuffer(data) ? data.toString('utf8') : '';
    if (text.includes('"connection_init"')) socket.send(ack);
  });
  socket.on('error', () => undefined);
});

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method !== 'POST' || url.pathname !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  req.resume();
  req.on('end', () => {
    const message = floorMessage(
      Number(url.searchParams.get('bytes') ?? '200'),
      url.searchParams.get('cursor') ?? '',
    );
    const broadcast = () => {
      let sent = 0;
      for (const client of wss.clients) {
        if (client.readyState === client.OPEN) {
          client.send(message, { binary: false });
          sent += 1;
        }
      }
      return sent;
    };
    const respond = (body: string) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (url.searchParams.get('order') === 'respond-first') {
      respond('{"queued":true}');
      broadcast();
    } else {
      respond(JSON.stringify({ sent: broadcast() }));
    }
  });
});
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`floor listening http://127.0.0.1:${port}\n`);
});
const stop = () => {
  for (const client of wss.clients) client.terminate();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
