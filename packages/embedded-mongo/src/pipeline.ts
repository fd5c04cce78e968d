/**
 * Running aggregation stages over documents that carry their Double/Long hints (numeric.ts),
 * shared by `aggregate` and change streams so both see the same typed values: selecting
 * stages keep each document (and its hints), reshaping stages run through mingo and typing.ts
 * works out the types of what they compute, or refuses the stage where it cannot.
 */
import { compilePipeline, type PipelineOptions } from './mingo.js';
import type { Hints } from './numeric.js';
import { compileFilter, sortDocs } from './query.js';
import {
  checkUntypedStage,
  hasUnder,
  redactHints,
  stageHints,
  TYPED_STAGES,
  typedOperator,
} from './typing.js';
import { isPlainObject, type Doc } from './values.js';
import { bindVariables } from './variables.js';

/** A non-negative integer stage argument (`$skip`, `$limit`), else undefined. */
export function countArg(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A pipeline stage with its path in the command (`pipeline.3.$group`), for literal hints. */
export interface PlacedStage {
  stage: Doc;
  at: string;
}

/** Documents flowing through a pipeline with their Double/Long hints (see numeric.ts). */
export interface Flow {
  docs: Doc[];
  hints: Map<Doc, Hints>;
}

/**
 * Runs stages one at a time. Top-level `$sort` uses the engine's BSON-order comparator (mingo
 * orders mixed types differently from MongoDB); `$match`, `$skip`, `$limit` and `$count`
 * only select or count documents and run here without mingo's input cloning, so documents
 * keep their identity (and their hints). Reshaping stages run through mingo; typing.ts works
 * out the Double/Long types of what they compute, or the stage is refused where it cannot.
 * Documents are promoted (numbers, not BSON wrappers), as stored documents are.
 */
export function runStages(
  stages: PlacedStage[],
  flow: Flow,
  options: PipelineOptions,
  cmd: Hints | undefined,
): Flow {
  let { docs, hints } = flow;
  for (const { stage, at: index } of stages) {
    const name = Object.keys(stage).length === 1 ? Object.keys(stage)[0] : undefined;
    const arg = name === undefined ? undefined : stage[name];
    const at = `${index}.${name ?? ''}`;
    const n = countArg(arg);
    if (
      name === '$sort' &&
      isPlainObject(arg) &&
      Object.values(arg).every((v) => v === 1 || v === -1)
    ) {
      docs = sortDocs(docs.slice(), arg);
    } else if (name === '$match' && isPlainObject(arg)) {
      // `$type` reads each document's Double/Long hints; other objects are not documents here.
      const current = new Set(docs);
      const flowHints = hints;
      const query = compileFilter(bindVariables(arg, options.variables), (obj) =>
        isPlainObject(obj) && current.has(obj) ? flowHints.get(obj) : null,
      );
      docs = docs.filter((d) => query.test(d));
    } else if (name === '$skip' && n !== undefined) docs = docs.slice(n);
    else if (name === '$limit' && n !== undefined && n > 0) docs = docs.slice(0, n);
    else if (name === '$count' && typeof arg === 'string' && /^[^$.][^.]*$/.test(arg))
      docs = docs.length > 0 ? [{ [arg]: docs.length }] : [];
    else if (name === '$redact') {
      // Run per document, so each result is paired with the hints of the document it came from.
      const compiled = compilePipeline([stage], options);
      const out: Doc[] = [];
      const next = new Map<Doc, Hints>();
      for (const doc of docs) {
        const result = compiled.run([doc]).find(isPlainObject);
        if (!result) continue;
        out.push(result);
        const kept = redactHints(arg, hints.get(doc), doc, result);
        if (kept) next.set(result, kept);
      }
      docs = out;
      hints = next;
    } else {
      const inputHasHints = docs.some((d) => hints.has(d));
      const output = compilePipeline([stage], options).run(docs).filter(isPlainObject);
      const next = new Map<Doc, Hints>();
      if (name !== undefined && TYPED_STAGES.has(name)) {
        // Nothing typed in the stage and nothing typed coming in: every number is an int32
        // or a non-integral double, which is what plain numbers encode as.
        const plain = !inputHasHints && !typedOperator(arg, true) && !hasUnder(cmd, at);
        if (!plain) {
          const input = docs.map((doc) => ({ doc, hints: hints.get(doc) }));
          const found = stageHints(name, arg, at, input, output, cmd, options);
          output.forEach((doc, i) => {
            const h = found[i];
            if (h) next.set(doc, h);
          });
        }
      } else checkUntypedStage(name ?? '', arg, at, inputHasHints, cmd);
      docs = output;
      hints = next;
    }
  }
  return { docs, hints };
}
