/**
 * Start-up time of server + embedded engine, from process start to the first `/readyz` 200:
 * from source through tsx (`npm run serve:source`) against the compiled build (`npm run serve`).
 * Each run gets a fresh DATA_DIR (no demo seed), so both spawn a new engine.
 *
 * Run: `npm run build && npm run bench:startup [-- --runs 7]`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const variants = {
  tsx: ['--conditions=source', '--import', 'tsx', 'server/src/main.ts'],
  compiled: ['dist/server/src/main.js'],
} as const;

/** Milliseconds from spawn to the first 200 from `/readyz`; the process is stopped after. */
async function once(args: readonly string[]): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warroom-startup-'));
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no start in 120 s:\n${output}`)), 120_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited ${String(code)}:\n${output}`)));
    });
    for (let attempt = 0; attempt < 2000; attempt += 1) {
      const response = await fetch(`${url}/readyz`).catch(() => null);
      if (response?.status === 200) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('/readyz never answered 200');
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const min = sorted[0] ?? 0;
  const max = sorted.at(-1) ?? 0;
  return `median ${median.toFixed(0)} ms, min ${min.toFixed(0)}, max ${max.toFixed(0)} (n=${sorted.length}: ${sorted.map((s) => s.toFixed(0)).join(' ')})`;
}

if (!existsSync(path.join(root, 'dist/server/src/main.js'))) {
  throw new Error('no compiled build: run `npm run build` first');
}
const samples: Record<keyof typeof variants, number[]> = { tsx: [], compiled: [] };
// Interleaved, so a busy moment on a shared machine hits both variants alike.
for (let run = 0; run < runs; run += 1) {
  for (const name of ['tsx', 'compiled'] as const) samples[name].push(await once(variants[name]));
}
for (const name of ['tsx', 'compiled'] as const) console.log(`${name}: ${summary(samples[name])}`);
