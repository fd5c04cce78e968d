/**
 * `let` variables (find, aggregate, update, delete, findAndModify). A filter reaches them only
 * inside `$expr`, so each `$expr` is wrapped in a `$let` binding the variables to literals;
 * update pipelines and aggregation stages get them as mingo variables.
 */
import { isPlainObject, type Doc } from './values.js';

const LOGICAL = new Set(['$and', '$or', '$nor']);

/** `filter` with every `$expr` (top level or under `$and`/`$or`/`$nor`) seeing `variables`. */
export function bindVariables(filter: Doc, variables: Doc | undefined): Doc {
  if (!variables || Object.keys(variables).length === 0) return filter;
  const vars: Doc = {};
  for (const [name, value] of Object.entries(variables)) vars[name] = { $literal: value };
  const visit = (clause: Doc): Doc => {
    const out: Doc = {};
    for (const [key, value] of Object.entries(clause)) {
      if (key === '$expr') out[key] = { $let: { vars, in: value } };
      else if (LOGICAL.has(key) && Array.isArray(value))
        out[key] = (value as unknown[]).map((c) => (isPlainObject(c) ? visit(c) : c));
      else out[key] = value;
    }
    return out;
  };
  return visit(filter);
}
