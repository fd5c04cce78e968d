/**
 * Vitest globalSetup: provides `mongoUri` to every test file. With `MONGODB_URI` set (a real
 * replica set) that is used as is; otherwise one embedded engine is spawned on a free port in
 * a fresh temporary dbpath and removed after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnEmbeddedMongo } from '@war-room/embedded-mongo';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.MONGODB_URI;
  if (external) {
    project.provide('mongoUri', external);
    return () => Promise.resolve();
  }
  const dbpath = mkdtempSync(join(tmpdir(), 'warroom-mongo-'));
  const engine = await spawnEmbeddedMongo({ dbpath });
  project.provide('mongoUri', engine.uri);
  return async () => {
    await engine.stop();
    rmSync(dbpath, { recursive: true, force: true });
  };
}
