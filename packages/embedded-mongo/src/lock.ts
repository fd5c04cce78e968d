/**
 * One engine per dbpath: two engines appending to the same journal would corrupt it. Like
 * mongod's `mongod.lock`, the lock is an OS-level exclusive lock on the file (an
 * open-file-description lock on Linux, `flock` on macOS, `LockFileEx` on Windows, through
 * `fs-native-extensions`), not the pid written in it: the kernel drops it the moment the
 * holder's descriptors close, so a SIGKILLed engine that is still a zombie (not yet reaped by
 * its parent) holds nothing, and a live engine can never be mistaken for a dead one. The pid in
 * the file only names the holder in the error message.
 *
 * The file is never deleted: deleting it on release would let a waiting engine lock the
 * unlinked inode while a third one creates and locks a new file.
 */
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const LOCK_FILE = 'mongod.lock';
/**
 * How long a start waits for a lock that is held: between SIGKILL and the kernel closing the
 * victim's descriptors there is a short window in which the lock is still held.
 */
const WAIT_MS = 2000;
const POLL_MS = 20;

interface NativeLocks {
  tryLock(fd: number): boolean;
  unlock(fd: number): void;
}

function isNativeLocks(value: unknown): value is NativeLocks {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'tryLock' in value &&
    typeof value.tryLock === 'function' &&
    'unlock' in value &&
    typeof value.unlock === 'function'
  );
}

function loadNativeLocks(): NativeLocks {
  const loaded: unknown = createRequire(import.meta.url)('fs-native-extensions');
  if (!isNativeLocks(loaded)) throw new Error('fs-native-extensions has no tryLock/unlock');
  return loaded;
}

const native = loadNativeLocks();
/** Descriptors of the lock files this process holds, by dbpath. */
const held = new Map<string, number>();

function holderOf(file: string): string {
  try {
    const pid = readFileSync(file, 'utf8').trim();
    return /^\d+$/.test(pid) ? ` (pid ${pid})` : '';
  } catch {
    return '';
  }
}

/**
 * Takes the exclusive lock on `dir`; throws, naming the holder's pid, if another engine (in
 * this process or another) holds it for longer than a dying process would.
 */
export async function lockDbpath(dir: string): Promise<void> {
  if (held.has(dir)) throw new Error(`dbpath ${dir} is already in use by this process`);
  const file = join(dir, LOCK_FILE);
  const fd = openSync(file, 'a+');
  const deadline = Date.now() + WAIT_MS;
  try {
    while (!native.tryLock(fd)) {
      if (Date.now() >= deadline || held.has(dir))
        throw new Error(`dbpath ${dir} is in use by another embedded engine${holderOf(file)}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    if (held.has(dir)) throw new Error(`dbpath ${dir} is already in use by this process`);
    ftruncateSync(fd, 0);
    writeSync(fd, `${process.pid}\n`);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  held.set(dir, fd);
}

/** Releases the lock taken by {@link lockDbpath} (the file stays, emptied, as mongod's does). */
export function unlockDbpath(dir: string): void {
  const fd = held.get(dir);
  if (fd === undefined) return;
  held.delete(dir);
  ftruncateSync(fd, 0);
  native.unlock(fd);
  closeSync(fd);
}

/**
 * The pid of the engine holding `dir`'s lock, or null when no live process holds it. Asks the
 * kernel (a momentary try-lock on a descriptor of its own, released at once), so a SIGKILLed
 * engine — even one that is still a zombie, which `kill(pid, 0)` takes for alive — and a pid
 * reused by an unrelated process never count as an engine.
 */
export function dbpathHolder(dir: string): number | null {
  if (held.has(dir)) return process.pid;
  const file = join(dir, LOCK_FILE);
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'a+');
  try {
    if (native.tryLock(fd)) {
      native.unlock(fd);
      return null;
    }
    const pid = Number(readFileSync(file, 'utf8').trim());
    // Held, but the holder has not written its pid yet: it is starting.
    return Number.isSafeInteger(pid) && pid > 0 ? pid : 0;
  } finally {
    closeSync(fd);
  }
}
