/**
 * Where the embedded engine's files live, resolved the same way by the server and by every
 * script, and a small registry of running servers so a script run without the server's
 * `DATA_DIR` finds the database the server uses instead of silently creating another.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `DATA_DIR` as an absolute path: relative values are taken from the working directory. */
export function resolveDataDir(dataDir: string, cwd: string = process.cwd()): string {
  return path.resolve(cwd, dataDir);
}

/** The engine's dbpath inside a `DATA_DIR`. */
export function dbPathOf(dataDir: string, cwd?: string): string {
  return path.join(resolveDataDir(dataDir, cwd), 'db');
}

/** Whether a database has ever been created under this `DATA_DIR`. */
export function hasDatabase(dataDir: string, cwd?: string): boolean {
  return existsSync(dbPathOf(dataDir, cwd));
}

/** A server process that announced itself at start-up. */
export interface RunningServer {
  pid: number;
  url: string;
  /** Absolute `DATA_DIR`, or null when the server uses `MONGODB_URI`. */
  dataDir: string | null;
}

/**
 * The registry inside `RUN_DIR` (default: one tmp folder per user, so two users' servers on one
 * machine never see each other's).
 */
export function registryDir(runDir?: string): string {
  return path.join(
    runDir ?? path.join(os.tmpdir(), `war-room-${os.userInfo().username}`),
    'servers',
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function parseEntry(text: string): RunningServer | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    if (!('pid' in value) || !('url' in value) || !('dataDir' in value)) return null;
    const { pid, url, dataDir } = value;
    if (typeof pid !== 'number' || typeof url !== 'string') return null;
    if (dataDir !== null && typeof dataDir !== 'string') return null;
    return { pid, url, dataDir };
  } catch {
    return null;
  }
}

/**
 * Records this server in the registry until the returned function is called (or the process
 * dies: entries of dead processes are ignored and cleaned up by `runningServers`).
 */
export function announceServer(
  entry: Omit<RunningServer, 'pid'>,
  dir: string = registryDir(),
): () => void {
  const file = path.join(dir, `${process.pid}.json`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify({ pid: process.pid, ...entry }));
  } catch {
    // The registry only helps scripts give better advice; a read-only tmp must not stop a server.
    return () => undefined;
  }
  return () => rmSync(file, { force: true });
}

/** Servers that announced themselves and are still running, oldest entry first. */
export function runningServers(dir: string = registryDir()): RunningServer[] {
  if (!existsSync(dir)) return [];
  const servers: RunningServer[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const entry = parseEntry(text);
    if (entry && isAlive(entry.pid)) servers.push(entry);
    else rmSync(file, { force: true });
  }
  return servers;
}
