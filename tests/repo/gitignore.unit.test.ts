import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The paths among `paths` that .gitignore ignores (`git check-ignore`, tracked or not). */
function ignored(paths: readonly string[]): Set<string> {
  try {
    const out = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: root,
      input: paths.join('\n'),
      encoding: 'utf8',
    });
    return new Set(out.split('\n').filter(Boolean));
  } catch (error) {
    // Exit status 1: none of them is ignored.
    if (error instanceof Error && 'status' in error && error.status === 1) return new Set();
    throw error;
  }
}

/** Every tsconfig*.json of the repository (not under node_modules or build output). */
function tsconfigs(dir = root, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.git', '.data', 'test-results'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) tsconfigs(full, found);
    else if (/^tsconfig.*\.json$/.test(entry.name)) found.push(path.relative(root, full));
  }
  return found;
}

describe('.gitignore', () => {
  it('should ignore the tsbuildinfo file `tsc -b` writes beside every tsconfig', () => {
    const infos = tsconfigs().map((config) => config.replace(/\.json$/, '.tsbuildinfo'));
    expect(infos.length).toBeGreaterThan(2);
    const hits = ignored(infos);
    expect(infos.filter((info) => !hits.has(info))).toEqual([]);
  });

  it.each([
    'dist/server/src/main.js',
    'packages/embedded-mongo/dist/cli.js',
    'web/dist/index.html',
    'coverage/index.html',
    'CPU.20240101.000000.1234.0.001.cpuprofile',
    'Heap.20240101.000000.1234.0.001.heapprofile',
    'server.heapsnapshot',
    '.eslintcache',
    'test-results/screenshots/wallboard.png',
  ])('should ignore the build or tool artefact %s', (artefact) => {
    expect(ignored([artefact]).has(artefact)).toBe(true);
  });

  it.each(['server/src/main.ts', 'tsconfig.json', 'package-lock.json', 'web/src/main.tsx'])(
    'should not ignore the source file %s',
    (source) => {
      expect(ignored([source]).has(source)).toBe(false);
    },
  );
});
