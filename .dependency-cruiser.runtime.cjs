// @ts-check
/**
 * The runtime pass of `npm run depcheck`: only imports that survive compilation (type-only
 * imports are erased), so the codegen mapper ring is not a cycle here and any other is.
 */
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'Modules import each other in one direction only (at run time).',
      from: { path: '^server/src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'Folders of server/src form layers: app → domains → events/live → common. A cycle ' +
        'between folders means a rule or a type sits in the wrong one.',
      scope: 'folder',
      from: { path: '^server/src/' },
      to: { circular: true },
    },
  ],
  options: { ...base.options, tsPreCompilationDeps: false },
};
