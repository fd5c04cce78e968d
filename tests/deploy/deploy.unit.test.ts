import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../server/src/app/config.js';

// No Docker engine runs here: these check what can be checked without one. The nginx config is
// also run for real by tests/live/proxy.live.test.ts.
const read = (file: string) => readFileSync(path.resolve(file), 'utf8');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function service(compose: unknown, name: string): Record<string, unknown> {
  const services = isRecord(compose) ? compose['services'] : undefined;
  const found = isRecord(services) ? services[name] : undefined;
  if (!isRecord(found)) throw new Error(`compose.yaml has no service ${name}`);
  return found;
}

describe('compose.yaml', () => {
  const compose: unknown = parse(read('compose.yaml'), { merge: true });

  it('should run a three-member replica set, two API instances and nginx', () => {
    for (const name of ['mongo1', 'mongo2', 'mongo3', 'api1', 'api2', 'nginx'])
      service(compose, name);
    for (const name of ['api1', 'api2']) {
      const env = service(compose, name)['environment'];
      expect(isRecord(env) ? env['MONGODB_URI'] : undefined).toBe(
        'mongodb://mongo1:27017,mongo2:27017,mongo3:27017/warroom?replicaSet=rs0',
      );
    }
    expect(JSON.stringify(service(compose, 'mongo1')['command'])).toContain('--replSet');
  });

  it('should mount nginx files that exist', () => {
    const volumes = service(compose, 'nginx')['volumes'];
    expect(Array.isArray(volumes)).toBe(true);
    for (const volume of Array.isArray(volumes) ? volumes : []) {
      const source = String(volume).split(':')[0] ?? '';
      expect(existsSync(path.resolve(source)), source).toBe(true);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('should build in its own stage and run compiled output as a non-root user with a healthcheck', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^RUN npm run build/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toMatch(/\/readyz/);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\//m);
    expect(dockerfile).not.toMatch(/tsx/);
  });
});

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf');

  it('should upgrade WebSockets and wait longer than the API keep-alive', () => {
    expect(conf).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(conf).toContain('proxy_set_header Connection $connection_upgrade;');
    expect(conf).toContain('proxy_http_version 1.1;');
    const timeout = /proxy_read_timeout (\d+)s;/.exec(conf)?.[1];
    expect(Number(timeout) * 1000).toBeGreaterThan(loadConfig({}).WS_KEEPALIVE_MS * 2);
  });
});
