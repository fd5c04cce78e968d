/**
 * Runs the engine in its own process so database work never blocks the caller's event loop.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A running engine child process. */
export interface SpawnedEngine {
  uri: string;
  /** Process id of the engine (for lock files). */
  pid: number;
  /** Sends SIGTERM and waits until the engine has flushed and exited. */
  stop(): Promise<void>;
  /** Sends SIGKILL (a crash: nothing is flushed) and waits until the process has exited. */
  kill(): Promise<void>;
}

/** Options of {@link spawnEmbeddedMongo}. */
export interface SpawnOptions {
  dbpath: string;
  /** TCP port (default 0: any free port). */
  port?: number;
  /** The engine's stderr is kept for a start-up error; `forward` also copies it to ours. */
  stderr?: 'capture' | 'forward';
}

const STARTUP_TIMEOUT_MS = 30_000;

/** Starts `cli.ts` in a child process and resolves once it prints its `listening` line. */
export async function spawnEmbeddedMongo(options: SpawnOptions): Promise<SpawnedEngine> {
  // From source (this file is .ts) the child needs tsx; a compiled build runs under plain node.
  const fromSource = import.meta.url.endsWith('.ts');
  const cliPath = fileURLToPath(new URL(fromSource ? './cli.ts' : './cli.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      ...(fromSource ? ['--import', 'tsx'] : []),
      cliPath,
      ...['--port', String(options.port ?? 0), '--dbpath', options.dbpath],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8192);
    if (options.stderr === 'forward') process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const uri = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `embedded MongoDB did not start within ${STARTUP_TIMEOUT_MS} ms; stderr:\n${stderr}`,
        ),
      );
    }, STARTUP_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const match = /^listening (mongodb:\/\/\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `embedded MongoDB exited before listening (code ${String(code)}, signal ${String(signal)}); stderr:\n${stderr}`,
        ),
      );
    });
  });
  return {
    uri,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
