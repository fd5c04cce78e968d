import { defineConfig } from 'vitest/config';

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
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
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
