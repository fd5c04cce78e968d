/**
 * Every option of every command the engine accepts, each either implemented (it works as
 * MongoDB documents, or cannot change the answer on a single node, like `maxTimeMS`) or
 * refused with NotImplemented for the values the engine cannot honour. The dispatcher checks
 * each command against this table before a handler runs, so a handler never sees an option
 * nobody decided about: a field not listed is answered as mongod's IDL parser answers it,
 * 40415 ("BSON field 'find.frob' is an unknown field."). The audit test walks the table.
 */
import { CommandError, notImplemented } from './errors.js';
import { isPlainObject, type Doc } from './values.js';

/** An option the engine implements; `sample` is a value the audit test sends. */
export interface Implemented {
  use: 'implemented';
  sample: unknown;
}

/** An option refused for the values `refuses` matches (`sample` is one of them). */
export interface Refused {
  use: 'refused';
  refuses: (value: unknown) => boolean;
  sample: unknown;
}

/** How the engine treats one option. */
export type OptionRule = Implemented | Refused;

/** Options of one command, and of the documents nested in it. */
export interface CommandOptions {
  options: Record<string, OptionRule>;
  /**
   * False for the handshake-style commands mongod parses leniently (unknown fields ignored
   * there too); their listed options are still checked.
   */
  strict: boolean;
  /** Options of each element of an array field (`updates`, `deletes`). */
  statements?: { field: string; options: Record<string, OptionRule> };
}

const ok = (sample: unknown): Implemented => ({ use: 'implemented', sample });
const refusedWhen = (refuses: (value: unknown) => boolean, sample: unknown): Refused => ({
  use: 'refused',
  refuses,
  sample,
});
const refusedTruthy = refusedWhen((v) => v !== undefined && v !== false && v !== null, true);
const always = (sample: unknown): Refused => refusedWhen(() => true, sample);

/** `collation` other than the simple (binary) one. */
const collation = refusedWhen((v) => isPlainObject(v) && v.locale !== 'simple', {
  locale: 'en',
  strength: 2,
});

/** A read concern the engine can honour: any level, but no point-in-time read. */
const readConcern = refusedWhen((v) => isPlainObject(v) && v.atClusterTime !== undefined, {
  level: 'snapshot',
  atClusterTime: { t: 1, i: 1 },
});

/** A write concern one node can satisfy; `w` above 1 or a tag set needs other members. */
const writeConcern = refusedWhen(
  (v) => {
    if (!isPlainObject(v) || v.w === undefined) return false;
    return !(v.w === 0 || v.w === 1 || v.w === 'majority');
  },
  { w: 2 },
);

/** Fields every command may carry (sessions, API version, routing, diagnostics). */
export const GENERIC_OPTIONS: Record<string, OptionRule> = {
  lsid: ok({ id: 'session' }),
  txnNumber: ok(1),
  autocommit: always(false),
  startTransaction: always(true),
  readPreference: ok({ mode: 'primary' }),
  apiVersion: ok('1'),
  apiStrict: ok(false),
  apiDeprecationErrors: ok(false),
  comment: ok('audit'),
  maxTimeMS: ok(10_000),
};

const findOptions: Record<string, OptionRule> = {
  filter: ok({}),
  sort: ok({ _id: 1 }),
  projection: ok({ _id: 1 }),
  skip: ok(0),
  limit: ok(10),
  batchSize: ok(10),
  singleBatch: ok(false),
  hint: ok({ _id: 1 }),
  readConcern,
  allowDiskUse: ok(true),
  noCursorTimeout: ok(true),
  allowPartialResults: ok(true),
  let: ok({ x: 1 }),
  collation,
  returnKey: refusedTruthy,
  showRecordId: refusedTruthy,
  tailable: refusedTruthy,
  awaitData: refusedTruthy,
  oplogReplay: refusedTruthy,
  min: always({ _id: 0 }),
  max: always({ _id: 9 }),
  rawData: refusedTruthy,
};

const writeOptions: Record<string, OptionRule> = {
  ordered: ok(true),
  writeConcern,
  bypassDocumentValidation: ok(true),
  let: ok({ x: 1 }),
};

const cursorOption = ok({ batchSize: 10 });

