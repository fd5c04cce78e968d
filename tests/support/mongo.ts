/**
 * Database helpers for integration tests: the URI provided by globalSetup, and unique database
 * names so tests never share state (and pass unchanged against a real MongoDB).
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** The MongoDB URI of this test run (embedded engine or `MONGODB_URI`). */
export function mongoUri(): string {
  return inject('mongoUri');
}

/** A database name no other test uses: `<prefix>_<random>`, within MongoDB's 63-byte limit. */
export function uniqueDbName(prefix: string): string {
  const clean = prefix.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);
  return `${clean}_${randomBytes(6).toString('hex')}`;
}
