// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import globals from 'globals';

const schema = ['schema/scalars.graphql', 'schema/*.graphql'];

/**
 * What @graphql-eslint checks against: the SDL, and the documents of each codegen target (the
 * dashboard's and the tests'), so that a fragment is known, used and unique within its own.
 */
const graphQLConfig = {
  projects: {
    // No negated globs here: graphql-config would match every other file to the project.
    web: { schema, documents: 'web/src/**/*.{ts,tsx}' },
    tests: { schema, documents: 'tests/**/*.ts' },
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'web/dist/**',
      'dist/**',
      'packages/*/dist/**',
      '**/__generated__/**',
      '.data/**',
      'test-results/**',
      '.tmp/**',
      'bench/results/**',
    ],
  },
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'tests/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Lists of enum values come from codegen (`web/src/__generated__/enums.ts`, SDL order), never
    // restated by hand: an SDL change would otherwise leave a form offering the old values.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ArrayExpression:has(> Literal[value=/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{2,}$/])',
          message:
            'A hand-written list of enum values: take it from `__generated__/enums` (`<Enum>Values`).',
        },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    // The import rules (npm run depcheck) and the codegen plugin: CommonJS, as their loaders want.
    files: ['.dependency-cruiser*.cjs', 'scripts/**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },

  // GraphQL: each `graphql(...)` document in code is linted as a virtual `<file>/N_document.graphql`.
  { files: ['web/src/**/*.{ts,tsx}', 'tests/**/*.ts'], processor: graphqlPlugin.processor },
  {
    files: ['**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphqlPlugin },
  },
  {
    files: ['schema/*.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // Descriptions of one line are "…", longer ones """…""": neither style alone fits.
      '@graphql-eslint/description-style': 'off',
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, EnumValueDefinition: true },
      ],
      // Objects without an identity of their own: pages, figures, and values kept in a parent.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            types: [
              'AffectedComponent',
              'CreatedWebhookSubscription',
              'DurationBucket',
              'IncidentSnapshot',
              'LiveEvent',
              'PageInfo',
              'RecoveryMilestones',
              'RecoverySample',
              'RecoverySeries',
              'Viewer',
            ],
            suffixes: ['Connection', 'Count', 'Edge', 'Stats', 'Result'],
          },
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.graphql', 'tests/**/*.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      // A fragment is named after the component that declares it: `UpdateList_update`.
      '@graphql-eslint/naming-convention': [
        'error',
        {
          VariableDefinition: 'camelCase',
          OperationDefinition: {
            style: 'PascalCase',
            forbiddenPrefixes: ['Query', 'Mutation', 'Subscription', 'Get'],
            forbiddenSuffixes: ['Query', 'Mutation', 'Subscription'],
          },
          FragmentDefinition: {
            requiredPattern: /^[A-Z][A-Za-z0-9]*(_[a-z][A-Za-z0-9]*)?$/,
            forbiddenSuffixes: ['Fragment'],
          },
        },
      ],
    },
  },
  {
    // The live cache reads and writes these fragments itself: no operation spreads them.
    files: ['web/src/app/liveCache.ts/*.graphql'],
    rules: { '@graphql-eslint/no-unused-fragments': 'off' },
  },
  {
    // The tests keep no normalised cache, so they select only what they assert on.
    files: ['tests/**/*.graphql'],
    rules: { '@graphql-eslint/require-selections': 'off' },
  },
);
