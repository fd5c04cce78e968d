/**
 * Builds every model's declared indexes one by one, and survives the one kind of failure an
 * operator must fix by hand: a unique index whose keys the stored data already repeats (data
 * written before the index existed). That index is left unbuilt, the others are built, and the
 * duplicates that block it are reported (log, `/readyz`, `/metrics`) instead of the server
 * refusing to start. Nothing is ever deleted here: `npm run db:dedupe-sources` merges them.
 */
import type * as mongodb from 'mongodb';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../common/errors.js';

/** Documents that share the keys of a unique index. */
export interface DuplicateGroup {
  /** The shared key, field by field. */
  key: Record<string, unknown>;
  /** Their `_id`s, oldest first. */
  ids: string[];
}

/** A unique index the stored data keeps from being built. */
export interface BlockedIndex {
  collection: string;
  index: string;
  /** At most `maxGroupsShown` of them (`groupCount` says how many there are). */
  duplicates: DuplicateGroup[];
  groupCount: number;
}

type IndexSpec = ReturnType<mongoose.Schema['indexes']>[number];

const maxGroupsShown = 20;

/** Mongoose's index key in the driver's spelling (`asc`/`desc` are mongoose's aliases). */
function driverKey(fields: IndexSpec[0]): Record<string, mongodb.IndexDirection> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, direction]) => [
      field,
      direction === 'ascending' || direction === 'asc'
        ? 1
        : direction === 'descending' || direction === 'desc'
          ? -1
          : direction,
    ]),
  );
}

/** The name MongoDB gives an index with no explicit name (`a_1_b_-1`). */
function indexName([fields, options]: IndexSpec): string {
  if (typeof options.name === 'string') return options.name;
  return Object.entries(fields)
    .map(([field, direction]) => `${field}_${String(direction)}`)
    .join('_');
}

/** Which documents share the keys of a unique index (within its partial filter). */
async function findDuplicates(
  collection: mongoose.Collection,
  [fields, options]: IndexSpec,
): Promise<{ groups: DuplicateGroup[]; groupCount: number }> {
  const paths = Object.keys(fields);
  const partial: unknown = options.partialFilterExpression;
  const match =
    typeof partial === 'object' && partial !== null
      ? Object.fromEntries(Object.entries(partial))
      : {};
  const rows = await collection
    .aggregate<{ _id: Record<string, unknown>; ids: unknown[]; n: number }>([
      { $match: match },
      { $sort: { _id: 1 } },
      {
        $group: {
          _id: Object.fromEntries(paths.map((p, i) => [`k${i}`, `$${p}`])),
          ids: { $push: '$_id' },
          n: { $sum: 1 },
        },
      },
      { $match: { n: { $gt: 1 } } },
      { $sort: { _id: 1 } },
    ])
    .toArray();
  const groups = rows.slice(0, maxGroupsShown).map((row) => ({
    key: Object.fromEntries(paths.map((p, i) => [p, row._id[`k${i}`] ?? null])),
    ids: row.ids.map(String),
  }));
  return { groups, groupCount: rows.length };
}

/** One line an operator can act on: what is not built, why, and the command that fixes it. */
export function describeBlockedIndex(blocked: BlockedIndex): string {
  return (
    `unique index ${blocked.index} on ${blocked.collection} is not built: ` +
    `${blocked.groupCount} group(s) of documents share its keys; ` +
    'see them with `npm run db:dedupe-sources -- --dry-run`, merge them without it'
  );
}

let blocked: BlockedIndex[] = [];

/** The unique indexes the last {@link ensureIndexes} could not build, and why. */
export function blockedIndexes(): readonly BlockedIndex[] {
  return blocked;
}

/**
 * Builds every model's declared indexes (each one its own `createIndex`, so one that fails keeps
 * none of the others from being built). A unique index refused for duplicate keys is reported
 * in the returned list (also kept for {@link blockedIndexes}); any other failure throws.
 */
export async function ensureIndexes(): Promise<BlockedIndex[]> {
  const found: BlockedIndex[] = [];
  for (const model of Object.values(mongoose.models)) {
    for (const spec of model.schema.indexes()) {
      const [fields, { unique, ...options }] = spec;
      const isUnique = unique === true || Array.isArray(unique);
      try {
        await model.collection.createIndex(driverKey(fields), {
          ...options,
          ...(isUnique ? { unique: true } : {}),
          name: indexName(spec),
        });
      } catch (error) {
        if (!(isUnique && isDuplicateKey(error))) throw error;
        const { groups, groupCount } = await findDuplicates(model.collection, spec);
        found.push({
          collection: model.collection.collectionName,
          index: indexName(spec),
          duplicates: groups,
          groupCount,
        });
      }
    }
  }
  blocked = found;
  return found;
}
