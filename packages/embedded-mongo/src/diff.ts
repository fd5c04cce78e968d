/**
 * `updateDescription` of update change events, in MongoDB's shape: dotted paths of changed
 * fields (array elements by index), removed fields, and arrays that shrank.
 */
import { bsonTag, isPlainObject, valueKey, type Doc } from './values.js';

/** What an update changed, as change streams report it. */
export interface UpdateDescription {
  updatedFields: Doc;
  removedFields: string[];
  truncatedArrays: Array<{ field: string; newSize: number }>;
}

function same(a: unknown, b: unknown): boolean {
  return typeof a === typeof b && bsonTag(a) === bsonTag(b) && valueKey(a) === valueKey(b);
}

/** Compares two versions of a document. */
export function describeUpdate(before: Doc, after: Doc): UpdateDescription {
  const out: UpdateDescription = { updatedFields: {}, removedFields: [], truncatedArrays: [] };
  const visit = (old: unknown, value: unknown, path: string): void => {
    if (same(old, value)) return;
    if (isPlainObject(old) && isPlainObject(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (key in old) visit(old[key], v, `${path}.${key}`);
        else out.updatedFields[`${path}.${key}`] = v;
      }
      for (const key of Object.keys(old))
        if (!(key in value)) out.removedFields.push(`${path}.${key}`);
      return;
    }
    if (Array.isArray(old) && Array.isArray(value)) {
      const oldArr = old as unknown[];
      const newArr = value as unknown[];
      if (newArr.length < oldArr.length)
        out.truncatedArrays.push({ field: path, newSize: newArr.length });
      newArr.forEach((v, i) => {
        if (i < oldArr.length) visit(oldArr[i], v, `${path}.${i}`);
        else out.updatedFields[`${path}.${i}`] = v;
      });
      return;
    }
    out.updatedFields[path] = value;
  };
  for (const [key, value] of Object.entries(after)) {
    if (key in before) visit(before[key], value, key);
    else out.updatedFields[key] = value;
  }
  for (const key of Object.keys(before)) if (!(key in after)) out.removedFields.push(key);
  return out;
}
