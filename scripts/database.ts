/**
 * The database a command-line tool works on: the running server's, found the same way the
 * server resolves it, and never a new one by accident.
 */
import { loadConfig, type Config } from '../server/src/app/config.js';
import { createLogger } from '../server/src/app/logger.js';
import { connectDatabase, type Database } from '../server/src/db/connect.js';
import {
  dbPathOf,
  hasDatabase,
  registryDir,
  resolveDataDir,
  runningServers,
  type RunningServer,
} from '../server/src/db/data-dir.js';

/** What a script should connect to, decided before anything is created. */
export type DatabaseChoice =
  | { kind: 'uri'; uri: string; notes: string[] }
  | { kind: 'embedded'; dataDir: string; notes: string[] }
  | { kind: 'refuse'; message: string };

export interface ChoiceInput {
  config: Config;
  /** Whether `DATA_DIR` was set by the caller (not the default). */
  dataDirGiven: boolean;
  /** `--create`: a new database may be made at the resolved `DATA_DIR`. */
  create: boolean;
  running: readonly RunningServer[];
  cwd?: string;
}

const describeServers = (servers: readonly RunningServer[]) =>
  servers
    .map((s) => `  ${s.url} (pid ${s.pid}): ${s.dataDir ? `DATA_DIR=${s.dataDir}` : 'MONGODB_URI'}`)
    .join('\n');

/**
 * Picks the database: `MONGODB_URI`; else the given `DATA_DIR`; else the default one, unless the
 * only running server uses another `DATA_DIR`, which is then used (and said). A `DATA_DIR` with no
 * database is refused, with its path, unless `create`.
 */
export function chooseDatabase(input: ChoiceInput): DatabaseChoice {
  const { config, running } = input;
  if (config.MONGODB_URI) return { kind: 'uri', uri: config.MONGODB_URI, notes: [] };
  const dataDir = resolveDataDir(config.DATA_DIR, input.cwd);
  const embedded = running.filter((s) => s.dataDir !== null);
  const notes = running
    .filter((s) => s.dataDir === null)
    .map((s) => `note: the server at ${s.url} uses MONGODB_URI; set it to work on that database`);
  if (input.dataDirGiven || embedded.some((s) => s.dataDir === dataDir)) {
    if (hasDatabase(dataDir) || input.create) return { kind: 'embedded', dataDir, notes };
  } else if (embedded.length === 1 && embedded[0]?.dataDir) {
    const { url, dataDir: serverDataDir } = embedded[0];
    return {
      kind: 'embedded',
      dataDir: serverDataDir,
      notes: [
        ...notes,
        `using the database of the server running at ${url} (DATA_DIR=${serverDataDir})`,
      ],
    };
  } else if (embedded.length > 1) {
    return {
      kind: 'refuse',
      message:
        `Several War Room servers are running; set DATA_DIR to the one to work on:\n` +
        describeServers(embedded),
    };
  } else if (hasDatabase(dataDir) || input.create) {
    return { kind: 'embedded', dataDir, notes };
  }
  const others = embedded.length > 0 ? `\nRunning servers:\n${describeServers(embedded)}` : '';
  return {
    kind: 'refuse',
    message:
      `No War Room database at ${dbPathOf(dataDir)}; refusing to create a new one.\n` +
      `Set DATA_DIR to the server's (or MONGODB_URI), or pass --create to start a new database there.` +
      others,
  };
}

/**
 * Connects a script to its database (see `chooseDatabase`), or prints why not and exits with 2.
 */
export async function openScriptDatabase(options: {
  create: boolean;
  env?: NodeJS.ProcessEnv;
}): Promise<Database> {
  const env = options.env ?? process.env;
  const config = loadConfig(env);
  const choice = chooseDatabase({
    config,
    dataDirGiven: Boolean(env['DATA_DIR']),
    create: options.create,
    running: runningServers(registryDir(config.RUN_DIR)),
  });
  if (choice.kind === 'refuse') {
    console.error(choice.message);
    process.exit(2);
  }
  for (const note of choice.notes) console.error(note);
  return connectDatabase({
    uri: choice.kind === 'uri' ? choice.uri : undefined,
    dataDir: choice.kind === 'embedded' ? choice.dataDir : config.DATA_DIR,
    logger: createLogger('warn'),
  });
}
