/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation HardeningDeclare($title: String!) {\n    declareIncident(input: { title: $title, impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.HardeningDeclareDocument,
    "\n  query HardeningTypename {\n    __typename\n  }\n": typeof types.HardeningTypenameDocument,
    "\n  query LifecycleCount {\n    incidents {\n      totalCount\n    }\n  }\n": typeof types.LifecycleCountDocument,
    "\n  mutation MetricsDeclare {\n    declareIncident(input: { title: \"metrics\", impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.MetricsDeclareDocument,
    "\n  mutation MetricsRecord($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: 50 }) {\n      value\n    }\n  }\n": typeof types.MetricsRecordDocument,
    "\n  mutation MetricsMissing {\n    recordRecovery(input: { incidentId: \"000000000000000000000000\", flow: \"orders\", value: 1 }) {\n      value\n    }\n  }\n": typeof types.MetricsMissingDocument,
    "\n  mutation ScalarDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      startedAt\n    }\n  }\n": typeof types.ScalarDeclareDocument,
    "\n  query ScalarCount {\n    incidents {\n      totalCount\n    }\n  }\n": typeof types.ScalarCountDocument,
    "\n  query PrivateCount {\n    incidents {\n      totalCount\n    }\n  }\n": typeof types.PrivateCountDocument,
    "\n  mutation RolesDeclareIncident {\n    declareIncident(input: { title: \"t\", impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.RolesDeclareIncidentDocument,
    "\n  mutation RolesPostUpdateOpen($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.RolesPostUpdateOpenDocument,
    "\n  mutation RolesPostUpdateResolved($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: RESOLVED, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.RolesPostUpdateResolvedDocument,
    "\n  mutation RolesPostUpdateReopen($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: MONITORING, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.RolesPostUpdateReopenDocument,
    "\n  mutation RolesRecordRecovery($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: 42 }) {\n      value\n    }\n  }\n": typeof types.RolesRecordRecoveryDocument,
    "\n  mutation RolesAddTimelineEvent($id: ID!, $at: DateTime!) {\n    addTimelineEvent(input: { incidentId: $id, at: $at, text: \"x\" }) {\n      id\n    }\n  }\n": typeof types.RolesAddTimelineEventDocument,
    "\n  mutation RolesSetIncidentImpact($id: ID!) {\n    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {\n      impact\n    }\n  }\n": typeof types.RolesSetIncidentImpactDocument,
    "\n  mutation RolesSetAffectedComponents($id: ID!, $c: ID!) {\n    setAffectedComponents(\n      input: { incidentId: $id, components: [{ componentId: $c, status: PARTIAL_OUTAGE }] }\n    ) {\n      id\n    }\n  }\n": typeof types.RolesSetAffectedComponentsDocument,
    "\n  mutation RolesCreateComponent($n: String!) {\n    createComponent(input: { name: $n }) {\n      id\n    }\n  }\n": typeof types.RolesCreateComponentDocument,
    "\n  mutation RolesSetComponentStatus($c: ID!) {\n    setComponentStatus(input: { componentId: $c, status: DEGRADED_PERFORMANCE }) {\n      status\n    }\n  }\n": typeof types.RolesSetComponentStatusDocument,
    "\n  mutation RolesAddActionItem($id: ID!) {\n    addActionItem(input: { incidentId: $id, title: \"fix it\" }) {\n      id\n    }\n  }\n": typeof types.RolesAddActionItemDocument,
    "\n  mutation RolesUpdateActionItem($id: ID!) {\n    updateActionItem(input: { id: $id, status: DONE }) {\n      status\n    }\n  }\n": typeof types.RolesUpdateActionItemDocument,
    "\n  mutation RolesSetPostmortem($id: ID!) {\n    setPostmortem(input: { incidentId: $id, markdown: \"# PM\" }) {\n      postmortem\n    }\n  }\n": typeof types.RolesSetPostmortemDocument,
    "\n  mutation RolesImportIncident($at: DateTime!) {\n    importIncident(\n      input: {\n        title: \"i\"\n        impact: NONE\n        startedAt: $at\n        updates: [{ status: RESOLVED, body: \"done\", createdAt: $at }]\n      }\n    ) {\n      id\n    }\n  }\n": typeof types.RolesImportIncidentDocument,
    "\n  mutation RolesCreateApiToken {\n    createApiToken(input: { name: \"n\", role: VIEWER }) {\n      token\n    }\n  }\n": typeof types.RolesCreateApiTokenDocument,
    "\n  mutation RolesRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RolesRevokeApiTokenDocument,
    "\n  query RolesViewer {\n    viewer {\n      role\n    }\n  }\n": typeof types.RolesViewerDocument,
    "\n  query TokenScriptViewer {\n    viewer {\n      role\n      name\n    }\n  }\n": typeof types.TokenScriptViewerDocument,
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      id\n      name\n      role\n      token\n    }\n  }\n": typeof types.TokensCreateDocument,
    "\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.TokensRevokeDocument,
    "\n  query TokensViewer {\n    viewer {\n      role\n      name\n    }\n  }\n": typeof types.TokensViewerDocument,
    "\n  query TokensViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.TokensViewerRoleDocument,
    "\n  mutation HealthCreateComponent($name: String!) {\n    createComponent(input: { name: $name, group: \"Storefront\" }) {\n      id\n    }\n  }\n": typeof types.HealthCreateComponentDocument,
    "\n  mutation HealthDeclare($title: String!, $impact: Impact!, $componentIds: [ID!]) {\n    declareIncident(\n      input: { title: $title, impact: $impact, body: \"Investigating.\", componentIds: $componentIds }\n    ) {\n      id\n    }\n  }\n": typeof types.HealthDeclareDocument,
    "\n  mutation HealthAffect($incidentId: ID!, $components: [AffectedComponentInput!]!) {\n    setAffectedComponents(input: { incidentId: $incidentId, components: $components }) {\n      id\n      components {\n        status\n        component {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.HealthAffectDocument,
    "\n  mutation HealthPost($incidentId: ID!, $status: IncidentStatus!) {\n    postIncidentUpdate(input: { incidentId: $incidentId, status: $status, body: \"Update.\" }) {\n      id\n    }\n  }\n": typeof types.HealthPostDocument,
    "\n  mutation HealthSetStatus($componentId: ID!, $status: ComponentStatus!) {\n    setComponentStatus(input: { componentId: $componentId, status: $status }) {\n      status\n      manualStatus\n    }\n  }\n": typeof types.HealthSetStatusDocument,
    "\n  query HealthComponents {\n    components {\n      id\n      name\n      status\n      manualStatus\n    }\n  }\n": typeof types.HealthComponentsDocument,
    "\n  query DedupedIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      updates {\n        body\n      }\n      components {\n        component {\n          id\n        }\n        status\n      }\n    }\n  }\n": typeof types.DedupedIncidentDocument,
    "\n  query DrillClockView($id: ID!) {\n    incident(id: $id) {\n      status\n      drill\n      primaryFlow\n      nextUpdateBy\n      updates {\n        status\n        createdAt\n        nextUpdateBy\n      }\n      recovery {\n        flow\n        threshold\n      }\n      drillRun {\n        speed\n        state\n        startedAt\n        endedAt\n        sourceStartedAt\n        scenarioDurationSeconds\n        scenarioAt\n        scenarioElapsedSeconds\n        progress\n      }\n    }\n  }\n": typeof types.DrillClockViewDocument,
    "\n  mutation DrillClockStart($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n    }\n  }\n": typeof types.DrillClockStartDocument,
    "\n  mutation DrillClockStop($id: ID!) {\n    stopDrill(id: $id) {\n      status\n    }\n  }\n": typeof types.DrillClockStopDocument,
    "\n  mutation DrillExclusionWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        id\n      }\n    }\n  }\n": typeof types.DrillExclusionWebhookDocument,
    "\n  query DrillExclusionComponents {\n    components {\n      id\n      status\n    }\n  }\n": typeof types.DrillExclusionComponentsDocument,
    "\n  query DrillSource {\n    incidents(first: 1, filter: { drill: false }) {\n      edges {\n        node {\n          id\n          startedAt\n          resolvedAt\n          updates {\n            body\n          }\n          recovery {\n            samples {\n              value\n            }\n          }\n          timeline {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrillSourceDocument,
    "\n  mutation StartDrill($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n      drill\n      title\n      drillOf {\n        id\n      }\n    }\n  }\n": typeof types.StartDrillDocument,
    "\n  query DrillState($id: ID!) {\n    incident(id: $id) {\n      status\n      drill\n      updates {\n        body\n      }\n      recovery {\n        samples {\n          value\n        }\n      }\n      timeline {\n        text\n      }\n    }\n    incidentStats {\n      count\n    }\n    incidents {\n      totalCount\n    }\n    drills: incidents(filter: { drill: true }) {\n      totalCount\n    }\n  }\n": typeof types.DrillStateDocument,
    "\n  mutation CommanderControlsAddAction($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CommanderControlsAddActionDocument,
    "\n  query CommanderControlsDetails($id: ID!) {\n    incident(id: $id) {\n      impact\n      components {\n        status\n        component {\n          name\n        }\n      }\n      actionItems {\n        title\n        owner\n        dueAt\n      }\n    }\n  }\n": typeof types.CommanderControlsDetailsDocument,
    "\n  mutation E2eDrillStop($id: ID!) {\n    stopDrill(id: $id) {\n      status\n    }\n  }\n": typeof types.E2eDrillStopDocument,
    "\n  query E2eDrillClock($id: ID!) {\n    incident(id: $id) {\n      nextUpdateBy\n      updates {\n        createdAt\n        nextUpdateBy\n      }\n      drillRun {\n        state\n        scenarioAt\n        scenarioElapsedSeconds\n        scenarioDurationSeconds\n      }\n    }\n  }\n": typeof types.E2eDrillClockDocument,
    "\n  mutation E2eHistoryImport($input: ImportIncidentInput!) {\n    importIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.E2eHistoryImportDocument,
    "\n  query E2eHistoryMilestones($filter: IncidentFilter) {\n    incidentStats(filter: $filter) {\n      timeToRecover50 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n      timeToRecover90 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n      timeToRecover100 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n    }\n  }\n": typeof types.E2eHistoryMilestonesDocument,
    "\n  mutation E2eDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.E2eDeclareDocument,
    "\n  mutation E2ePostUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.E2ePostUpdateDocument,
    "\n  mutation E2eStartDrill($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n    }\n  }\n": typeof types.E2eStartDrillDocument,
    "\n  mutation E2eRecord($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      value\n    }\n  }\n": typeof types.E2eRecordDocument,
    "\n  query E2eIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      updates {\n        id\n        status\n        body\n      }\n    }\n  }\n": typeof types.E2eIncidentDocument,
    "\n  query E2eSeed {\n    incidents(filter: { text: \"Global Outage\" }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.E2eSeedDocument,
    "\n  mutation E2eCreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      id\n    }\n  }\n": typeof types.E2eCreateComponentDocument,
    "\n  mutation E2eSetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.E2eSetComponentStatusDocument,
    "\n  query E2eSeedSales($id: ID!) {\n    incident(id: $id) {\n      startedAt\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n    }\n  }\n": typeof types.E2eSeedSalesDocument,
    "\n  query E2eIncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      status\n      updates {\n        id\n      }\n      recovery {\n        flow\n        samples {\n          value\n        }\n      }\n    }\n  }\n": typeof types.E2eIncidentAtDocument,
    "\n  query E2eDrillUpdates($id: ID!) {\n    incident(id: $id) {\n      drill\n      updates {\n        createdAt\n      }\n    }\n  }\n": typeof types.E2eDrillUpdatesDocument,
    "\n  query E2eSeedTimes($id: ID!) {\n    incident(id: $id) {\n      startedAt\n      resolvedAt\n      updates {\n        createdAt\n      }\n    }\n  }\n": typeof types.E2eSeedTimesDocument,
    "\n  query DraftOfSeed {\n    incidents(first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.DraftOfSeedDocument,
    "\n  query DraftPostmortem($id: ID!) {\n    draftPostmortem(incidentId: $id)\n  }\n": typeof types.DraftPostmortemDocument,
    "\n  mutation CadenceStatsDeclare($nextUpdateBy: DateTime) {\n    declareIncident(\n      input: { title: \"Cadence\", impact: MAJOR, body: \"Looking.\", nextUpdateBy: $nextUpdateBy }\n    ) {\n      id\n    }\n  }\n": typeof types.CadenceStatsDeclareDocument,
    "\n  mutation CadenceStatsPost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {\n    postIncidentUpdate(\n      input: {\n        incidentId: $incidentId\n        status: $status\n        body: \"Still looking.\"\n        nextUpdateBy: $nextUpdateBy\n      }\n    ) {\n      id\n    }\n  }\n": typeof types.CadenceStatsPostDocument,
    "\n  query CadenceStats {\n    incidentStats {\n      cadence {\n        promised\n        kept\n        late\n        pending\n        adherence\n        worstLatenessSeconds\n      }\n    }\n  }\n": typeof types.CadenceStatsDocument,
    "\n  mutation CadenceDeclare($impact: Impact!, $nextUpdateBy: DateTime) {\n    declareIncident(\n      input: { title: \"Cadence\", impact: $impact, body: \"Looking.\", nextUpdateBy: $nextUpdateBy }\n    ) {\n      id\n      nextUpdateBy\n      updates {\n        nextUpdateBy\n      }\n    }\n  }\n": typeof types.CadenceDeclareDocument,
    "\n  mutation CadencePost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {\n    postIncidentUpdate(\n      input: {\n        incidentId: $incidentId\n        status: $status\n        body: \"Still looking.\"\n        nextUpdateBy: $nextUpdateBy\n      }\n    ) {\n      nextUpdateBy\n    }\n  }\n": typeof types.CadencePostDocument,
    "\n  mutation CadencePostDefault($incidentId: ID!) {\n    postIncidentUpdate(input: { incidentId: $incidentId, status: IDENTIFIED, body: \"Found it.\" }) {\n      nextUpdateBy\n    }\n  }\n": typeof types.CadencePostDefaultDocument,
    "\n  query CadenceIncident($id: ID!) {\n    incident(id: $id) {\n      nextUpdateBy\n    }\n  }\n": typeof types.CadenceIncidentDocument,
    "\n  mutation CadenceRecord($incidentId: ID!, $flow: String!) {\n    recordRecovery(input: { incidentId: $incidentId, flow: $flow, value: 10 }) {\n      value\n    }\n  }\n": typeof types.CadenceRecordDocument,
    "\n  fragment IncidentDetails on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    durationSeconds\n    postmortem\n    components {\n      status\n      component {\n        id\n        name\n        status\n      }\n    }\n    updates {\n      id\n      status\n      body\n      createdAt\n      author\n    }\n    recovery {\n      flow\n      latest {\n        at\n        value\n      }\n      samples {\n        at\n        value\n        note\n      }\n    }\n    timeline {\n      id\n      at\n      text\n    }\n    actionItems {\n      id\n      title\n      owner\n      status\n      dueAt\n    }\n  }\n": typeof types.IncidentDetailsFragmentDoc,
    "\n  mutation IncidentsDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentDetails\n    }\n  }\n": typeof types.IncidentsDeclareDocument,
    "\n  mutation IncidentsPostUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      status\n      body\n      createdAt\n      author\n    }\n  }\n": typeof types.IncidentsPostUpdateDocument,
    "\n  query IncidentsRead($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetails\n    }\n  }\n": typeof types.IncidentsReadDocument,
    "\n  query IncidentsList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n        }\n      }\n    }\n  }\n": typeof types.IncidentsListDocument,
    "\n  mutation IncidentsRecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      at\n      value\n    }\n  }\n": typeof types.IncidentsRecordRecoveryDocument,
    "\n  mutation IncidentsAddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.IncidentsAddTimelineEventDocument,
    "\n  mutation IncidentsCreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      id\n    }\n  }\n": typeof types.IncidentsCreateComponentDocument,
    "\n  mutation StatsFilterImport($input: ImportIncidentInput!) {\n    importIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.StatsFilterImportDocument,
    "\n  mutation StatsFilterDrill($id: ID!) {\n    startDrill(input: { incidentId: $id, speed: 60 }) {\n      id\n    }\n  }\n": typeof types.StatsFilterDrillDocument,
    "\n  query StatsFilter($filter: IncidentFilter, $from: DateTime, $to: DateTime, $buckets: Int) {\n    incidentStats(filter: $filter, from: $from, to: $to) {\n      count\n      timeToRecover50 {\n        count\n        medianSeconds\n        histogram(buckets: $buckets) {\n          fromSeconds\n          toSeconds\n          count\n        }\n      }\n    }\n    incidents(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.StatsFilterDocument,
    "\n  mutation ImportStatuspage($input: ImportStatuspageInput!) {\n    importStatuspage(input: $input) {\n      incidentsCreated\n      incidentsUpdated\n      incidentsUnchanged\n      updatesCreated\n      componentsCreated\n      componentsUpdated\n      errors\n    }\n  }\n": typeof types.ImportStatuspageDocument,
    "\n  mutation CrashDeclare {\n    declareIncident(input: { title: \"crash\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.CrashDeclareDocument,
    "\n  mutation CrashRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": typeof types.CrashRecordDocument,
    "\n  query CrashSamples($id: ID!) {\n    incident(id: $id) {\n      recovery {\n        samples {\n          value\n        }\n      }\n    }\n  }\n": typeof types.CrashSamplesDocument,
    "\n  mutation RestartDeclare {\n    declareIncident(input: { title: \"engine restart\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.RestartDeclareDocument,
    "\n  mutation RestartRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": typeof types.RestartRecordDocument,
    "\n  mutation LivePostUpdate($id: ID!, $status: IncidentStatus!, $body: String!) {\n    postIncidentUpdate(input: { incidentId: $id, status: $status, body: $body }) {\n      id\n    }\n  }\n": typeof types.LivePostUpdateDocument,
    "\n  mutation LiveRecordRecovery($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"sales_flow\", value: 75 }) {\n      value\n    }\n  }\n": typeof types.LiveRecordRecoveryDocument,
    "\n  mutation LiveAddTimelineEvent($id: ID!, $at: DateTime!) {\n    addTimelineEvent(input: { incidentId: $id, at: $at, text: \"rolled back\" }) {\n      id\n    }\n  }\n": typeof types.LiveAddTimelineEventDocument,
    "\n  mutation LiveSetImpact($id: ID!) {\n    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {\n      id\n    }\n  }\n": typeof types.LiveSetImpactDocument,
    "\n  mutation LiveSetComponentStatus($c: ID!) {\n    setComponentStatus(input: { componentId: $c, status: MAJOR_OUTAGE }) {\n      id\n    }\n  }\n": typeof types.LiveSetComponentStatusDocument,
    "\n  mutation LiveAddActionItem($id: ID!) {\n    addActionItem(input: { incidentId: $id, title: \"add alert\" }) {\n      id\n    }\n  }\n": typeof types.LiveAddActionItemDocument,
    "\n  mutation LiveSetPostmortem($id: ID!) {\n    setPostmortem(input: { incidentId: $id, markdown: \"# What happened\" }) {\n      id\n    }\n  }\n": typeof types.LiveSetPostmortemDocument,
    "\n  mutation MultiDeclare {\n    declareIncident(input: { title: \"multi\", impact: MAJOR, body: \"seen everywhere?\" }) {\n      id\n    }\n  }\n": typeof types.MultiDeclareDocument,
    "\n  mutation MultiRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": typeof types.MultiRecordDocument,
    "\n  mutation ProxyRecord($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      value\n    }\n  }\n": typeof types.ProxyRecordDocument,
    "\n  mutation ProxyDeclare {\n    declareIncident(input: { title: \"behind nginx\", impact: MAJOR, body: \"scale-out\" }) {\n      id\n    }\n  }\n": typeof types.ProxyDeclareDocument,
    "\n  query ResilienceRecovery($id: ID!) {\n    incident(id: $id) {\n      recovery {\n        samples {\n          value\n        }\n      }\n    }\n  }\n": typeof types.ResilienceRecoveryDocument,
    "\n  subscription ResilienceUpdateBodies($id: ID) {\n    events(incidentId: $id) {\n      cursor\n      incident {\n        updates {\n          body\n        }\n      }\n    }\n  }\n": typeof types.ResilienceUpdateBodiesDocument,
    "\n  subscription ResilienceCursors {\n    events {\n      cursor\n    }\n  }\n": typeof types.ResilienceCursorsDocument,
    "\n  mutation StormDeclare {\n    declareIncident(input: { title: \"storm\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n": typeof types.StormDeclareDocument,
    "\n  mutation StormRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": typeof types.StormRecordDocument,
    "\n  query SeedRecovery {\n    incidents(first: 1) {\n      edges {\n        node {\n          id\n          startedAt\n          primaryFlow\n          recovery {\n            flow\n            kind\n            trendPerHour\n            etaToFull\n            threshold\n            backUnderThresholdAt\n            milestones {\n              reached50At\n              reached90At\n              reached100At\n            }\n            peak {\n              at\n              value\n            }\n          }\n        }\n      }\n    }\n    incidentStats {\n      timeToRecover50 {\n        count\n        medianSeconds\n      }\n      timeToRecover90 {\n        count\n        medianSeconds\n      }\n      timeToRecover100 {\n        count\n        medianSeconds\n      }\n    }\n  }\n": typeof types.SeedRecoveryDocument,
    "\n  mutation SetPrimaryFlow($input: SetPrimaryFlowInput!) {\n    setPrimaryFlow(input: $input) {\n      id\n      primaryFlow\n      recovery {\n        flow\n      }\n    }\n  }\n": typeof types.SetPrimaryFlowDocument,
    "\n  mutation SetFlowThreshold($input: SetFlowThresholdInput!) {\n    setFlowThreshold(input: $input) {\n      id\n      recovery {\n        flow\n        threshold\n        backUnderThresholdAt\n      }\n    }\n  }\n": typeof types.SetFlowThresholdDocument,
    "\n  query TokenScriptViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.TokenScriptViewerRoleDocument,
    "\n  query DemoSeeded {\n    incidents(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n          durationSeconds\n          postmortem\n          components {\n            status\n          }\n          updates {\n            status\n            body\n            createdAt\n          }\n          timeline {\n            at\n            text\n          }\n          recovery {\n            flow\n            samples {\n              at\n              value\n              note\n            }\n          }\n          actionItems {\n            title\n            status\n          }\n        }\n      }\n    }\n    components {\n      name\n      status\n    }\n    incidentStats {\n      count\n      timeToIdentify {\n        count\n        medianSeconds\n      }\n      timeToMitigate {\n        count\n        medianSeconds\n      }\n      timeToResolve {\n        count\n        medianSeconds\n        meanSeconds\n        p90Seconds\n      }\n    }\n  }\n": typeof types.DemoSeededDocument,
    "\n  query DemoCount {\n    incidents {\n      totalCount\n    }\n  }\n": typeof types.DemoCountDocument,
    "\n  subscription Events($incidentId: ID, $after: String) {\n    events(incidentId: $incidentId, after: $after) {\n      cursor\n      type\n      incidentId\n      flow\n      update {\n        id\n        body\n      }\n      sample {\n        value\n      }\n      timelineEvent {\n        text\n      }\n      component {\n        name\n        status\n      }\n      actionItem {\n        title\n        status\n      }\n      incident {\n        id\n        status\n        impact\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  mutation TakeoverSubscribe($url: String!) {\n    createWebhookSubscription(input: { url: $url, format: WAR_ROOM }) {\n      subscription {\n        id\n      }\n    }\n  }\n": typeof types.TakeoverSubscribeDocument,
    "\n  mutation TakeoverDeclare {\n    declareIncident(input: { title: \"Checkout down\", impact: MAJOR, body: \"Investigating\" }) {\n      id\n    }\n  }\n": typeof types.TakeoverDeclareDocument,
    "\n  mutation TakeoverPost($id: ID!, $body: String!) {\n    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: $body }) {\n      id\n    }\n  }\n": typeof types.TakeoverPostDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        format\n        paused\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  query WebhookDeliveries {\n    webhookSubscriptions {\n      id\n      deliveries(first: 50) {\n        id\n        eventId\n        status\n        attempts\n        lastError\n        responseCode\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation PauseWebhook($id: ID!, $paused: Boolean!) {\n    setWebhookSubscriptionPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n": typeof types.PauseWebhookDocument,
};
const documents: Documents = {
    "\n  mutation HardeningDeclare($title: String!) {\n    declareIncident(input: { title: $title, impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n": types.HardeningDeclareDocument,
    "\n  query HardeningTypename {\n    __typename\n  }\n": types.HardeningTypenameDocument,
    "\n  query LifecycleCount {\n    incidents {\n      totalCount\n    }\n  }\n": types.LifecycleCountDocument,
    "\n  mutation MetricsDeclare {\n    declareIncident(input: { title: \"metrics\", impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n": types.MetricsDeclareDocument,
    "\n  mutation MetricsRecord($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: 50 }) {\n      value\n    }\n  }\n": types.MetricsRecordDocument,
    "\n  mutation MetricsMissing {\n    recordRecovery(input: { incidentId: \"000000000000000000000000\", flow: \"orders\", value: 1 }) {\n      value\n    }\n  }\n": types.MetricsMissingDocument,
    "\n  mutation ScalarDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      startedAt\n    }\n  }\n": types.ScalarDeclareDocument,
    "\n  query ScalarCount {\n    incidents {\n      totalCount\n    }\n  }\n": types.ScalarCountDocument,
    "\n  query PrivateCount {\n    incidents {\n      totalCount\n    }\n  }\n": types.PrivateCountDocument,
    "\n  mutation RolesDeclareIncident {\n    declareIncident(input: { title: \"t\", impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n": types.RolesDeclareIncidentDocument,
    "\n  mutation RolesPostUpdateOpen($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: \"b\" }) {\n      id\n    }\n  }\n": types.RolesPostUpdateOpenDocument,
    "\n  mutation RolesPostUpdateResolved($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: RESOLVED, body: \"b\" }) {\n      id\n    }\n  }\n": types.RolesPostUpdateResolvedDocument,
    "\n  mutation RolesPostUpdateReopen($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: MONITORING, body: \"b\" }) {\n      id\n    }\n  }\n": types.RolesPostUpdateReopenDocument,
    "\n  mutation RolesRecordRecovery($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: 42 }) {\n      value\n    }\n  }\n": types.RolesRecordRecoveryDocument,
    "\n  mutation RolesAddTimelineEvent($id: ID!, $at: DateTime!) {\n    addTimelineEvent(input: { incidentId: $id, at: $at, text: \"x\" }) {\n      id\n    }\n  }\n": types.RolesAddTimelineEventDocument,
    "\n  mutation RolesSetIncidentImpact($id: ID!) {\n    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {\n      impact\n    }\n  }\n": types.RolesSetIncidentImpactDocument,
    "\n  mutation RolesSetAffectedComponents($id: ID!, $c: ID!) {\n    setAffectedComponents(\n      input: { incidentId: $id, components: [{ componentId: $c, status: PARTIAL_OUTAGE }] }\n    ) {\n      id\n    }\n  }\n": types.RolesSetAffectedComponentsDocument,
    "\n  mutation RolesCreateComponent($n: String!) {\n    createComponent(input: { name: $n }) {\n      id\n    }\n  }\n": types.RolesCreateComponentDocument,
    "\n  mutation RolesSetComponentStatus($c: ID!) {\n    setComponentStatus(input: { componentId: $c, status: DEGRADED_PERFORMANCE }) {\n      status\n    }\n  }\n": types.RolesSetComponentStatusDocument,
    "\n  mutation RolesAddActionItem($id: ID!) {\n    addActionItem(input: { incidentId: $id, title: \"fix it\" }) {\n      id\n    }\n  }\n": types.RolesAddActionItemDocument,
    "\n  mutation RolesUpdateActionItem($id: ID!) {\n    updateActionItem(input: { id: $id, status: DONE }) {\n      status\n    }\n  }\n": types.RolesUpdateActionItemDocument,
    "\n  mutation RolesSetPostmortem($id: ID!) {\n    setPostmortem(input: { incidentId: $id, markdown: \"# PM\" }) {\n      postmortem\n    }\n  }\n": types.RolesSetPostmortemDocument,
    "\n  mutation RolesImportIncident($at: DateTime!) {\n    importIncident(\n      input: {\n        title: \"i\"\n        impact: NONE\n        startedAt: $at\n        updates: [{ status: RESOLVED, body: \"done\", createdAt: $at }]\n      }\n    ) {\n      id\n    }\n  }\n": types.RolesImportIncidentDocument,
    "\n  mutation RolesCreateApiToken {\n    createApiToken(input: { name: \"n\", role: VIEWER }) {\n      token\n    }\n  }\n": types.RolesCreateApiTokenDocument,
    "\n  mutation RolesRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RolesRevokeApiTokenDocument,
    "\n  query RolesViewer {\n    viewer {\n      role\n    }\n  }\n": types.RolesViewerDocument,
    "\n  query TokenScriptViewer {\n    viewer {\n      role\n      name\n    }\n  }\n": types.TokenScriptViewerDocument,
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      id\n      name\n      role\n      token\n    }\n  }\n": types.TokensCreateDocument,
    "\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.TokensRevokeDocument,
    "\n  query TokensViewer {\n    viewer {\n      role\n      name\n    }\n  }\n": types.TokensViewerDocument,
    "\n  query TokensViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.TokensViewerRoleDocument,
    "\n  mutation HealthCreateComponent($name: String!) {\n    createComponent(input: { name: $name, group: \"Storefront\" }) {\n      id\n    }\n  }\n": types.HealthCreateComponentDocument,
    "\n  mutation HealthDeclare($title: String!, $impact: Impact!, $componentIds: [ID!]) {\n    declareIncident(\n      input: { title: $title, impact: $impact, body: \"Investigating.\", componentIds: $componentIds }\n    ) {\n      id\n    }\n  }\n": types.HealthDeclareDocument,
    "\n  mutation HealthAffect($incidentId: ID!, $components: [AffectedComponentInput!]!) {\n    setAffectedComponents(input: { incidentId: $incidentId, components: $components }) {\n      id\n      components {\n        status\n        component {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.HealthAffectDocument,
    "\n  mutation HealthPost($incidentId: ID!, $status: IncidentStatus!) {\n    postIncidentUpdate(input: { incidentId: $incidentId, status: $status, body: \"Update.\" }) {\n      id\n    }\n  }\n": types.HealthPostDocument,
    "\n  mutation HealthSetStatus($componentId: ID!, $status: ComponentStatus!) {\n    setComponentStatus(input: { componentId: $componentId, status: $status }) {\n      status\n      manualStatus\n    }\n  }\n": types.HealthSetStatusDocument,
    "\n  query HealthComponents {\n    components {\n      id\n      name\n      status\n      manualStatus\n    }\n  }\n": types.HealthComponentsDocument,
    "\n  query DedupedIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      updates {\n        body\n      }\n      components {\n        component {\n          id\n        }\n        status\n      }\n    }\n  }\n": types.DedupedIncidentDocument,
    "\n  query DrillClockView($id: ID!) {\n    incident(id: $id) {\n      status\n      drill\n      primaryFlow\n      nextUpdateBy\n      updates {\n        status\n        createdAt\n        nextUpdateBy\n      }\n      recovery {\n        flow\n        threshold\n      }\n      drillRun {\n        speed\n        state\n        startedAt\n        endedAt\n        sourceStartedAt\n        scenarioDurationSeconds\n        scenarioAt\n        scenarioElapsedSeconds\n        progress\n      }\n    }\n  }\n": types.DrillClockViewDocument,
    "\n  mutation DrillClockStart($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n    }\n  }\n": types.DrillClockStartDocument,
    "\n  mutation DrillClockStop($id: ID!) {\n    stopDrill(id: $id) {\n      status\n    }\n  }\n": types.DrillClockStopDocument,
    "\n  mutation DrillExclusionWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        id\n      }\n    }\n  }\n": types.DrillExclusionWebhookDocument,
    "\n  query DrillExclusionComponents {\n    components {\n      id\n      status\n    }\n  }\n": types.DrillExclusionComponentsDocument,
    "\n  query DrillSource {\n    incidents(first: 1, filter: { drill: false }) {\n      edges {\n        node {\n          id\n          startedAt\n          resolvedAt\n          updates {\n            body\n          }\n          recovery {\n            samples {\n              value\n            }\n          }\n          timeline {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.DrillSourceDocument,
    "\n  mutation StartDrill($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n      drill\n      title\n      drillOf {\n        id\n      }\n    }\n  }\n": types.StartDrillDocument,
    "\n  query DrillState($id: ID!) {\n    incident(id: $id) {\n      status\n      drill\n      updates {\n        body\n      }\n      recovery {\n        samples {\n          value\n        }\n      }\n      timeline {\n        text\n      }\n    }\n    incidentStats {\n      count\n    }\n    incidents {\n      totalCount\n    }\n    drills: incidents(filter: { drill: true }) {\n      totalCount\n    }\n  }\n": types.DrillStateDocument,
    "\n  mutation CommanderControlsAddAction($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n": types.CommanderControlsAddActionDocument,
    "\n  query CommanderControlsDetails($id: ID!) {\n    incident(id: $id) {\n      impact\n      components {\n        status\n        component {\n          name\n        }\n      }\n      actionItems {\n        title\n        owner\n        dueAt\n      }\n    }\n  }\n": types.CommanderControlsDetailsDocument,
    "\n  mutation E2eDrillStop($id: ID!) {\n    stopDrill(id: $id) {\n      status\n    }\n  }\n": types.E2eDrillStopDocument,
    "\n  query E2eDrillClock($id: ID!) {\n    incident(id: $id) {\n      nextUpdateBy\n      updates {\n        createdAt\n        nextUpdateBy\n      }\n      drillRun {\n        state\n        scenarioAt\n        scenarioElapsedSeconds\n        scenarioDurationSeconds\n      }\n    }\n  }\n": types.E2eDrillClockDocument,
    "\n  mutation E2eHistoryImport($input: ImportIncidentInput!) {\n    importIncident(input: $input) {\n      id\n    }\n  }\n": types.E2eHistoryImportDocument,
    "\n  query E2eHistoryMilestones($filter: IncidentFilter) {\n    incidentStats(filter: $filter) {\n      timeToRecover50 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n      timeToRecover90 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n      timeToRecover100 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n    }\n  }\n": types.E2eHistoryMilestonesDocument,
    "\n  mutation E2eDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n": types.E2eDeclareDocument,
    "\n  mutation E2ePostUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n    }\n  }\n": types.E2ePostUpdateDocument,
    "\n  mutation E2eStartDrill($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n    }\n  }\n": types.E2eStartDrillDocument,
    "\n  mutation E2eRecord($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      value\n    }\n  }\n": types.E2eRecordDocument,
    "\n  query E2eIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      updates {\n        id\n        status\n        body\n      }\n    }\n  }\n": types.E2eIncidentDocument,
    "\n  query E2eSeed {\n    incidents(filter: { text: \"Global Outage\" }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.E2eSeedDocument,
    "\n  mutation E2eCreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      id\n    }\n  }\n": types.E2eCreateComponentDocument,
    "\n  mutation E2eSetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      id\n    }\n  }\n": types.E2eSetComponentStatusDocument,
    "\n  query E2eSeedSales($id: ID!) {\n    incident(id: $id) {\n      startedAt\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n    }\n  }\n": types.E2eSeedSalesDocument,
    "\n  query E2eIncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      status\n      updates {\n        id\n      }\n      recovery {\n        flow\n        samples {\n          value\n        }\n      }\n    }\n  }\n": types.E2eIncidentAtDocument,
    "\n  query E2eDrillUpdates($id: ID!) {\n    incident(id: $id) {\n      drill\n      updates {\n        createdAt\n      }\n    }\n  }\n": types.E2eDrillUpdatesDocument,
    "\n  query E2eSeedTimes($id: ID!) {\n    incident(id: $id) {\n      startedAt\n      resolvedAt\n      updates {\n        createdAt\n      }\n    }\n  }\n": types.E2eSeedTimesDocument,
    "\n  query DraftOfSeed {\n    incidents(first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.DraftOfSeedDocument,
    "\n  query DraftPostmortem($id: ID!) {\n    draftPostmortem(incidentId: $id)\n  }\n": types.DraftPostmortemDocument,
    "\n  mutation CadenceStatsDeclare($nextUpdateBy: DateTime) {\n    declareIncident(\n      input: { title: \"Cadence\", impact: MAJOR, body: \"Looking.\", nextUpdateBy: $nextUpdateBy }\n    ) {\n      id\n    }\n  }\n": types.CadenceStatsDeclareDocument,
    "\n  mutation CadenceStatsPost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {\n    postIncidentUpdate(\n      input: {\n        incidentId: $incidentId\n        status: $status\n        body: \"Still looking.\"\n        nextUpdateBy: $nextUpdateBy\n      }\n    ) {\n      id\n    }\n  }\n": types.CadenceStatsPostDocument,
    "\n  query CadenceStats {\n    incidentStats {\n      cadence {\n        promised\n        kept\n        late\n        pending\n        adherence\n        worstLatenessSeconds\n      }\n    }\n  }\n": types.CadenceStatsDocument,
    "\n  mutation CadenceDeclare($impact: Impact!, $nextUpdateBy: DateTime) {\n    declareIncident(\n      input: { title: \"Cadence\", impact: $impact, body: \"Looking.\", nextUpdateBy: $nextUpdateBy }\n    ) {\n      id\n      nextUpdateBy\n      updates {\n        nextUpdateBy\n      }\n    }\n  }\n": types.CadenceDeclareDocument,
    "\n  mutation CadencePost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {\n    postIncidentUpdate(\n      input: {\n        incidentId: $incidentId\n        status: $status\n        body: \"Still looking.\"\n        nextUpdateBy: $nextUpdateBy\n      }\n    ) {\n      nextUpdateBy\n    }\n  }\n": types.CadencePostDocument,
    "\n  mutation CadencePostDefault($incidentId: ID!) {\n    postIncidentUpdate(input: { incidentId: $incidentId, status: IDENTIFIED, body: \"Found it.\" }) {\n      nextUpdateBy\n    }\n  }\n": types.CadencePostDefaultDocument,
    "\n  query CadenceIncident($id: ID!) {\n    incident(id: $id) {\n      nextUpdateBy\n    }\n  }\n": types.CadenceIncidentDocument,
    "\n  mutation CadenceRecord($incidentId: ID!, $flow: String!) {\n    recordRecovery(input: { incidentId: $incidentId, flow: $flow, value: 10 }) {\n      value\n    }\n  }\n": types.CadenceRecordDocument,
    "\n  fragment IncidentDetails on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    durationSeconds\n    postmortem\n    components {\n      status\n      component {\n        id\n        name\n        status\n      }\n    }\n    updates {\n      id\n      status\n      body\n      createdAt\n      author\n    }\n    recovery {\n      flow\n      latest {\n        at\n        value\n      }\n      samples {\n        at\n        value\n        note\n      }\n    }\n    timeline {\n      id\n      at\n      text\n    }\n    actionItems {\n      id\n      title\n      owner\n      status\n      dueAt\n    }\n  }\n": types.IncidentDetailsFragmentDoc,
    "\n  mutation IncidentsDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentDetails\n    }\n  }\n": types.IncidentsDeclareDocument,
    "\n  mutation IncidentsPostUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      status\n      body\n      createdAt\n      author\n    }\n  }\n": types.IncidentsPostUpdateDocument,
    "\n  query IncidentsRead($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetails\n    }\n  }\n": types.IncidentsReadDocument,
    "\n  query IncidentsList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n        }\n      }\n    }\n  }\n": types.IncidentsListDocument,
    "\n  mutation IncidentsRecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      at\n      value\n    }\n  }\n": types.IncidentsRecordRecoveryDocument,
    "\n  mutation IncidentsAddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      id\n    }\n  }\n": types.IncidentsAddTimelineEventDocument,
    "\n  mutation IncidentsCreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      id\n    }\n  }\n": types.IncidentsCreateComponentDocument,
    "\n  mutation StatsFilterImport($input: ImportIncidentInput!) {\n    importIncident(input: $input) {\n      id\n    }\n  }\n": types.StatsFilterImportDocument,
    "\n  mutation StatsFilterDrill($id: ID!) {\n    startDrill(input: { incidentId: $id, speed: 60 }) {\n      id\n    }\n  }\n": types.StatsFilterDrillDocument,
    "\n  query StatsFilter($filter: IncidentFilter, $from: DateTime, $to: DateTime, $buckets: Int) {\n    incidentStats(filter: $filter, from: $from, to: $to) {\n      count\n      timeToRecover50 {\n        count\n        medianSeconds\n        histogram(buckets: $buckets) {\n          fromSeconds\n          toSeconds\n          count\n        }\n      }\n    }\n    incidents(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.StatsFilterDocument,
    "\n  mutation ImportStatuspage($input: ImportStatuspageInput!) {\n    importStatuspage(input: $input) {\n      incidentsCreated\n      incidentsUpdated\n      incidentsUnchanged\n      updatesCreated\n      componentsCreated\n      componentsUpdated\n      errors\n    }\n  }\n": types.ImportStatuspageDocument,
    "\n  mutation CrashDeclare {\n    declareIncident(input: { title: \"crash\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n": types.CrashDeclareDocument,
    "\n  mutation CrashRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": types.CrashRecordDocument,
    "\n  query CrashSamples($id: ID!) {\n    incident(id: $id) {\n      recovery {\n        samples {\n          value\n        }\n      }\n    }\n  }\n": types.CrashSamplesDocument,
    "\n  mutation RestartDeclare {\n    declareIncident(input: { title: \"engine restart\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n": types.RestartDeclareDocument,
    "\n  mutation RestartRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": types.RestartRecordDocument,
    "\n  mutation LivePostUpdate($id: ID!, $status: IncidentStatus!, $body: String!) {\n    postIncidentUpdate(input: { incidentId: $id, status: $status, body: $body }) {\n      id\n    }\n  }\n": types.LivePostUpdateDocument,
    "\n  mutation LiveRecordRecovery($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"sales_flow\", value: 75 }) {\n      value\n    }\n  }\n": types.LiveRecordRecoveryDocument,
    "\n  mutation LiveAddTimelineEvent($id: ID!, $at: DateTime!) {\n    addTimelineEvent(input: { incidentId: $id, at: $at, text: \"rolled back\" }) {\n      id\n    }\n  }\n": types.LiveAddTimelineEventDocument,
    "\n  mutation LiveSetImpact($id: ID!) {\n    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {\n      id\n    }\n  }\n": types.LiveSetImpactDocument,
    "\n  mutation LiveSetComponentStatus($c: ID!) {\n    setComponentStatus(input: { componentId: $c, status: MAJOR_OUTAGE }) {\n      id\n    }\n  }\n": types.LiveSetComponentStatusDocument,
    "\n  mutation LiveAddActionItem($id: ID!) {\n    addActionItem(input: { incidentId: $id, title: \"add alert\" }) {\n      id\n    }\n  }\n": types.LiveAddActionItemDocument,
    "\n  mutation LiveSetPostmortem($id: ID!) {\n    setPostmortem(input: { incidentId: $id, markdown: \"# What happened\" }) {\n      id\n    }\n  }\n": types.LiveSetPostmortemDocument,
    "\n  mutation MultiDeclare {\n    declareIncident(input: { title: \"multi\", impact: MAJOR, body: \"seen everywhere?\" }) {\n      id\n    }\n  }\n": types.MultiDeclareDocument,
    "\n  mutation MultiRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": types.MultiRecordDocument,
    "\n  mutation ProxyRecord($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      value\n    }\n  }\n": types.ProxyRecordDocument,
    "\n  mutation ProxyDeclare {\n    declareIncident(input: { title: \"behind nginx\", impact: MAJOR, body: \"scale-out\" }) {\n      id\n    }\n  }\n": types.ProxyDeclareDocument,
    "\n  query ResilienceRecovery($id: ID!) {\n    incident(id: $id) {\n      recovery {\n        samples {\n          value\n        }\n      }\n    }\n  }\n": types.ResilienceRecoveryDocument,
    "\n  subscription ResilienceUpdateBodies($id: ID) {\n    events(incidentId: $id) {\n      cursor\n      incident {\n        updates {\n          body\n        }\n      }\n    }\n  }\n": types.ResilienceUpdateBodiesDocument,
    "\n  subscription ResilienceCursors {\n    events {\n      cursor\n    }\n  }\n": types.ResilienceCursorsDocument,
    "\n  mutation StormDeclare {\n    declareIncident(input: { title: \"storm\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n": types.StormDeclareDocument,
    "\n  mutation StormRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n": types.StormRecordDocument,
    "\n  query SeedRecovery {\n    incidents(first: 1) {\n      edges {\n        node {\n          id\n          startedAt\n          primaryFlow\n          recovery {\n            flow\n            kind\n            trendPerHour\n            etaToFull\n            threshold\n            backUnderThresholdAt\n            milestones {\n              reached50At\n              reached90At\n              reached100At\n            }\n            peak {\n              at\n              value\n            }\n          }\n        }\n      }\n    }\n    incidentStats {\n      timeToRecover50 {\n        count\n        medianSeconds\n      }\n      timeToRecover90 {\n        count\n        medianSeconds\n      }\n      timeToRecover100 {\n        count\n        medianSeconds\n      }\n    }\n  }\n": types.SeedRecoveryDocument,
    "\n  mutation SetPrimaryFlow($input: SetPrimaryFlowInput!) {\n    setPrimaryFlow(input: $input) {\n      id\n      primaryFlow\n      recovery {\n        flow\n      }\n    }\n  }\n": types.SetPrimaryFlowDocument,
    "\n  mutation SetFlowThreshold($input: SetFlowThresholdInput!) {\n    setFlowThreshold(input: $input) {\n      id\n      recovery {\n        flow\n        threshold\n        backUnderThresholdAt\n      }\n    }\n  }\n": types.SetFlowThresholdDocument,
    "\n  query TokenScriptViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.TokenScriptViewerRoleDocument,
    "\n  query DemoSeeded {\n    incidents(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n          durationSeconds\n          postmortem\n          components {\n            status\n          }\n          updates {\n            status\n            body\n            createdAt\n          }\n          timeline {\n            at\n            text\n          }\n          recovery {\n            flow\n            samples {\n              at\n              value\n              note\n            }\n          }\n          actionItems {\n            title\n            status\n          }\n        }\n      }\n    }\n    components {\n      name\n      status\n    }\n    incidentStats {\n      count\n      timeToIdentify {\n        count\n        medianSeconds\n      }\n      timeToMitigate {\n        count\n        medianSeconds\n      }\n      timeToResolve {\n        count\n        medianSeconds\n        meanSeconds\n        p90Seconds\n      }\n    }\n  }\n": types.DemoSeededDocument,
    "\n  query DemoCount {\n    incidents {\n      totalCount\n    }\n  }\n": types.DemoCountDocument,
    "\n  subscription Events($incidentId: ID, $after: String) {\n    events(incidentId: $incidentId, after: $after) {\n      cursor\n      type\n      incidentId\n      flow\n      update {\n        id\n        body\n      }\n      sample {\n        value\n      }\n      timelineEvent {\n        text\n      }\n      component {\n        name\n        status\n      }\n      actionItem {\n        title\n        status\n      }\n      incident {\n        id\n        status\n        impact\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  mutation TakeoverSubscribe($url: String!) {\n    createWebhookSubscription(input: { url: $url, format: WAR_ROOM }) {\n      subscription {\n        id\n      }\n    }\n  }\n": types.TakeoverSubscribeDocument,
    "\n  mutation TakeoverDeclare {\n    declareIncident(input: { title: \"Checkout down\", impact: MAJOR, body: \"Investigating\" }) {\n      id\n    }\n  }\n": types.TakeoverDeclareDocument,
    "\n  mutation TakeoverPost($id: ID!, $body: String!) {\n    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: $body }) {\n      id\n    }\n  }\n": types.TakeoverPostDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        format\n        paused\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  query WebhookDeliveries {\n    webhookSubscriptions {\n      id\n      deliveries(first: 50) {\n        id\n        eventId\n        status\n        attempts\n        lastError\n        responseCode\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation PauseWebhook($id: ID!, $paused: Boolean!) {\n    setWebhookSubscriptionPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n": types.PauseWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HardeningDeclare($title: String!) {\n    declareIncident(input: { title: $title, impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HardeningDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HardeningTypename {\n    __typename\n  }\n"): typeof import('./graphql.js').HardeningTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleCount {\n    incidents {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').LifecycleCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsDeclare {\n    declareIncident(input: { title: \"metrics\", impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MetricsDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsRecord($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: 50 }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').MetricsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsMissing {\n    recordRecovery(input: { incidentId: \"000000000000000000000000\", flow: \"orders\", value: 1 }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').MetricsMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScalarDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      startedAt\n    }\n  }\n"): typeof import('./graphql.js').ScalarDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScalarCount {\n    incidents {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ScalarCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivateCount {\n    incidents {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').PrivateCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesDeclareIncident {\n    declareIncident(input: { title: \"t\", impact: MINOR, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesDeclareIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesPostUpdateOpen($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesPostUpdateOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesPostUpdateResolved($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: RESOLVED, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesPostUpdateResolvedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesPostUpdateReopen($id: ID!) {\n    postIncidentUpdate(input: { incidentId: $id, status: MONITORING, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesPostUpdateReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesRecordRecovery($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: 42 }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').RolesRecordRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesAddTimelineEvent($id: ID!, $at: DateTime!) {\n    addTimelineEvent(input: { incidentId: $id, at: $at, text: \"x\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesAddTimelineEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesSetIncidentImpact($id: ID!) {\n    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {\n      impact\n    }\n  }\n"): typeof import('./graphql.js').RolesSetIncidentImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesSetAffectedComponents($id: ID!, $c: ID!) {\n    setAffectedComponents(\n      input: { incidentId: $id, components: [{ componentId: $c, status: PARTIAL_OUTAGE }] }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesSetAffectedComponentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCreateComponent($n: String!) {\n    createComponent(input: { name: $n }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesCreateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesSetComponentStatus($c: ID!) {\n    setComponentStatus(input: { componentId: $c, status: DEGRADED_PERFORMANCE }) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').RolesSetComponentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesAddActionItem($id: ID!) {\n    addActionItem(input: { incidentId: $id, title: \"fix it\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesAddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesUpdateActionItem($id: ID!) {\n    updateActionItem(input: { id: $id, status: DONE }) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').RolesUpdateActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesSetPostmortem($id: ID!) {\n    setPostmortem(input: { incidentId: $id, markdown: \"# PM\" }) {\n      postmortem\n    }\n  }\n"): typeof import('./graphql.js').RolesSetPostmortemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesImportIncident($at: DateTime!) {\n    importIncident(\n      input: {\n        title: \"i\"\n        impact: NONE\n        startedAt: $at\n        updates: [{ status: RESOLVED, body: \"done\", createdAt: $at }]\n      }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RolesImportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCreateApiToken {\n    createApiToken(input: { name: \"n\", role: VIEWER }) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').RolesCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql.js').RolesRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesViewer {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql.js').RolesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenScriptViewer {\n    viewer {\n      role\n      name\n    }\n  }\n"): typeof import('./graphql.js').TokenScriptViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      id\n      name\n      role\n      token\n    }\n  }\n"): typeof import('./graphql.js').TokensCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql.js').TokensRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensViewer {\n    viewer {\n      role\n      name\n    }\n  }\n"): typeof import('./graphql.js').TokensViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensViewerRole {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql.js').TokensViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthCreateComponent($name: String!) {\n    createComponent(input: { name: $name, group: \"Storefront\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HealthCreateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthDeclare($title: String!, $impact: Impact!, $componentIds: [ID!]) {\n    declareIncident(\n      input: { title: $title, impact: $impact, body: \"Investigating.\", componentIds: $componentIds }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HealthDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthAffect($incidentId: ID!, $components: [AffectedComponentInput!]!) {\n    setAffectedComponents(input: { incidentId: $incidentId, components: $components }) {\n      id\n      components {\n        status\n        component {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HealthAffectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthPost($incidentId: ID!, $status: IncidentStatus!) {\n    postIncidentUpdate(input: { incidentId: $incidentId, status: $status, body: \"Update.\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HealthPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthSetStatus($componentId: ID!, $status: ComponentStatus!) {\n    setComponentStatus(input: { componentId: $componentId, status: $status }) {\n      status\n      manualStatus\n    }\n  }\n"): typeof import('./graphql.js').HealthSetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthComponents {\n    components {\n      id\n      name\n      status\n      manualStatus\n    }\n  }\n"): typeof import('./graphql.js').HealthComponentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DedupedIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      updates {\n        body\n      }\n      components {\n        component {\n          id\n        }\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').DedupedIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrillClockView($id: ID!) {\n    incident(id: $id) {\n      status\n      drill\n      primaryFlow\n      nextUpdateBy\n      updates {\n        status\n        createdAt\n        nextUpdateBy\n      }\n      recovery {\n        flow\n        threshold\n      }\n      drillRun {\n        speed\n        state\n        startedAt\n        endedAt\n        sourceStartedAt\n        scenarioDurationSeconds\n        scenarioAt\n        scenarioElapsedSeconds\n        progress\n      }\n    }\n  }\n"): typeof import('./graphql.js').DrillClockViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrillClockStart($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DrillClockStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrillClockStop($id: ID!) {\n    stopDrill(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').DrillClockStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrillExclusionWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').DrillExclusionWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrillExclusionComponents {\n    components {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').DrillExclusionComponentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrillSource {\n    incidents(first: 1, filter: { drill: false }) {\n      edges {\n        node {\n          id\n          startedAt\n          resolvedAt\n          updates {\n            body\n          }\n          recovery {\n            samples {\n              value\n            }\n          }\n          timeline {\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DrillSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDrill($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n      drill\n      title\n      drillOf {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').StartDrillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrillState($id: ID!) {\n    incident(id: $id) {\n      status\n      drill\n      updates {\n        body\n      }\n      recovery {\n        samples {\n          value\n        }\n      }\n      timeline {\n        text\n      }\n    }\n    incidentStats {\n      count\n    }\n    incidents {\n      totalCount\n    }\n    drills: incidents(filter: { drill: true }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').DrillStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommanderControlsAddAction($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').CommanderControlsAddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommanderControlsDetails($id: ID!) {\n    incident(id: $id) {\n      impact\n      components {\n        status\n        component {\n          name\n        }\n      }\n      actionItems {\n        title\n        owner\n        dueAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').CommanderControlsDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDrillStop($id: ID!) {\n    stopDrill(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').E2eDrillStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eDrillClock($id: ID!) {\n    incident(id: $id) {\n      nextUpdateBy\n      updates {\n        createdAt\n        nextUpdateBy\n      }\n      drillRun {\n        state\n        scenarioAt\n        scenarioElapsedSeconds\n        scenarioDurationSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eDrillClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eHistoryImport($input: ImportIncidentInput!) {\n    importIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').E2eHistoryImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eHistoryMilestones($filter: IncidentFilter) {\n    incidentStats(filter: $filter) {\n      timeToRecover50 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n      timeToRecover90 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n      timeToRecover100 {\n        count\n        histogram(buckets: 12) {\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eHistoryMilestonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').E2eDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ePostUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').E2ePostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eStartDrill($input: StartDrillInput!) {\n    startDrill(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').E2eStartDrillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eRecord($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').E2eRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      updates {\n        id\n        status\n        body\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSeed {\n    incidents(filter: { text: \"Global Outage\" }, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').E2eCreateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eSetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').E2eSetComponentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSeedSales($id: ID!) {\n    incident(id: $id) {\n      startedAt\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eSeedSalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eIncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      status\n      updates {\n        id\n      }\n      recovery {\n        flow\n        samples {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eIncidentAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eDrillUpdates($id: ID!) {\n    incident(id: $id) {\n      drill\n      updates {\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eDrillUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSeedTimes($id: ID!) {\n    incident(id: $id) {\n      startedAt\n      resolvedAt\n      updates {\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').E2eSeedTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftOfSeed {\n    incidents(first: 1) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DraftOfSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPostmortem($id: ID!) {\n    draftPostmortem(incidentId: $id)\n  }\n"): typeof import('./graphql.js').DraftPostmortemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CadenceStatsDeclare($nextUpdateBy: DateTime) {\n    declareIncident(\n      input: { title: \"Cadence\", impact: MAJOR, body: \"Looking.\", nextUpdateBy: $nextUpdateBy }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').CadenceStatsDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CadenceStatsPost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {\n    postIncidentUpdate(\n      input: {\n        incidentId: $incidentId\n        status: $status\n        body: \"Still looking.\"\n        nextUpdateBy: $nextUpdateBy\n      }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').CadenceStatsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceStats {\n    incidentStats {\n      cadence {\n        promised\n        kept\n        late\n        pending\n        adherence\n        worstLatenessSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').CadenceStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CadenceDeclare($impact: Impact!, $nextUpdateBy: DateTime) {\n    declareIncident(\n      input: { title: \"Cadence\", impact: $impact, body: \"Looking.\", nextUpdateBy: $nextUpdateBy }\n    ) {\n      id\n      nextUpdateBy\n      updates {\n        nextUpdateBy\n      }\n    }\n  }\n"): typeof import('./graphql.js').CadenceDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CadencePost($incidentId: ID!, $status: IncidentStatus!, $nextUpdateBy: DateTime) {\n    postIncidentUpdate(\n      input: {\n        incidentId: $incidentId\n        status: $status\n        body: \"Still looking.\"\n        nextUpdateBy: $nextUpdateBy\n      }\n    ) {\n      nextUpdateBy\n    }\n  }\n"): typeof import('./graphql.js').CadencePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CadencePostDefault($incidentId: ID!) {\n    postIncidentUpdate(input: { incidentId: $incidentId, status: IDENTIFIED, body: \"Found it.\" }) {\n      nextUpdateBy\n    }\n  }\n"): typeof import('./graphql.js').CadencePostDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceIncident($id: ID!) {\n    incident(id: $id) {\n      nextUpdateBy\n    }\n  }\n"): typeof import('./graphql.js').CadenceIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CadenceRecord($incidentId: ID!, $flow: String!) {\n    recordRecovery(input: { incidentId: $incidentId, flow: $flow, value: 10 }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').CadenceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentDetails on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    durationSeconds\n    postmortem\n    components {\n      status\n      component {\n        id\n        name\n        status\n      }\n    }\n    updates {\n      id\n      status\n      body\n      createdAt\n      author\n    }\n    recovery {\n      flow\n      latest {\n        at\n        value\n      }\n      samples {\n        at\n        value\n        note\n      }\n    }\n    timeline {\n      id\n      at\n      text\n    }\n    actionItems {\n      id\n      title\n      owner\n      status\n      dueAt\n    }\n  }\n"): typeof import('./graphql.js').IncidentDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsDeclare($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      ...IncidentDetails\n    }\n  }\n"): typeof import('./graphql.js').IncidentsDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsPostUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      id\n      status\n      body\n      createdAt\n      author\n    }\n  }\n"): typeof import('./graphql.js').IncidentsPostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsRead($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetails\n    }\n  }\n"): typeof import('./graphql.js').IncidentsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').IncidentsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsRecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      at\n      value\n    }\n  }\n"): typeof import('./graphql.js').IncidentsRecordRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsAddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').IncidentsAddTimelineEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsCreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').IncidentsCreateComponentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsFilterImport($input: ImportIncidentInput!) {\n    importIncident(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StatsFilterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatsFilterDrill($id: ID!) {\n    startDrill(input: { incidentId: $id, speed: 60 }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StatsFilterDrillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsFilter($filter: IncidentFilter, $from: DateTime, $to: DateTime, $buckets: Int) {\n    incidentStats(filter: $filter, from: $from, to: $to) {\n      count\n      timeToRecover50 {\n        count\n        medianSeconds\n        histogram(buckets: $buckets) {\n          fromSeconds\n          toSeconds\n          count\n        }\n      }\n    }\n    incidents(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').StatsFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStatuspage($input: ImportStatuspageInput!) {\n    importStatuspage(input: $input) {\n      incidentsCreated\n      incidentsUpdated\n      incidentsUnchanged\n      updatesCreated\n      componentsCreated\n      componentsUpdated\n      errors\n    }\n  }\n"): typeof import('./graphql.js').ImportStatuspageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashDeclare {\n    declareIncident(input: { title: \"crash\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').CrashDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').CrashRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrashSamples($id: ID!) {\n    incident(id: $id) {\n      recovery {\n        samples {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CrashSamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartDeclare {\n    declareIncident(input: { title: \"engine restart\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RestartDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').RestartRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePostUpdate($id: ID!, $status: IncidentStatus!, $body: String!) {\n    postIncidentUpdate(input: { incidentId: $id, status: $status, body: $body }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LivePostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRecordRecovery($id: ID!) {\n    recordRecovery(input: { incidentId: $id, flow: \"sales_flow\", value: 75 }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').LiveRecordRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveAddTimelineEvent($id: ID!, $at: DateTime!) {\n    addTimelineEvent(input: { incidentId: $id, at: $at, text: \"rolled back\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LiveAddTimelineEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSetImpact($id: ID!) {\n    setIncidentImpact(input: { incidentId: $id, impact: CRITICAL }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LiveSetImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSetComponentStatus($c: ID!) {\n    setComponentStatus(input: { componentId: $c, status: MAJOR_OUTAGE }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LiveSetComponentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveAddActionItem($id: ID!) {\n    addActionItem(input: { incidentId: $id, title: \"add alert\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LiveAddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSetPostmortem($id: ID!) {\n    setPostmortem(input: { incidentId: $id, markdown: \"# What happened\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').LiveSetPostmortemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiDeclare {\n    declareIncident(input: { title: \"multi\", impact: MAJOR, body: \"seen everywhere?\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MultiDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').MultiRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxyRecord($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').ProxyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProxyDeclare {\n    declareIncident(input: { title: \"behind nginx\", impact: MAJOR, body: \"scale-out\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ProxyDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceRecovery($id: ID!) {\n    incident(id: $id) {\n      recovery {\n        samples {\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResilienceRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResilienceUpdateBodies($id: ID) {\n    events(incidentId: $id) {\n      cursor\n      incident {\n        updates {\n          body\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResilienceUpdateBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResilienceCursors {\n    events {\n      cursor\n    }\n  }\n"): typeof import('./graphql.js').ResilienceCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StormDeclare {\n    declareIncident(input: { title: \"storm\", impact: MAJOR, body: \"b\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StormDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StormRecord($id: ID!, $v: Float!) {\n    recordRecovery(input: { incidentId: $id, flow: \"orders\", value: $v }) {\n      value\n    }\n  }\n"): typeof import('./graphql.js').StormRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedRecovery {\n    incidents(first: 1) {\n      edges {\n        node {\n          id\n          startedAt\n          primaryFlow\n          recovery {\n            flow\n            kind\n            trendPerHour\n            etaToFull\n            threshold\n            backUnderThresholdAt\n            milestones {\n              reached50At\n              reached90At\n              reached100At\n            }\n            peak {\n              at\n              value\n            }\n          }\n        }\n      }\n    }\n    incidentStats {\n      timeToRecover50 {\n        count\n        medianSeconds\n      }\n      timeToRecover90 {\n        count\n        medianSeconds\n      }\n      timeToRecover100 {\n        count\n        medianSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeedRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrimaryFlow($input: SetPrimaryFlowInput!) {\n    setPrimaryFlow(input: $input) {\n      id\n      primaryFlow\n      recovery {\n        flow\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetPrimaryFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFlowThreshold($input: SetFlowThresholdInput!) {\n    setFlowThreshold(input: $input) {\n      id\n      recovery {\n        flow\n        threshold\n        backUnderThresholdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetFlowThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenScriptViewerRole {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql.js').TokenScriptViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSeeded {\n    incidents(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n          durationSeconds\n          postmortem\n          components {\n            status\n          }\n          updates {\n            status\n            body\n            createdAt\n          }\n          timeline {\n            at\n            text\n          }\n          recovery {\n            flow\n            samples {\n              at\n              value\n              note\n            }\n          }\n          actionItems {\n            title\n            status\n          }\n        }\n      }\n    }\n    components {\n      name\n      status\n    }\n    incidentStats {\n      count\n      timeToIdentify {\n        count\n        medianSeconds\n      }\n      timeToMitigate {\n        count\n        medianSeconds\n      }\n      timeToResolve {\n        count\n        medianSeconds\n        meanSeconds\n        p90Seconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').DemoSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCount {\n    incidents {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').DemoCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Events($incidentId: ID, $after: String) {\n    events(incidentId: $incidentId, after: $after) {\n      cursor\n      type\n      incidentId\n      flow\n      update {\n        id\n        body\n      }\n      sample {\n        value\n      }\n      timelineEvent {\n        text\n      }\n      component {\n        name\n        status\n      }\n      actionItem {\n        title\n        status\n      }\n      incident {\n        id\n        status\n        impact\n      }\n    }\n  }\n"): typeof import('./graphql.js').EventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverSubscribe($url: String!) {\n    createWebhookSubscription(input: { url: $url, format: WAR_ROOM }) {\n      subscription {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').TakeoverSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverDeclare {\n    declareIncident(input: { title: \"Checkout down\", impact: MAJOR, body: \"Investigating\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TakeoverDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeoverPost($id: ID!, $body: String!) {\n    postIncidentUpdate(input: { incidentId: $id, status: IDENTIFIED, body: $body }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TakeoverPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        format\n        paused\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries {\n    webhookSubscriptions {\n      id\n      deliveries(first: 50) {\n        id\n        eventId\n        status\n        attempts\n        lastError\n        responseCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseWebhook($id: ID!, $paused: Boolean!) {\n    setWebhookSubscriptionPaused(id: $id, paused: $paused) {\n      id\n      paused\n    }\n  }\n"): typeof import('./graphql.js').PauseWebhookDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
