import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';

const VIEWER_ROLE = graphql(`
  query TokenScriptViewerRole {
    viewer {
      role
    }
  }
`);
import { startServerProcess, type ServerProcess } from '../support/process.js';

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'warroom-token-'));
const runDir = path.join(tmp, 'run');
const serverDataDir = path.join(tmp, 'server-data');
let server: ServerProcess;

/** `npm run token` as a user types it, with an environment of our choosing (no MONGODB_URI). */
async function token(args: string[], env: Record<string, string>) {
  const rest = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'MONGODB_URI' && key !== 'DATA_DIR'),
  );
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'scripts/token.ts', ...args],
      { env: { ...rest, RUN_DIR: runDir, ...env }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    // execFile rejects on a non-zero exit with the output attached to the error.
    if (
      error instanceof Error &&
      'code' in error &&
      typeof error.code === 'number' &&
      'stdout' in error &&
      'stderr' in error
    ) {
      return { code: error.code, stdout: String(error.stdout), stderr: String(error.stderr) };
    }
    throw error;
  }
}

const secretOf = (stdout: string) => /secret \(shown once, store it now\): (\S+)/.exec(stdout)?.[1];

beforeAll(async () => {
  server = await startServerProcess({
    MONGODB_URI: '',
    DATA_DIR: serverDataDir,
    RUN_DIR: runDir,
    BOOTSTRAP_ADMIN_TOKEN: `boot_${randomBytes(24).toString('base64url')}`,
  });
});

afterAll(async () => {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run token', () => {
  it('should refuse loudly, with the path, to create a database that does not exist', async () => {
    const dataDir = path.join(tmp, 'nowhere');
    const result = await token(['--role', 'VIEWER', '--name', 'lost'], { DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(path.join(dataDir, 'db'));
    expect(result.stdout).not.toContain('secret');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('should create a new database when given --create', async () => {
    const dataDir = path.join(tmp, 'fresh');
    const result = await token(['--role', 'VIEWER', '--name', 'new', '--create'], {
      DATA_DIR: dataDir,
    });
    expect(result.code).toBe(0);
    expect(secretOf(result.stdout)).toBeTruthy();
    expect(existsSync(path.join(dataDir, 'db'))).toBe(true);
  });

  it("should find the running server's database without DATA_DIR, so its token works there", async () => {
    const result = await token(['--role', 'COMMANDER', '--name', 'laptop'], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(serverDataDir);
    const secret = secretOf(result.stdout);
    expect(secret).toBeTruthy();
    const data = await ok(`${server.url}/graphql`, VIEWER_ROLE, {}, secret);
    expect(data.viewer.role).toBe('COMMANDER');
  });
});
