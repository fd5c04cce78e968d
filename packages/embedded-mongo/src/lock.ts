/**
 * One engine per dbpath: two engines appending to the same journal would corrupt it. The lock
 * file names the owning pid; a lock left by a killed process (pid gone) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'mongod.lock';
/** dbpaths locked by this process, so a second in-process server is refused too. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dir`; throws with the holder's pid if another live engine has it. */
export function lockDbpath(dir: string): void {
  const file = join(dir, LOCK_FILE);
  if (held.has(dir)) throw new Error(`dbpath ${dir} is already in use by this process`);
  let holder: number | undefined;
  try {
    holder = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  } catch {
    holder = undefined;
  }
  if (holder !== undefined && Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
    throw new Error(`dbpath ${dir} is in use by another embedded engine (pid ${holder})`);
  }
  writeFileSync(file, `${process.pid}\n`);
  held.add(dir);
}

/** Releases the lock taken by {@link lockDbpath}. */
export function unlockDbpath(dir: string): void {
  if (!held.delete(dir)) return;
  rmSync(join(dir, LOCK_FILE), { force: true });
}
