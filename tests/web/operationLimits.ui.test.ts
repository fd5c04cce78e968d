import { addTypenameToDocument } from '@apollo/client/utilities';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitRules } from '../../server/src/app/graphql.js';
import * as generated from '../../web/src/__generated__/graphql';

/** The SDL as the server loads it: scalars first, then every domain file. */
function loadSchema() {
  const files = readdirSync('schema')
    .filter((f) => f.endsWith('.graphql'))
    .sort(
      (a, b) =>
        Number(b === 'scalars.graphql') - Number(a === 'scalars.graphql') || a.localeCompare(b),
    );
  return buildSchema(files.map((f) => readFileSync(`schema/${f}`, 'utf8')).join('\n'));
}

function isDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' && value !== null && 'kind' in value && value.kind === Kind.DOCUMENT
  );
}

const operations = Object.entries(generated).flatMap(([name, doc]) =>
  isDocument(doc) && doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
    ? [{ name, doc }]
    : [],
);

describe('the dashboard operations', () => {
  const schema = loadSchema();

  it('should exist', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations)('should pass the server’s depth and cost limits: $name', ({ doc }) => {
    // Apollo Client adds __typename to every selection set before sending.
    const errors = validate(schema, addTypenameToDocument(doc), limitRules);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
