import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Long, ObjectId } from 'bson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames, RetryCache, runCommand } from '../src/commands/index.js';
import type { CommandContext } from '../src/commands/context.js';
import { CursorRegistry } from '../src/cursors.js';
import { ALIASES, COMMAND_OPTIONS, GENERIC_OPTIONS, type OptionRule } from '../src/options.js';
import { Storage } from '../src/storage.js';
import type { Doc } from '../src/values.js';

/**
 * The option audit (issue: "every option of every command the engine accepts either works as
 * MongoDB documents or is refused"). The dispatcher only lets through what the option table
 * lists, so this walks the table: every command has an entry, an unlisted field is 40415 as in
 * mongod, every refused option is refused with NotImplemented naming it, and every implemented
 * one is accepted.
 */

/** A minimal valid form of each command, on collection `c` of database `audit`. */
const BASE: Record<string, () => Doc> = {
  hello: () => ({ hello: 1 }),
  ping: () => ({ ping: 1 }),
  buildInfo: () => ({ buildInfo: 1 }),
  getParameter: () => ({ getParameter: 1, featureCompatibilityVersion: 1 }),
  serverStatus: () => ({ serverStatus: 1 }),
  endSessions: () => ({ endSessions: [] }),
  killAllSessions: () => ({ killAllSessions: [] }),
  commitTransaction: () => ({ commitTransaction: 1 }),
  abortTransaction: () => ({ abortTransaction: 1 }),
  connectionStatus: () => ({ connectionStatus: 1 }),
  create: () => ({ create: `made_${new ObjectId().toHexString()}` }),
  drop: () => ({ drop: 'absent' }),
  renameCollection: () => ({ renameCollection: 'audit.absent', to: 'audit.other' }),
  collMod: () => ({ collMod: 'c' }),
  dropDatabase: () => ({ dropDatabase: 1 }),
  listCollections: () => ({ listCollections: 1 }),
  listDatabases: () => ({ listDatabases: 1 }),
  createIndexes: () => ({ createIndexes: 'c', indexes: [{ key: { a: 1 }, name: 'a_1' }] }),
  listIndexes: () => ({ listIndexes: 'c' }),
  dropIndexes: () => ({ dropIndexes: 'c', index: 'a_1' }),
  find: () => ({ find: 'c' }),
  getMore: () => ({ getMore: Long.fromNumber(12345), collection: 'c' }),
  killCursors: () => ({ killCursors: 'c', cursors: [] }),
  count: () => ({ count: 'c' }),
  distinct: () => ({ distinct: 'c', key: 'a' }),
  explain: () => ({ explain: { find: 'c' } }),
  insert: () => ({ insert: 'c', documents: [{}] }),
  update: () => ({ update: 'c', updates: [{ q: { _id: -1 }, u: { $set: { a: 1 } } }] }),
  delete: () => ({ delete: 'c', deletes: [{ q: { _id: -1 }, limit: 0 }] }),
  findAndModify: () => ({ findAndModify: 'c', query: { _id: -1 }, update: { $set: { a: 1 } } }),
  aggregate: () => ({ aggregate: 'c', pipeline: [], cursor: {} }),
};

/** Generic fields the driver owns (sessions, transactions): audited by their refusal only. */
const SESSION_FIELDS = new Set(['lsid', 'txnNumber']);

function tableFor(name: string) {
  const spec = COMMAND_OPTIONS[ALIASES[name] ?? name];
  if (!spec) throw new Error(`no option table for ${name}`);
  return spec;
}

function base(name: string): Doc {
  const make = BASE[ALIASES[name] ?? name];
  if (!make) throw new Error(`no base command for ${name}`);
  return make();
}

function sampled(options: Record<string, OptionRule>): Array<[string, OptionRule]> {
  return Object.entries(options).filter(([, rule]) => rule.sample !== undefined);
}

describe('embedded engine option audit', () => {
  let dbpath: string;
  let storage: Storage;
  let ctx: CommandContext;
  const retries = new RetryCache();
  const run = (cmd: Doc): Promise<Doc> => runCommand(cmd, ctx, retries);

  beforeAll(async () => {
    dbpath = mkdtempSync(join(tmpdir(), 'engine-options-'));
    storage = await Storage.open(dbpath);
    ctx = {
      storage,
      cursors: new CursorRegistry(),
      server: {
        host: '127.0.0.1',
        port: 0,
        startedAt: new Date(),
        connections: { current: 1, totalCreated: 1 },
        electionId: new ObjectId(),
      },
      db: 'audit',
      connectionId: 1,
    };
    expect(await run({ insert: 'c', documents: [{ _id: 0, a: 1 }] })).toMatchObject({ ok: 1 });
  });
  afterAll(async () => {
    ctx.cursors.clear();
    await storage.close();
    rmSync(dbpath, { recursive: true, force: true });
  });

  it('should have an option table and an audit base for every command it dispatches', () => {
    for (const name of commandNames()) {
      expect(() => tableFor(name), name).not.toThrow();
      expect(() => base(name), name).not.toThrow();
    }
  });

  it.each(commandNames().filter((name) => tableFor(name).strict))(
    'should answer an unknown field of %s with 40415, as mongod does',
    async (name) => {
      const reply = await run({ ...base(name), frobnicate: 1 });
      expect(reply).toMatchObject({ ok: 0, code: 40415 });
    },
  );

  const cases = commandNames().flatMap((name) => {
    const spec = tableFor(name);
    const generic = sampled(GENERIC_OPTIONS).filter(([option]) => !SESSION_FIELDS.has(option));
    const own = sampled(spec.options).map(([option, rule]) => ({
      name,
      option,
      rule,
      nested: false,
    }));
    const common = generic.map(([option, rule]) => ({ name, option, rule, nested: false }));
    const statements = spec.statements
      ? sampled(spec.statements.options).map(([option, rule]) => ({
          name,
          option,
          rule,
          nested: true,
        }))
      : [];
    return [...own, ...common, ...statements];
  });

  it.each(cases)(
    'should treat $name option $option as the table says (nested: $nested)',
    async ({ name, option, rule, nested }) => {
      const cmd = base(name);
      const field = tableFor(name).statements?.field;
      if (nested && field) {
        const list = cmd[field];
        const first: unknown = Array.isArray(list) ? list[0] : undefined;
        if (typeof first !== 'object' || first === null) throw new Error('no statement');
        cmd[field] = [{ ...first, [option]: rule.sample }];
      } else cmd[option] = rule.sample;
      const reply = await run(cmd);
      if (rule.use === 'refused') {
        expect(reply).toMatchObject({ ok: 0, code: 238 });
        expect(typeof reply.errmsg === 'string' ? reply.errmsg : '').toMatch(
          option === 'autocommit' || option === 'startTransaction'
            ? /transactions/
            : new RegExp(`'${option}'`),
        );
      } else {
        expect(reply.code).not.toBe(40415);
        expect(typeof reply.errmsg === 'string' ? reply.errmsg : '').not.toMatch(
          new RegExp(`'${option}'`),
        );
      }
    },
  );
});
