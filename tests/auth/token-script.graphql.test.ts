import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startTestServer, withDatabase, type TestServer } from '../support/server.js';

const run = promisify(execFile);
const VIEWER = graphql(`
  query TokenScriptViewer {
    viewer {
      role
      name
    }
  }
`);
const dbName = uniqueDbName('token_script');
let server: TestServer | null = null;

afterAll(async () => {
  await server?.close({ dropDatabase: true });
});

describe('npm run token', () => {
  it('should print a secret once that then authenticates with the role it was given', async () => {
    const env = { ...process.env, MONGODB_URI: withDatabase(mongoUri(), dbName) };
    const { stdout } = await run(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        'scripts/token.ts',
        '--role',
        'RESPONDER',
        '--name',
        'war room laptop',
      ],
      { env },
    );
    const secret = /secret \(shown once, store it now\): (\S+)/.exec(stdout)?.[1];
    expect(secret).toMatch(/^wr_/);
    server = await startTestServer({ dbName });
    const data = await ok(server.graphqlUrl, VIEWER, {}, secret);
    expect(data.viewer).toEqual({ role: 'RESPONDER', name: 'war room laptop' });
  });

  it('should refuse an unknown role with usage and exit code 2', async () => {
    const env = { ...process.env, MONGODB_URI: withDatabase(mongoUri(), dbName) };
    await expect(
      run(
        process.execPath,
        [
          '--conditions=source',
          '--import',
          'tsx',
          'scripts/token.ts',
          '--role',
          'KING',
          '--name',
          'x',
        ],
        { env },
      ),
    ).rejects.toMatchObject({ code: 2 });
  });
});
