/**
 * Which aggregation stages the engine runs, which it refuses, and which MongoDB does not know
 * at all: a stage MongoDB has but the engine lacks is NotImplemented (238); a name MongoDB does
 * not recognise is 40324, as mongod answers it.
 */
import { CommandError, notImplemented } from './errors.js';
import { isPlainObject, type Doc } from './values.js';

/** Stages run by mingo (or by the engine itself, as `$match`/`$sort`/`$out` often are). */
const IMPLEMENTED = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$count',
  '$densify',
  '$documents',
  '$facet',
  '$fill',
  '$graphLookup',
  '$group',
  '$limit',
  '$lookup',
  '$match',
  '$out',
  '$project',
  '$redact',
  '$replaceRoot',
  '$replaceWith',
  '$sample',
  '$set',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unionWith',
  '$unset',
  '$unwind',
]);

/** Stages MongoDB documents that the engine does not run. */
const REFUSED = new Set([
  '$changeStreamSplitLargeEvent',
  '$collStats',
  '$currentOp',
  '$geoNear',
  '$indexStats',
  '$listClusterCatalog',
  '$listLocalSessions',
  '$listSampledQueries',
  '$listSearchIndexes',
  '$listSessions',
  '$merge',
  '$planCacheStats',
  '$querySettings',
  '$queryStats',
  '$search',
  '$searchMeta',
  // mingo's fails on every window ("$function requires 'scriptEnabled'", as scripts are off).
  '$setWindowFields',
  '$shardedDataDistribution',
  '$vectorSearch',
]);

/** Stages MongoDB allows after `$changeStream`. */
const CHANGE_STREAM_STAGES = new Set([
  '$addFields',
  '$match',
  '$project',
  '$redact',
  '$replaceRoot',
  '$replaceWith',
  '$set',
  '$unset',
]);

/** The name of a stage document; 40323 unless it has exactly one field. */
export function stageName(stage: Doc): string {
  const keys = Object.keys(stage);
  if (keys.length !== 1 || keys[0] === undefined)
    throw new CommandError(
      'Location40323',
      'A pipeline stage specification object must contain exactly one field.',
    );
  return keys[0];
}

function checkKnown(name: string): void {
  if (REFUSED.has(name) || name === '$changeStream')
    throw notImplemented(`aggregation stage ${name}`);
  if (!IMPLEMENTED.has(name))
    throw new CommandError('Location40324', `Unrecognized pipeline stage name: '${name}'`);
}

/** Sub-pipelines of a stage (`$facet`, `$lookup`, `$unionWith`). */
function subPipelines(name: string, arg: unknown): unknown[] {
  if (!isPlainObject(arg)) return [];
  if (name === '$facet') return Object.values(arg);
  if (name === '$lookup' || name === '$unionWith') return [arg.pipeline];
  return [];
}

/**
 * Validates every stage of an aggregation pipeline (not a change stream), nested ones
 * included: `$changeStream` only first (40602), `$out` only last (40601), the rest known.
 */
export function checkPipeline(pipeline: Doc[], nested = false): void {
  pipeline.forEach((stage, i) => {
    const name = stageName(stage);
    if (name === '$changeStream')
      throw new CommandError(
        'Location40602',
        '$changeStream is only valid as the first stage in a pipeline',
      );
    if (name === '$out' && (nested || i !== pipeline.length - 1))
      throw new CommandError('Location40601', '$out can only be the final stage in the pipeline');
    checkKnown(name);
    for (const sub of subPipelines(name, stage[name]))
      if (Array.isArray(sub)) checkPipeline(sub.filter(isPlainObject), true);
  });
}

/** Validates the stages after `$changeStream` (MongoDB's allow-list, IllegalOperation). */
export function checkChangeStreamStages(stages: Doc[]): void {
  for (const stage of stages) {
    const name = stageName(stage);
    if (CHANGE_STREAM_STAGES.has(name)) continue;
    if (name === '$changeStream')
      throw new CommandError(
        'Location40602',
        '$changeStream is only valid as the first stage in a pipeline',
      );
    checkKnown(name);
    throw new CommandError(
      'IllegalOperation',
      `${name} is not permitted in a $changeStream pipeline`,
    );
  }
}
