/**
 * The one place mingo is configured. Server-side JavaScript (`$where`, `$function`,
 * `$accumulator`) is disabled: clients must never run code inside the engine process.
 */
import { Aggregator, ProcessingMode, Query } from 'mingo';
import type { Doc } from './values.js';

const BASE = { scriptEnabled: false } as const;

/** A compiled filter. */
export function compileQuery(filter: Doc): Query {
  return new Query(filter, BASE);
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
