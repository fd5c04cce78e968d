// @ts-check
/**
 * The import rules of server/src (see README, "Architecture"), checked by `npm run depcheck`
 * as part of `npm test`. Two passes share this file: this one sees every import, type-only
 * ones included (marked preCompilationOnly), for the rules about who may know whom; the
 * runtime pass (.dependency-cruiser.runtime.cjs) sees only imports that exist at run time, for
 * the cycle rules, so the codegen mapper ring (__generated__/resolvers-types.ts importing the
 * models' document types, type-only) is allowed and every other cycle is not.
 */
const domains = '(incidents|components|recovery|timeline|actions|auth|history|drills|webhooks)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-domain-to-app',
      severity: 'error',
      comment:
        'app/ is the composition root: it imports the domains, never the other way round ' +
        '(a type-only import, e.g. of Logger or Services, is fine).',
      from: { path: '^server/src/', pathNot: '^server/src/(app/|main\\.ts$)' },
      to: { path: '^server/src/(app/|main\\.ts$)', preCompilationOnly: false },
    },
    {
      name: 'events-know-no-domain',
      severity: 'error',
      comment:
        'The event log is the bottom of every write: domains register typed writers with it; ' +
        'it imports none of them, nor live/, seed/ or app/ (types included).',
      from: { path: '^server/src/events/' },
      to: { path: `^server/src/(${domains.slice(1, -1)}|live|seed|app)/` },
    },
    {
      name: 'live-knows-no-domain',
      severity: 'error',
      comment:
        'live/ tails the log and fans it out; it reads no domain model and calls no domain ' +
        'service. Its only domain knowledge is the type of a viewer and the read policy it is given.',
      from: { path: '^server/src/live/' },
      to: {
        path: `^server/src/(${domains.slice(1, -1)}|seed)/`,
        pathNot: '^server/src/auth/(viewer|access)\\.ts$',
      },
    },
    {
      name: 'live-takes-auth-by-type',
      severity: 'error',
      comment: 'live/ gets the read policy injected; it may name auth types, not run auth code.',
      from: { path: '^server/src/live/' },
      to: { path: '^server/src/auth/', preCompilationOnly: false },
    },
    {
      name: 'domains-meet-through-services',
      severity: 'error',
      comment:
        "A domain reaches another only through that domain's service (or auth's viewer and " +
        'access policy, which every service checks): never its model, rules or internals.',
      from: { path: `^server/src/${domains}/` },
      to: {
        path: `^server/src/${domains}/`,
        pathNot: ['^server/src/$1/', '\\.service\\.ts$', '^server/src/auth/(viewer|access)\\.ts$'],
      },
    },
    {
      name: 'engine-only-from-db',
      severity: 'error',
      comment:
        'In the server, only db/connect.ts starts the embedded engine; everything else talks ' +
        'to a database through mongoose.',
      from: { path: '^server/src/', pathNot: '^server/src/db/' },
      to: { path: '^packages/embedded-mongo/' },
    },
    {
      name: 'no-deep-engine-imports',
      severity: 'error',
      comment:
        'The embedded engine (@war-room/embedded-mongo) is used through its entry points only ' +
        "(the package's exports: src/index.ts, src/cli.ts), never by a path into its sources.",
      from: { pathNot: '^packages/embedded-mongo/' },
      to: {
        path: '^packages/embedded-mongo/',
        pathNot: '^packages/embedded-mongo/src/(index|cli)\\.ts$',
      },
    },
    {
      name: 'engine-knows-no-server',
      severity: 'error',
      comment: 'The engine is a package of its own: it imports nothing of War Room.',
      from: { path: '^packages/embedded-mongo/' },
      to: { path: '^(server|tests|bench|scripts|web)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing file.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|(^|/)dist/|^web/|^tests/web/' },
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      // `source`: the workspace engine as its TypeScript entry points, as tsc and the tests see it.
      conditionNames: ['source', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      // Type-only packages (e.g. @graphql-typed-document-node/core) have typings and no main.
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