/** The option table, by command name. */
export const COMMAND_OPTIONS: Record<string, CommandOptions> = {
  hello: {
    strict: false,
    options: {
      helloOk: ok(true),
      topologyVersion: ok(undefined),
      maxAwaitTimeMS: ok(undefined),
      client: ok({}),
      compression: ok([]),
      loadBalanced: refusedTruthy,
      saslSupportedMechs: ok('admin.user'),
      speculativeAuthenticate: always({}),
    },
  },
  ping: { strict: false, options: {} },
  buildInfo: { strict: false, options: {} },
  getParameter: { strict: false, options: {} },
  serverStatus: { strict: false, options: {} },
  endSessions: { strict: true, options: {} },
  killAllSessions: { strict: true, options: {} },
  commitTransaction: { strict: true, options: { writeConcern } },
  abortTransaction: { strict: true, options: { writeConcern } },
  connectionStatus: { strict: true, options: { showPrivileges: ok(false) } },
  create: {
    strict: true,
    options: {
      writeConcern,
      changeStreamPreAndPostImages: ok({ enabled: true }),
      validationLevel: always('strict'),
      validationAction: always('error'),
      validator: always({ a: { $exists: true } }),
      capped: refusedTruthy,
      size: always(1024),
      max: always(10),
      timeseries: always({ timeField: 't' }),
      clusteredIndex: always({ key: { _id: 1 }, unique: true }),
      expireAfterSeconds: always(60),
      viewOn: always('other'),
      pipeline: always([]),
      collation,
      storageEngine: always({}),
      indexOptionDefaults: always({}),
      encryptedFields: always({}),
    },
  },
  drop: { strict: true, options: { writeConcern } },
  renameCollection: {
    strict: true,
    options: { to: ok(undefined), dropTarget: ok(false), stayTemp: ok(false), writeConcern },
  },
  collMod: {
    strict: true,
    options: {
      changeStreamPreAndPostImages: ok({ enabled: true }),
      index: ok(undefined),
      writeConcern,
      validator: always({ a: { $exists: true } }),
      validationLevel: always('strict'),
      validationAction: always('error'),
      expireAfterSeconds: always(60),
      timeseries: always({}),
      viewOn: always('other'),
      pipeline: always([]),
      cappedSize: always(1024),
      cappedMax: always(10),
    },
  },
  dropDatabase: { strict: true, options: { writeConcern } },
  listCollections: {
    strict: true,
    options: {
      filter: ok({}),
      nameOnly: ok(true),
      authorizedCollections: ok(false),
      cursor: cursorOption,
    },
  },
  listDatabases: {
    strict: true,
    options: { filter: ok({}), nameOnly: ok(true), authorizedDatabases: ok(false) },
  },
  createIndexes: {
    strict: true,
    options: { indexes: ok(undefined), writeConcern, commitQuorum: ok('votingMembers') },
  },
  listIndexes: { strict: true, options: { cursor: cursorOption } },
  dropIndexes: { strict: true, options: { index: ok(undefined), writeConcern } },
  find: { strict: true, options: findOptions },
  getMore: {
    strict: true,
    options: { collection: ok(undefined), batchSize: ok(10) },
  },
  killCursors: { strict: true, options: { cursors: ok(undefined) } },
  count: {
    strict: true,
    options: {
      query: ok({}),
      skip: ok(0),
      limit: ok(0),
      hint: ok({ _id: 1 }),
      readConcern,
      collation,
      fields: ok({}),
    },
  },
  distinct: {
    strict: true,
    options: { key: ok(undefined), query: ok({}), readConcern, collation, hint: ok({ _id: 1 }) },
  },
  explain: { strict: true, options: { verbosity: ok('queryPlanner') } },
  insert: {
    strict: true,
    options: { documents: ok(undefined), ...writeOptions },
  },
  update: {
    strict: true,
    options: { updates: ok(undefined), ...writeOptions },
    statements: {
      field: 'updates',
      options: {
        q: ok({}),
        u: ok({ $set: { audited: true } }),
        multi: ok(false),
        upsert: ok(false),
        arrayFilters: ok([]),
        hint: ok({ _id: 1 }),
        collation,
        sort: ok({ _id: 1 }),
        c: always({ x: 1 }),
      },
    },
  },
  delete: {
    strict: true,
    options: { deletes: ok(undefined), ...writeOptions },
    statements: {
      field: 'deletes',
      options: { q: ok({}), limit: ok(0), hint: ok({ _id: 1 }), collation },
    },
  },
  findAndModify: {
    strict: true,
    options: {
      query: ok({}),
      sort: ok({ _id: 1 }),
      update: ok({ $set: { audited: true } }),
      remove: ok(false),
      new: ok(true),
      fields: ok({ _id: 1 }),
      upsert: ok(false),
      arrayFilters: ok([]),
      hint: ok({ _id: 1 }),
      let: ok({ x: 1 }),
      writeConcern,
      bypassDocumentValidation: ok(true),
      collation,
    },
  },
  aggregate: {
    strict: true,
    options: {
      pipeline: ok(undefined),
      cursor: cursorOption,
      allowDiskUse: ok(true),
      hint: ok({ _id: 1 }),
      let: ok({ x: 1 }),
      readConcern,
      writeConcern,
      bypassDocumentValidation: ok(true),
      collation,
      explain: refusedTruthy,
    },
  },
};

/** Spellings of the same command (legacy names). */
export const ALIASES: Record<string, string> = {
  isMaster: 'hello',
  ismaster: 'hello',
  buildinfo: 'buildInfo',
  deleteIndexes: 'dropIndexes',
  findandmodify: 'findAndModify',
};

function checkFields(
  where: string,
  doc: Doc,
  options: Record<string, OptionRule>,
  strict: boolean,
  skip: string | undefined,
): void {
  for (const [key, value] of Object.entries(doc)) {
    if (key === skip || key.startsWith('$')) continue;
    const rule = options[key] ?? GENERIC_OPTIONS[key];
    if (!rule) {
      if (!strict) continue;
      throw new CommandError('Location40415', `BSON field '${where}.${key}' is an unknown field.`);
    }
    if (rule.use === 'refused' && rule.refuses(value))
      throw notImplemented(`${where} option '${key}' (as given)`);
  }
}

/**
 * Checks a command against {@link COMMAND_OPTIONS}: unknown fields (40415) and refused option
 * values (238) fail before the handler runs.
 */
export function checkCommandOptions(name: string, cmd: Doc): void {
  const canonical = ALIASES[name] ?? name;
  const spec = COMMAND_OPTIONS[canonical];
  if (!spec) throw new CommandError('InternalError', `no option table for command '${name}'`);
  checkFields(canonical, cmd, spec.options, spec.strict, name);
  const statements = spec.statements;
  if (!statements) return;
  const list = cmd[statements.field];
  if (!Array.isArray(list)) return;
  for (const statement of list as unknown[])
    if (isPlainObject(statement))
      checkFields(
        `${canonical}.${statements.field}`,
        statement,
        statements.options,
        true,
        undefined,
      );
}
