/**
 * Proves the compiled build runs without devDependencies: builds what is stale, copies only
 * the build outputs and package files into a temporary directory, runs `npm ci --omit=dev`
 * there, starts it with `npm start` (plain node; nothing to build in an output-only copy) and
 * checks that `/readyz` answers 200, that no tsx is installed, and that a query and a mutation
 * work. Exits non-zero on any failure.
 *
 * Run: `npm run check:production` (needs the npm registry or a warm npm cache).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What a deployment needs: the compiled outputs and the package manifests, nothing else. */
const shipped = [
  'package.json',
  'package-lock.json',
  'scripts/build.js',
  'dist',
  'web/dist',
  'packages/embedded-mongo/package.json',
  'packages/embedded-mongo/bin',
  'packages/embedded-mongo/dist',
];
const admin = 'production-check-admin-token';

async function post(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query }),
  });
  const body: unknown = await response.json();
  if (response.status !== 200 || typeof body !== 'object' || body === null || 'errors' in body) {
    throw new Error(`${query}: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

execFileSync(process.execPath, ['scripts/build.js', '--if-stale'], { cwd: root, stdio: 'inherit' });
const copy = mkdtempSync(path.join(tmpdir(), 'warroom-production-'));
try {
  for (const entry of shipped) {
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: copy,
    stdio: 'inherit',
  });
  if (existsSync(path.join(copy, 'node_modules/tsx'))) throw new Error('tsx was installed');
  if (existsSync(path.join(copy, 'node_modules/typescript')))
    throw new Error('typescript was installed');

  const child = spawn('npm', ['start'], {
    cwd: copy,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: path.join(copy, '.data'),
      BOOTSTRAP_ADMIN_TOKEN: admin,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no start in 120 s:\n${output}`)), 120_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /"url":"(http:\/\/[^"]+)".*"msg":"War Room is serving"/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) =>
        reject(new Error(`npm start exited ${String(code)}:\n${output}`)),
      );
    });
    const ready = await fetch(`${url}/readyz`);
    if (ready.status !== 200) throw new Error(`/readyz answered ${ready.status}`);
    console.log(`/readyz: ${ready.status}`);
    console.log(JSON.stringify(await post(url, '{ incidents(first: 1) { totalCount } }')));
    console.log(
      JSON.stringify(
        await post(
          url,
          'mutation { declareIncident(input: { title: "production check", impact: MINOR, body: "b" }) { id status } }',
        ),
      ),
    );
    console.log('production install: OK');
  } finally {
    // npm start → sh → node: signal the whole group so the server (and its engine) stop too.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
