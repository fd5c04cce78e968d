/**
 * The one place mingo is configured. Server-side JavaScript (`$where`, `$function`,
 * `$accumulator`) is disabled: clients must never run code inside the engine process.
 */
import { ProcessingMode } from 'mingo';
import { Aggregator } from 'mingo/aggregator';
import { Context, evalExpr } from 'mingo/core';
import type { Options } from 'mingo/types';
import * as accumulator from 'mingo/operators/accumulator';
import * as expression from 'mingo/operators/expression';
import * as pipeline from 'mingo/operators/pipeline';
import * as projection from 'mingo/operators/projection';
import * as query from 'mingo/operators/query';
import * as window from 'mingo/operators/window';
import { Query } from 'mingo/query';
import { bsonTypeName, typeOperator, type HintResolver } from './bsontype.js';
import { notImplemented } from './errors.js';
import { isPlainObject, type Doc } from './values.js';

const BASE = { scriptEnabled: false } as const;

/**
 * mingo's operators with the query `$type` replaced by the engine's (bsontype.ts), which
 * decides by BSON type; `resolver` gives the Double/Long hints of the documents tested.
 */
function context(resolver?: HintResolver): Context {
  return Context.init({
    accumulator,
    expression: resolver ? { ...expression, $type: typeExpression(resolver) } : expression,
    pipeline,
    projection,
    query: { ...query, $type: typeOperator(resolver) },
    window,
  });
}

/**
 * The aggregation `$type` inside a filter's `$expr`, by stored BSON type: mingo's names every
 * integral number an int or a long and knows no objectId, binData, decimal, …. A field path
 * of the tested document reads its hint; an integral number computed otherwise, or in an
 * object that is not a stored document, cannot be typed and is refused.
 * (https://www.mongodb.com/docs/manual/reference/operator/aggregation/type/)
 */
function typeExpression(resolver: HintResolver) {
  return (obj: unknown, expr: unknown, options: Options): string => {
    const value: unknown = evalExpr(obj, expr, options);
    if (value === undefined) return 'missing';
    if (typeof value !== 'number' || !Number.isInteger(value))
      return bsonTypeName(value, undefined);
    const hints = resolver(obj);
    const field = typeof expr === 'string' && /^\$[^$]/.test(expr) ? expr.slice(1) : undefined;
    if (hints === null || field === undefined)
      throw notImplemented('$type of a computed integral number inside $expr');
    return bsonTypeName(value, hints?.get(field));
  };
}

const TYPED_CONTEXT = context();

/**
 * Rewrites the spots where mingo's matching differs from MongoDB's: `$gte: null` and
 * `$lte: null` match null and missing fields in MongoDB (mingo matches nothing).
 */
export function normalizeFilter(filter: Doc): Doc {
  const out: Doc = {};
  for (const [key, value] of Object.entries(filter)) {
    if (isPlainObject(value) && (value.$gte === null || value.$lte === null)) {
      const { $gte: _gte, $lte: _lte, ...rest } = value;
      out[key] = { ...rest, $eq: null };
    } else if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) {
      out[key] = value.map((branch: unknown) =>
        isPlainObject(branch) ? normalizeFilter(branch) : branch,
      );
    } else out[key] = value;
  }
  return out;
}

/** Operators MongoDB takes as `{ op: <number> }` or `{ op: [<number>, <place>] }`. */
const ONE_OR_TWO = new Set(['$trunc', '$round']);

/**
 * Rewrites expression forms mingo lacks: `{ $trunc: <number> }` and `{ $round: <number> }`
 * (a single operand, place 0; mingo accepts only the array form) become `{ $trunc: [<number>] }`.
 * `$literal` values are left alone.
 */
export function normalizeExpressions(doc: Doc): Doc {
  const out: Doc = {};
  const keys = Object.keys(doc);
  for (const key of keys) {
    const v = doc[key];
    if (key === '$literal') out[key] = v;
    else if (ONE_OR_TWO.has(key) && keys.length === 1 && !Array.isArray(v))
      out[key] = [normalizeExpression(v)];
    else out[key] = normalizeExpression(v);
  }
  return out;
}

/** {@link normalizeExpressions} of any value inside an expression: arrays and documents. */
function normalizeExpression(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeExpression);
  return isPlainObject(value) ? normalizeExpressions(value) : value;
}

/**
 * A compiled filter. `resolver` gives the hints of the (promoted) documents it tests, so that
 * `$type` sees their stored types; without one, numbers are taken as what they encode as.
 */
export function compileQuery(filter: Doc, resolver?: HintResolver): Query {
  const ctx = resolver ? context(resolver) : TYPED_CONTEXT;
  return new Query(normalizeExpressions(normalizeFilter(filter)), { ...BASE, context: ctx });
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
  return new Aggregator(stages.map(normalizeExpressions), {
    ...BASE,
    ...options,
    context: TYPED_CONTEXT,
    processingMode: ProcessingMode.CLONE_INPUT,
  });
}

/** Options for mingo's update functions. */
export const UPDATE_QUERY_OPTIONS = BASE;
