#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: compiles the engine (packages/embedded-mongo/dist) and the server (dist/) to
 * JavaScript and builds the dashboard (web/dist). With `--if-stale` (what `npm start` runs) a
 * target is rebuilt only when its output is missing or older than one of its inputs, so a
 * fresh clone builds once and later starts go straight to `node`. A copy holding only the
 * outputs (a container image, `npm ci --omit=dev`) has no inputs and is never stale.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled, under plain node.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-stamp';

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {string[]} inputs files or folders, relative to the repository root; the first is
 *   the target's source folder (absent in an output-only copy)
 * @property {string} output the folder the target writes (its stamp goes inside)
 * @property {() => void} build
 */

/** Runs a devDependency's command; fails with a clear message when devDependencies are missing. */
function run(/** @type {string} */ bin, /** @type {string[]} */ args) {
  const file = path.join(root, 'node_modules', '.bin', bin);
  if (!existsSync(file)) {
    throw new Error(`${bin} is not installed: building needs the devDependencies (npm install)`);
  }
  const result = spawnSync(file, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed`);
}

/** @type {Target[]} */
const targets = [
  {
    name: 'engine',
    inputs: [
      'packages/embedded-mongo/src',
      'packages/embedded-mongo/tsconfig.build.json',
      'packages/embedded-mongo/package.json',
      'tsconfig.base.json',
    ],
    output: 'packages/embedded-mongo/dist',
    build: () => {
      rmSync(path.join(root, 'packages/embedded-mongo/dist'), { recursive: true, force: true });
      run('tsc', ['-p', 'packages/embedded-mongo/tsconfig.build.json']);
    },
  },
  {
    name: 'server',
    inputs: ['server/src', 'schema', 'tsconfig.build.json', 'tsconfig.base.json', 'package.json'],
    output: 'dist',
    build: () => {
      rmSync(path.join(root, 'dist'), { recursive: true, force: true });
      run('tsc', ['-p', 'tsconfig.build.json']);
      // Read at run time relative to the compiled files: the SDL and the demo post-mortem.
      cpSync(path.join(root, 'schema'), path.join(root, 'dist/schema'), { recursive: true });
      cpSync(
        path.join(root, 'server/src/seed/data'),
        path.join(root, 'dist/server/src/seed/data'),
        { recursive: true },
      );
    },
  },
  {
    name: 'web',
    inputs: ['web/src', 'web/graphiql', 'web/index.html', 'web/vite.config.ts', 'schema'],
    output: 'web/dist',
    build: () => {
      // The dashboard empties web/dist, so the IDE (web/dist/graphiql) is built after it.
      run('vite', ['build', '--config', 'web/vite.config.ts']);
      run('vite', ['build', '--config', 'web/graphiql/vite.config.ts']);
    },
  },
];

/** Newest modification time under `entry` (0 when it does not exist), skipping build outputs. */
function newest(/** @type {string} */ entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'dist' || child === 'node_modules') continue;
    latest = Math.max(latest, newest(path.join(entry, child)));
  }
  return latest;
}

/** Why `target` needs a build, or null when its output is up to date. */
function staleness(/** @type {Target} */ target) {
  const stamp = path.join(root, target.output, STAMP);
  if (!existsSync(path.join(root, target.output))) return 'no output yet';
  // An output-only copy (a container image, `npm ci --omit=dev`) has nothing to build from.
  if (!existsSync(path.join(root, target.inputs[0] ?? ''))) return null;
  const inputs = Math.max(...target.inputs.map((input) => newest(path.join(root, input))));
  if (!existsSync(stamp)) return 'output not built by this script';
  return inputs > statSync(stamp).mtimeMs ? 'sources changed' : null;
}

const ifStale = process.argv.includes('--if-stale');
try {
  for (const target of targets) {
    const reason = ifStale ? staleness(target) : 'requested';
    if (reason === null) continue;
    process.stderr.write(`build ${target.name}: ${reason}\n`);
    const started = Date.now();
    target.build();
    mkdirSync(path.join(root, target.output), { recursive: true });
    writeFileSync(path.join(root, target.output, STAMP), `${new Date().toISOString()}\n`);
    process.stderr.write(`build ${target.name}: done in ${Date.now() - started} ms\n`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
