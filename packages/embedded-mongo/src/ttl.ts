/**
 * TTL indexes: like mongod's TTL monitor, a periodic pass deletes documents whose indexed date
 * (the earliest, for arrays) is older than `expireAfterSeconds`. Deletions are journaled and
 * published to change streams like any other delete.
 */
import { WriteBatch } from './commands/write.js';
import type { Storage } from './storage.js';
import { valueKey, valuesAtPath, type Doc } from './values.js';

/** True if the earliest date under `field` is at or before `cutoff` (non-dates never expire). */
function expired(doc: Doc, field: string, cutoff: number): boolean {
  const dates = valuesAtPath(doc, field).filter((v): v is Date => v instanceof Date);
  return dates.length > 0 && Math.min(...dates.map((d) => d.getTime())) <= cutoff;
}

/** One TTL pass over every collection; resolves once the deletions are durable. */
export async function expireDocuments(storage: Storage, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const colls of storage.dbs.values()) {
    for (const coll of colls.values()) {
      const batch = new WriteBatch(storage, coll);
      for (const index of coll.indexes.values()) {
        const seconds = index.spec.expireAfterSeconds;
        const field = index.fields[0];
        if (seconds === undefined || field === undefined || index.fields.length !== 1) continue;
        for (const doc of [...coll.docs.values()]) {
          if (expired(doc, field, now - seconds * 1000) && coll.docs.has(valueKey(doc._id))) {
            batch.remove(doc);
            removed += 1;
          }
        }
      }
      await batch.commit([]);
    }
  }
  return removed;
}

/** Runs {@link expireDocuments} every `intervalMs` (mongod: 60 s); returns a stop function. */
export function startTtlMonitor(storage: Storage, intervalMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    expireDocuments(storage)
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, intervalMs).unref();
  return () => clearInterval(timer);
}
