import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import engine from './packages/embedded-mongo/package.json' with { type: 'json' };

/**
 * Three projects, run together by `npm test`:
 * - unit: pure logic, no I/O (`*.unit.test.ts`, `*.ui.test.ts(x)`);
 * - integration: the real server and the real driver over TCP against the embedded engine
 *   (or `MONGODB_URI`), files `*.service|graphql|live|conformance|engine.test.ts`;
 * - e2e: headless Chromium through playwright-core (`*.e2e.test.ts`).
 */
export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: Node loads its CommonJS build for every package, while Vite
    // would hand our sources the .mjs one, and graphql-js refuses schemas from "another realm".
    // The engine package resolves to its TypeScript source (its `source` export condition), not
    // its compiled dist/, so tests never run a stale build. An alias rather than
    // `ssr.resolve.conditions`, which vitest does not apply to globalSetup (vitest#7588).
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      ...Object.entries(engine.exports).flatMap(([subpath, target]) =>
        typeof target === 'object' && 'source' in target
          ? [
              {
                find: new RegExp(`^@war-room/embedded-mongo${subpath.slice(1)}$`),
                replacement: fileURLToPath(
                  new URL(`packages/embedded-mongo/${target.source}`, import.meta.url),
                ),
              },
            ]
          : [],
      ),
    ],
  },
  test: {
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/**/*.unit.test.ts',
            'tests/**/*.ui.test.{ts,tsx}',
            'packages/*/test/**/*.unit.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'tests/**/*.service.test.ts',
            'tests/**/*.graphql.test.ts',
            'tests/**/*.live.test.ts',
            'tests/**/*.conformance.test.ts',
            'tests/**/*.engine.test.ts',
            'packages/*/test/**/*.engine.test.ts',
          ],
          globalSetup: ['tests/support/mongo.global.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/support/mongo.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
