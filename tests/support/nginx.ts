import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Where Debian's nginx package puts the binary (`.ci/run` installs it). */
export const NGINX = '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX);

// CI installs nginx (REQUIRE_CHROMIUM=1 there, CI=true too): a missing proxy fails, never skips.
if (!hasNginx && (process.env['REQUIRE_CHROMIUM'] === '1' || process.env['CI'] === 'true')) {
  throw new Error(
    `nginx is required in CI but there is none at ${NGINX} (apt-get install -y nginx)`,
  );
}

/** A free loopback port (closed again at once; nginx binds it right after). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Nginx {
  url: string;
  /** SIGTERM (fast shutdown), then waits for exit; removes its prefix directory. */
  stop(): Promise<void>;
}

/**
 * Runs `deploy/nginx.conf` unchanged on loopback, in front of `upstreams` (`host:port`), with
 * the two include files it expects written for this run.
 */
export async function startNginx(upstreams: readonly string[]): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'warroom-nginx-'));
  copyFileSync(path.resolve('deploy/nginx.conf'), path.join(prefix, 'nginx.conf'));
  writeFileSync(
    path.join(prefix, 'warroom-upstream.conf'),
    upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=5s;\n`).join(''),
  );
  const port = await freePort();
  writeFileSync(path.join(prefix, 'warroom-listen.conf'), `listen 127.0.0.1:${port};\n`);
  const child = spawn(NGINX, ['-p', prefix, '-c', 'nginx.conf', '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8192);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${stderr}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (attempt >= 100) throw new Error(`nginx did not serve ${url} in 10 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
