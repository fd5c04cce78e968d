/**
 * The one place mingo is configured. Server-side JavaScript (`$where`, `$function`,
 * `$accumulator`) is disabled: clients must never run code inside the engine process.
 */
import { Aggregator, ProcessingMode, Query } from 'mingo';
import { isPlainObject, type Doc } from './values.js';

const BASE = { scriptEnabled: false } as const;

/**
 * Rewrites the spots where mingo's matching differs from MongoDB's: `$gte: null` and
 * `$lte: null` match null and missing fields in MongoDB (mingo matches nothing).
 */
export function normalizeFilter(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(normalizeFilter);
  if (!isPlainObject(filter)) return filter;
  const out: Doc = {};
  for (const [key, value] of Object.entries(filter)) {
    if (isPlainObject(value) && (value.$gte === null || value.$lte === null)) {
      const { $gte: _gte, $lte: _lte, ...rest } = value;
      out[key] = { ...rest, $eq: null };
    } else if (key === '$and' || key === '$or' || key === '$nor') {
      out[key] = normalizeFilter(value);
    } else out[key] = value;
  }
  return out;
}

/** A compiled filter. */
export function compileQuery(filter: Doc): Query {
  return new Query(normalizeFilter(filter) as Doc, BASE);
}

/** Options of {@link compilePipeline}. */
export interface PipelineOptions {
  /** Resolves `$lookup`/`$unionWith`/`$graphLookup` sources by collection name. */
  collectionResolver?: (name: string) => Doc[];
  /** `let` variables. */
  variables?: Doc;
}

/**
 * A compiled pipeline. Inputs are cloned first (CLONE_INPUT) because stages such as
 * `$addFields` would otherwise write into the stored documents.
 */
export function compilePipeline(stages: Doc[], options: PipelineOptions = {}): Aggregator {
  return new Aggregator(stages, {
    ...BASE,
    ...options,
    processingMode: ProcessingMode.CLONE_INPUT,
  });
}

/** Options for mingo's update functions. */
export const UPDATE_QUERY_OPTIONS = BASE;
