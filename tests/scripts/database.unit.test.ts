import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/app/config.js';
import {
  announceServer,
  dbPathOf,
  resolveDataDir,
  runningServers,
} from '../../server/src/db/data-dir.js';
import { chooseDatabase } from '../../scripts/database.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'warroom-datadir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const existing = path.join(tmp, 'existing');
mkdirSync(path.join(existing, 'db'), { recursive: true });
const missing = path.join(tmp, 'missing');
const server = (dataDir: string | null, pid = 4242) => ({
  pid,
  url: `http://127.0.0.1:${pid}`,
  dataDir,
});

describe('resolveDataDir', () => {
  it('should resolve the default and relative values against the working directory', () => {
    expect(resolveDataDir(loadConfig({}).DATA_DIR, '/srv/app')).toBe('/srv/app/.data');
    expect(resolveDataDir('state', '/srv/app')).toBe('/srv/app/state');
    expect(dbPathOf('/var/lib/warroom', '/srv/app')).toBe('/var/lib/warroom/db');
  });
});

describe('chooseDatabase', () => {
  it('should refuse, naming the path, when DATA_DIR has no database and --create is absent', () => {
    const choice = chooseDatabase({
      config: loadConfig({ DATA_DIR: missing }),
      dataDirGiven: true,
      create: false,
      running: [],
    });
    expect(choice.kind).toBe('refuse');
    if (choice.kind === 'refuse') {
      expect(choice.message).toContain(path.join(missing, 'db'));
      expect(choice.message).toContain('--create');
    }
  });

  it('should create a database when asked to with --create', () => {
    const choice = chooseDatabase({
      config: loadConfig({ DATA_DIR: missing }),
      dataDirGiven: true,
      create: true,
      running: [],
    });
    expect(choice).toEqual({ kind: 'embedded', dataDir: missing, notes: [] });
  });

  it("should use the running server's DATA_DIR when none is given and the default differs", () => {
    const choice = chooseDatabase({
      config: loadConfig({}),
      dataDirGiven: false,
      create: false,
      running: [server(existing)],
      cwd: tmp,
    });
    expect(choice.kind).toBe('embedded');
    if (choice.kind === 'embedded') {
      expect(choice.dataDir).toBe(existing);
      expect(choice.notes.join('\n')).toContain(existing);
    }
  });

  it('should refuse and list them when several servers run on other DATA_DIRs', () => {
    const choice = chooseDatabase({
      config: loadConfig({}),
      dataDirGiven: false,
      create: false,
      running: [server(existing, 1), server(missing, 2)],
      cwd: tmp,
    });
    expect(choice.kind).toBe('refuse');
    if (choice.kind === 'refuse') expect(choice.message).toContain(missing);
  });

  it('should use an existing DATA_DIR that was given, whatever else runs', () => {
    const choice = chooseDatabase({
      config: loadConfig({ DATA_DIR: existing }),
      dataDirGiven: true,
      create: false,
      running: [server(missing)],
    });
    expect(choice).toEqual({ kind: 'embedded', dataDir: existing, notes: [] });
  });

  it('should prefer MONGODB_URI and mention servers that use one', () => {
    const uri = 'mongodb://127.0.0.1:1/warroom';
    expect(
      chooseDatabase({
        config: loadConfig({ MONGODB_URI: uri }),
        dataDirGiven: false,
        create: false,
        running: [],
      }),
    ).toEqual({ kind: 'uri', uri, notes: [] });
  });
});

describe('the running-server registry', () => {
  it('should list a server while it is announced and forget it afterwards', () => {
    const dir = path.join(tmp, 'registry');
    const done = announceServer({ url: 'http://127.0.0.1:1', dataDir: existing }, dir);
    expect(runningServers(dir)).toEqual([
      { pid: process.pid, url: 'http://127.0.0.1:1', dataDir: existing },
    ]);
    done();
    expect(runningServers(dir)).toEqual([]);
  });
});
