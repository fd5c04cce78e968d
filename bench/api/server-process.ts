/**
 * Starts War Room (`server/src/main.ts`) in its own process for a benchmark, bound to 127.0.0.1
 * on a free port, and waits for its "War Room is serving" line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, two levels above this file. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running child process of the benchmark. */
export interface BenchProcess {
  url: string;
  child: ChildProcess;
  /** The last few kilobytes the process printed, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

const startupTimeoutMs = 60_000;

/** SIGKILLs a process that may already be gone (for exit-time safety nets). */
export function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already exited
  }
}

/** Stops a child process: SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Spawns `node --import tsx <script>` and resolves with the URL matched by `ready` in its output.
 * The output is drained continuously (a full pipe would stall the child's logging).
 */
export async function startProcess(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<BenchProcess> {
  // BENCH_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) goes to every server process:
  // Node refuses profiling flags in NODE_OPTIONS.
  const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--conditions=source', '--import', 'tsx', script, ...args],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let url: string | null = null;
  const url$ = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${startupTimeoutMs} ms:\n${output}`));
    }, startupTimeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-16_384);
      if (url !== null) return;
      const match = ready.exec(output);
      if (match?.[1]) {
        url = match[1];
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (url === null)
        reject(
          new Error(`${script} exited (${String(code ?? signal)}) before serving:\n${output}`),
        );
    });
  });
  return {
    url: await url$,
    child,
    output: () => output,
    stop: (graceMs) => stopChild(child, graceMs),
  };
}

/** Starts War Room on `mongodbUri` with the given extra environment. */
export function startWarRoom(
  mongodbUri: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<BenchProcess> {
  return startProcess(
    'server/src/main.ts',
    [],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: mongodbUri,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      // One load generator on loopback: per-address limits would measure the limiter.
      RATE_LIMITS: 'false',
      ...env,
    },
    /"url":"(http:\/\/127\.0\.0\.1:\d+)".*"msg":"War Room is serving"/,
  );
}
