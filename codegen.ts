import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for the server's resolvers, the web's operations and the tests' operations, all generated from schema/. */
const config: CodegenConfig = {
  schema: ['schema/scalars.graphql', 'schema/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'server/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../app/context.js#Context',
        strictScalars: true,
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        // A const object per enum (and a type of the same name): the server's models and checks
        // take their value lists from the SDL instead of restating them.
        enumsAsConst: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        mappers: {
          Incident: '../incidents/incident.model.js#IncidentDoc',
          IncidentUpdate: '../incidents/update.model.js#UpdateDoc',
          Component: '../components/component.model.js#ComponentDoc',
          AffectedComponent: '../components/component.model.js#AffectedComponentRef',
          RecoverySeries: '../recovery/recovery.model.js#RecoverySeriesView',
          RecoverySample: '../recovery/recovery.model.js#SampleDoc',
          TimelineEvent: '../timeline/timeline.model.js#TimelineDoc',
          ActionItem: '../actions/action.model.js#ActionItemDoc',
          LiveEvent: '../events/event.model.js#EventView',
          Viewer: '../auth/viewer.js#ViewerModel',
          IncidentConnection: '../incidents/incident.service.js#IncidentPage',
          DurationStats: '../incidents/stats.service.js#DurationSummary',
          IncidentStats: '../incidents/stats.service.js#IncidentStatsView',
          IncidentEdge: '../incidents/incident.service.js#IncidentEdgeView',
          Drill: '../drills/drill.clock.js#ScenarioClock',
          IncidentSnapshot: '../history/timetravel.service.js#SnapshotView',
          CreatedApiToken: '../auth/token.service.js#CreatedToken',
          WebhookSubscription: '../webhooks/webhook.model.js#WebhookSubscriptionDoc',
          WebhookDelivery: '../webhooks/webhook.model.js#WebhookDeliveryDoc',
          CreatedWebhookSubscription: '../webhooks/webhook.service.js#CreatedSubscription',
        },
      },
    },
    'web/src/__generated__/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
      },
    },
    // Every enum's values as a list in SDL order (scripts/codegen-enum-values.cjs): the dashboard's
    // forms and ranks take them from here.
    'web/src/__generated__/enums.ts': {
      plugins: ['./scripts/codegen-enum-values.cjs'],
    },
    // The operations the tests send, as strings typed by their result and variables.
    'tests/__generated__/': {
      documents: ['tests/**/*.ts', '!tests/__generated__/**', '!tests/web/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        importExtension: '.js',
      },
    },
  },
};

export default config;
