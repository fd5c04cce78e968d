// @ts-check
/**
 * A graphql-codegen plugin: for each enum of the schema, `export const <Enum>Values = [...] as
 * const` in the SDL's declaration order (the client preset's own enum objects come out
 * alphabetically, while ranks and best-to-worst lists follow the SDL's order). The dashboard
 * takes every list of enum values from this output instead of restating them.
 *
 * Codegen hands plugins a sorted schema, merged extensions included, so the order is read from
 * the SDL sources it keeps (`includeSources`): each enum's definition, then its extensions.
 */
const { Kind, isEnumType, parse } = require('graphql');

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
const plugin = (schema) => {
  const sources = /** @type {{ body: string }[] | undefined} */ (schema.extensions['sources']);
  if (!sources) throw new Error('enum values: codegen passed no SDL sources');
  /** @type {Map<string, string[]>} */
  const declared = new Map();
  const enumNodes = sources
    .flatMap((s) => parse(s.body).definitions)
    .flatMap((d) =>
      d.kind === Kind.ENUM_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_EXTENSION ? [d] : [],
    );
  const definitionsFirst = [
    ...enumNodes.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION),
    ...enumNodes.filter((d) => d.kind === Kind.ENUM_TYPE_EXTENSION),
  ];
  for (const def of definitionsFirst) {
    const values = (def.values ?? []).map((v) => v.name.value);
    declared.set(def.name.value, [...(declared.get(def.name.value) ?? []), ...values]);
  }
  const enums = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((t) => !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const blocks = enums.map((t) => {
    const order = declared.get(t.name) ?? [];
    const all = t.getValues().map((v) => v.name);
    if (order.length !== all.length || !all.every((v) => order.includes(v))) {
      throw new Error(`enum values: the SDL sources do not declare enum ${t.name} as loaded`);
    }
    return [
      `/** Every \`${t.name}\`, in the SDL's order. */`,
      `export const ${t.name}Values = [`,
      ...order.map((v) => `  '${v}',`),
      '] as const;',
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
};

module.exports = { plugin };
