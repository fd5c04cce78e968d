import { describe, expect, it } from 'vitest';
import { graphql, ok } from '../support/graphql.js';
import { mongoUri, uniqueDbName } from '../support/mongo.js';
import { startServerProcess } from '../support/process.js';
import { withDatabase } from '../support/server.js';

const COUNT = graphql(`
  query LifecycleCount {
    incidents {
      totalCount
    }
  }
`);

describe('server process', () => {
  it('should serve, then on SIGTERM stop accepting and exit with code 0', async () => {
    const server = await startServerProcess({
      MONGODB_URI: withDatabase(mongoUri(), uniqueDbName('lifecycle')),
      SEED_DEMO: 'true',
    });
    const data = await ok(`${server.url}/graphql`, COUNT, {});
    expect(data.incidents.totalCount).toBe(1);
    const exit = new Promise<number | null>((resolve) =>
      server.child.once('exit', (code) => resolve(code)),
    );
    server.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('should refuse to start with a clear message when the configuration is invalid', async () => {
    await expect(startServerProcess({ PORT: 'not-a-port' })).rejects.toThrow(
      /Invalid configuration: PORT/,
    );
  });
});
