/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  subscription LiveEvents($after: String) {\n    events(after: $after) {\n      ...LiveEventFields\n    }\n  }\n": typeof types.LiveEventsDocument,
    "\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n": typeof types.IncidentStatusOnlyFragmentDoc,
    "\n  fragment IncidentSummaryFields on Incident {\n    ...IncidentStatusOnly\n    ...IncidentRow_incident\n    ...NextUpdate_incident\n    components {\n      ...AffectedComponents_affected\n      component {\n        ...ComponentGrid_component\n      }\n    }\n  }\n": typeof types.IncidentSummaryFieldsFragmentDoc,
    "\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateList_update\n    }\n    flow\n    sample {\n      ...RecoveryPanel_sample\n    }\n    timelineEvent {\n      ...Timeline_event\n    }\n    component {\n      ...ComponentGrid_component\n    }\n    actionItem {\n      ...ActionItems_item\n    }\n  }\n": typeof types.LiveEventFieldsFragmentDoc,
    "\n  query ComponentsList {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.ComponentsListDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    manualStatus\n    group\n  }\n": typeof types.ComponentGrid_ComponentFragmentDoc,
    "\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.SetComponentStatusDocument,
    "\n  mutation CreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.CreateComponentDocument,
    "\n  query History(\n    $filter: IncidentFilter\n    $first: Int\n    $after: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    incidentStats(from: $from, to: $to, filter: $filter) {\n      ...IncidentStatsPanel_stats\n    }\n    components {\n      id\n      name\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  fragment IncidentStatsPanel_stats on IncidentStats {\n    count\n    byImpact {\n      impact\n      count\n    }\n    timeToIdentify {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToMitigate {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToResolve {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToRecover50 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover90 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover100 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    byMonth {\n      month\n      count\n    }\n    cadence {\n      promised\n      kept\n      late\n      pending\n      adherence\n      worstLatenessSeconds\n    }\n  }\n": typeof types.IncidentStatsPanel_StatsFragmentDoc,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  fragment ActionItems_item on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n": typeof types.ActionItems_ItemFragmentDoc,
    "\n  fragment ActionItems_incident on Incident {\n    id\n    actionItems {\n      ...ActionItems_item\n    }\n  }\n": typeof types.ActionItems_IncidentFragmentDoc,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  fragment AffectedComponents_affected on AffectedComponent {\n    status\n    component {\n      id\n      name\n    }\n  }\n": typeof types.AffectedComponents_AffectedFragmentDoc,
    "\n  query AffectedComponentsChoices {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.AffectedComponentsChoicesDocument,
    "\n  mutation SetAffectedComponents($input: SetAffectedComponentsInput!) {\n    setAffectedComponents(input: $input) {\n      id\n      components {\n        ...AffectedComponents_affected\n        component {\n          ...ComponentGrid_component\n        }\n      }\n    }\n  }\n": typeof types.SetAffectedComponentsDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n": typeof types.DeclareIncidentDocument,
    "\n  fragment DrillBanner_incident on Incident {\n    id\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n": typeof types.DrillBanner_IncidentFragmentDoc,
    "\n  mutation SetIncidentImpact($input: SetIncidentImpactInput!) {\n    setIncidentImpact(input: $input) {\n      id\n      impact\n    }\n  }\n": typeof types.SetIncidentImpactDocument,
    "\n  fragment IncidentCard_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n": typeof types.IncidentCard_IncidentFragmentDoc,
    "\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      status\n      impact\n      startedAt\n      resolvedAt\n      postmortem\n      drill\n      primaryFlow\n      ...DrillBanner_incident\n      ...NextUpdate_incident\n      components {\n        ...AffectedComponents_affected\n      }\n      ...UpdateList_incident\n      ...RecoveryPanel_incident\n      ...Timeline_incident\n      ...ActionItems_incident\n    }\n  }\n": typeof types.IncidentPageDocument,
    "\n  fragment IncidentRow_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      component {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IncidentRow_IncidentFragmentDoc,
    "\n  fragment DrillRun_clock on Drill {\n    id\n    speed\n    state\n    startedAt\n    sourceStartedAt\n    scenarioDurationSeconds\n    scenarioElapsedSeconds\n  }\n": typeof types.DrillRun_ClockFragmentDoc,
    "\n  fragment NextUpdate_incident on Incident {\n    id\n    status\n    nextUpdateBy\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n": typeof types.NextUpdate_IncidentFragmentDoc,
    "\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      ...UpdateList_update\n    }\n  }\n": typeof types.PostIncidentUpdateDocument,
    "\n  mutation SetPostmortem($input: SetPostmortemInput!) {\n    setPostmortem(input: $input) {\n      id\n      postmortem\n    }\n  }\n": typeof types.SetPostmortemDocument,
    "\n  query IncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      at\n      status\n      impact\n      components {\n        status\n        component {\n          id\n          name\n        }\n      }\n      updates {\n        ...UpdateList_update\n      }\n      recovery {\n        kind\n        ...RecoveryPanel_series\n      }\n      timeline {\n        id\n        at\n        text\n      }\n      actionItems {\n        id\n        title\n        owner\n        status\n      }\n    }\n  }\n": typeof types.IncidentAtDocument,
    "\n  fragment Timeline_event on TimelineEvent {\n    id\n    at\n    text\n  }\n": typeof types.Timeline_EventFragmentDoc,
    "\n  fragment Timeline_incident on Incident {\n    id\n    timeline {\n      ...Timeline_event\n    }\n  }\n": typeof types.Timeline_IncidentFragmentDoc,
    "\n  mutation AddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      ...Timeline_event\n    }\n  }\n": typeof types.AddTimelineEventDocument,
    "\n  fragment UpdateList_update on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n": typeof types.UpdateList_UpdateFragmentDoc,
    "\n  fragment UpdateList_incident on Incident {\n    id\n    updates {\n      ...UpdateList_update\n    }\n  }\n": typeof types.UpdateList_IncidentFragmentDoc,
    "\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n  }\n": typeof types.WarRoomDocument,
    "\n  query WarRoomOverview {\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.WarRoomOverviewDocument,
    "\n  query CompareWithPast($id: ID!) {\n    incident(id: $id) {\n      id\n      startedAt\n      primaryFlow\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n      similarIncidents(first: 5) {\n        id\n        title\n        startedAt\n        primaryFlow\n        recovery {\n          flow\n          samples {\n            at\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompareWithPastDocument,
    "\n  mutation RecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      ...RecoveryPanel_sample\n    }\n  }\n": typeof types.RecordRecoveryDocument,
    "\n  fragment RecoveryChart_sample on RecoverySample {\n    at\n    value\n  }\n": typeof types.RecoveryChart_SampleFragmentDoc,
    "\n  query RecoveryHeadline($id: ID!) {\n    incident(id: $id) {\n      id\n      primaryFlow\n      recovery {\n        flow\n        kind\n        trendPerHour\n        etaToFull\n        latest {\n          at\n          value\n        }\n      }\n    }\n  }\n": typeof types.RecoveryHeadlineDocument,
    "\n  fragment RecoveryPanel_sample on RecoverySample {\n    ...RecoveryChart_sample\n    note\n  }\n": typeof types.RecoveryPanel_SampleFragmentDoc,
    "\n  fragment RecoveryPanel_series on RecoverySeries {\n    flow\n    samples {\n      ...RecoveryPanel_sample\n    }\n  }\n": typeof types.RecoveryPanel_SeriesFragmentDoc,
    "\n  fragment RecoveryPanel_incident on Incident {\n    id\n    recovery {\n      ...RecoveryPanel_series\n    }\n  }\n": typeof types.RecoveryPanel_IncidentFragmentDoc,
    "\n  fragment WallboardIncident_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n": typeof types.WallboardIncident_IncidentFragmentDoc,
    "\n  query Wallboard {\n    incidents(filter: { active: true }, first: 20) {\n      edges {\n        node {\n          id\n          ...WallboardIncident_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.WallboardDocument,
    "\n  query WallboardPinned($id: ID!) {\n    incident(id: $id) {\n      id\n      ...WallboardIncident_incident\n    }\n  }\n": typeof types.WallboardPinnedDocument,
};
const documents: Documents = {
    "\n  subscription LiveEvents($after: String) {\n    events(after: $after) {\n      ...LiveEventFields\n    }\n  }\n": types.LiveEventsDocument,
    "\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n": types.IncidentStatusOnlyFragmentDoc,
    "\n  fragment IncidentSummaryFields on Incident {\n    ...IncidentStatusOnly\n    ...IncidentRow_incident\n    ...NextUpdate_incident\n    components {\n      ...AffectedComponents_affected\n      component {\n        ...ComponentGrid_component\n      }\n    }\n  }\n": types.IncidentSummaryFieldsFragmentDoc,
    "\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateList_update\n    }\n    flow\n    sample {\n      ...RecoveryPanel_sample\n    }\n    timelineEvent {\n      ...Timeline_event\n    }\n    component {\n      ...ComponentGrid_component\n    }\n    actionItem {\n      ...ActionItems_item\n    }\n  }\n": types.LiveEventFieldsFragmentDoc,
    "\n  query ComponentsList {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": types.ComponentsListDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    manualStatus\n    group\n  }\n": types.ComponentGrid_ComponentFragmentDoc,
    "\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n": types.SetComponentStatusDocument,
    "\n  mutation CreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n": types.CreateComponentDocument,
    "\n  query History(\n    $filter: IncidentFilter\n    $first: Int\n    $after: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    incidentStats(from: $from, to: $to, filter: $filter) {\n      ...IncidentStatsPanel_stats\n    }\n    components {\n      id\n      name\n    }\n  }\n": types.HistoryDocument,
    "\n  fragment IncidentStatsPanel_stats on IncidentStats {\n    count\n    byImpact {\n      impact\n      count\n    }\n    timeToIdentify {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToMitigate {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToResolve {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToRecover50 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover90 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover100 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    byMonth {\n      month\n      count\n    }\n    cadence {\n      promised\n      kept\n      late\n      pending\n      adherence\n      worstLatenessSeconds\n    }\n  }\n": types.IncidentStatsPanel_StatsFragmentDoc,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  fragment ActionItems_item on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n": types.ActionItems_ItemFragmentDoc,
    "\n  fragment ActionItems_incident on Incident {\n    id\n    actionItems {\n      ...ActionItems_item\n    }\n  }\n": types.ActionItems_IncidentFragmentDoc,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n": types.AddActionItemDocument,
    "\n  fragment AffectedComponents_affected on AffectedComponent {\n    status\n    component {\n      id\n      name\n    }\n  }\n": types.AffectedComponents_AffectedFragmentDoc,
    "\n  query AffectedComponentsChoices {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": types.AffectedComponentsChoicesDocument,
    "\n  mutation SetAffectedComponents($input: SetAffectedComponentsInput!) {\n    setAffectedComponents(input: $input) {\n      id\n      components {\n        ...AffectedComponents_affected\n        component {\n          ...ComponentGrid_component\n        }\n      }\n    }\n  }\n": types.SetAffectedComponentsDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n": types.DeclareIncidentDocument,
    "\n  fragment DrillBanner_incident on Incident {\n    id\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n": types.DrillBanner_IncidentFragmentDoc,
    "\n  mutation SetIncidentImpact($input: SetIncidentImpactInput!) {\n    setIncidentImpact(input: $input) {\n      id\n      impact\n    }\n  }\n": types.SetIncidentImpactDocument,
    "\n  fragment IncidentCard_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n": types.IncidentCard_IncidentFragmentDoc,
    "\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      status\n      impact\n      startedAt\n      resolvedAt\n      postmortem\n      drill\n      primaryFlow\n      ...DrillBanner_incident\n      ...NextUpdate_incident\n      components {\n        ...AffectedComponents_affected\n      }\n      ...UpdateList_incident\n      ...RecoveryPanel_incident\n      ...Timeline_incident\n      ...ActionItems_incident\n    }\n  }\n": types.IncidentPageDocument,
    "\n  fragment IncidentRow_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      component {\n        id\n        name\n      }\n    }\n  }\n": types.IncidentRow_IncidentFragmentDoc,
    "\n  fragment DrillRun_clock on Drill {\n    id\n    speed\n    state\n    startedAt\n    sourceStartedAt\n    scenarioDurationSeconds\n    scenarioElapsedSeconds\n  }\n": types.DrillRun_ClockFragmentDoc,
    "\n  fragment NextUpdate_incident on Incident {\n    id\n    status\n    nextUpdateBy\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n": types.NextUpdate_IncidentFragmentDoc,
    "\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      ...UpdateList_update\n    }\n  }\n": types.PostIncidentUpdateDocument,
    "\n  mutation SetPostmortem($input: SetPostmortemInput!) {\n    setPostmortem(input: $input) {\n      id\n      postmortem\n    }\n  }\n": types.SetPostmortemDocument,
    "\n  query IncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      at\n      status\n      impact\n      components {\n        status\n        component {\n          id\n          name\n        }\n      }\n      updates {\n        ...UpdateList_update\n      }\n      recovery {\n        kind\n        ...RecoveryPanel_series\n      }\n      timeline {\n        id\n        at\n        text\n      }\n      actionItems {\n        id\n        title\n        owner\n        status\n      }\n    }\n  }\n": types.IncidentAtDocument,
    "\n  fragment Timeline_event on TimelineEvent {\n    id\n    at\n    text\n  }\n": types.Timeline_EventFragmentDoc,
    "\n  fragment Timeline_incident on Incident {\n    id\n    timeline {\n      ...Timeline_event\n    }\n  }\n": types.Timeline_IncidentFragmentDoc,
    "\n  mutation AddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      ...Timeline_event\n    }\n  }\n": types.AddTimelineEventDocument,
    "\n  fragment UpdateList_update on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n": types.UpdateList_UpdateFragmentDoc,
    "\n  fragment UpdateList_incident on Incident {\n    id\n    updates {\n      ...UpdateList_update\n    }\n  }\n": types.UpdateList_IncidentFragmentDoc,
    "\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n  }\n": types.WarRoomDocument,
    "\n  query WarRoomOverview {\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": types.WarRoomOverviewDocument,
    "\n  query CompareWithPast($id: ID!) {\n    incident(id: $id) {\n      id\n      startedAt\n      primaryFlow\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n      similarIncidents(first: 5) {\n        id\n        title\n        startedAt\n        primaryFlow\n        recovery {\n          flow\n          samples {\n            at\n            value\n          }\n        }\n      }\n    }\n  }\n": types.CompareWithPastDocument,
    "\n  mutation RecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      ...RecoveryPanel_sample\n    }\n  }\n": types.RecordRecoveryDocument,
    "\n  fragment RecoveryChart_sample on RecoverySample {\n    at\n    value\n  }\n": types.RecoveryChart_SampleFragmentDoc,
    "\n  query RecoveryHeadline($id: ID!) {\n    incident(id: $id) {\n      id\n      primaryFlow\n      recovery {\n        flow\n        kind\n        trendPerHour\n        etaToFull\n        latest {\n          at\n          value\n        }\n      }\n    }\n  }\n": types.RecoveryHeadlineDocument,
    "\n  fragment RecoveryPanel_sample on RecoverySample {\n    ...RecoveryChart_sample\n    note\n  }\n": types.RecoveryPanel_SampleFragmentDoc,
    "\n  fragment RecoveryPanel_series on RecoverySeries {\n    flow\n    samples {\n      ...RecoveryPanel_sample\n    }\n  }\n": types.RecoveryPanel_SeriesFragmentDoc,
    "\n  fragment RecoveryPanel_incident on Incident {\n    id\n    recovery {\n      ...RecoveryPanel_series\n    }\n  }\n": types.RecoveryPanel_IncidentFragmentDoc,
    "\n  fragment WallboardIncident_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n": types.WallboardIncident_IncidentFragmentDoc,
    "\n  query Wallboard {\n    incidents(filter: { active: true }, first: 20) {\n      edges {\n        node {\n          id\n          ...WallboardIncident_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": types.WallboardDocument,
    "\n  query WallboardPinned($id: ID!) {\n    incident(id: $id) {\n      id\n      ...WallboardIncident_incident\n    }\n  }\n": types.WallboardPinnedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($after: String) {\n    events(after: $after) {\n      ...LiveEventFields\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEvents($after: String) {\n    events(after: $after) {\n      ...LiveEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentSummaryFields on Incident {\n    ...IncidentStatusOnly\n    ...IncidentRow_incident\n    ...NextUpdate_incident\n    components {\n      ...AffectedComponents_affected\n      component {\n        ...ComponentGrid_component\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentSummaryFields on Incident {\n    ...IncidentStatusOnly\n    ...IncidentRow_incident\n    ...NextUpdate_incident\n    components {\n      ...AffectedComponents_affected\n      component {\n        ...ComponentGrid_component\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateList_update\n    }\n    flow\n    sample {\n      ...RecoveryPanel_sample\n    }\n    timelineEvent {\n      ...Timeline_event\n    }\n    component {\n      ...ComponentGrid_component\n    }\n    actionItem {\n      ...ActionItems_item\n    }\n  }\n"): (typeof documents)["\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateList_update\n    }\n    flow\n    sample {\n      ...RecoveryPanel_sample\n    }\n    timelineEvent {\n      ...Timeline_event\n    }\n    component {\n      ...ComponentGrid_component\n    }\n    actionItem {\n      ...ActionItems_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComponentsList {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  query ComponentsList {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    manualStatus\n    group\n  }\n"): (typeof documents)["\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    manualStatus\n    group\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComponent($input: CreateComponentInput!) {\n    createComponent(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History(\n    $filter: IncidentFilter\n    $first: Int\n    $after: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    incidentStats(from: $from, to: $to, filter: $filter) {\n      ...IncidentStatsPanel_stats\n    }\n    components {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query History(\n    $filter: IncidentFilter\n    $first: Int\n    $after: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    incidentStats(from: $from, to: $to, filter: $filter) {\n      ...IncidentStatsPanel_stats\n    }\n    components {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentStatsPanel_stats on IncidentStats {\n    count\n    byImpact {\n      impact\n      count\n    }\n    timeToIdentify {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToMitigate {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToResolve {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToRecover50 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover90 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover100 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    byMonth {\n      month\n      count\n    }\n    cadence {\n      promised\n      kept\n      late\n      pending\n      adherence\n      worstLatenessSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentStatsPanel_stats on IncidentStats {\n    count\n    byImpact {\n      impact\n      count\n    }\n    timeToIdentify {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToMitigate {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToResolve {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n    }\n    timeToRecover50 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover90 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    timeToRecover100 {\n      count\n      meanSeconds\n      medianSeconds\n      p90Seconds\n      histogram(buckets: 12) {\n        fromSeconds\n        toSeconds\n        count\n      }\n    }\n    byMonth {\n      month\n      count\n    }\n    cadence {\n      promised\n      kept\n      late\n      pending\n      adherence\n      worstLatenessSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItems_item on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n"): (typeof documents)["\n  fragment ActionItems_item on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItems_incident on Incident {\n    id\n    actionItems {\n      ...ActionItems_item\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItems_incident on Incident {\n    id\n    actionItems {\n      ...ActionItems_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItems_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AffectedComponents_affected on AffectedComponent {\n    status\n    component {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AffectedComponents_affected on AffectedComponent {\n    status\n    component {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffectedComponentsChoices {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  query AffectedComponentsChoices {\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAffectedComponents($input: SetAffectedComponentsInput!) {\n    setAffectedComponents(input: $input) {\n      id\n      components {\n        ...AffectedComponents_affected\n        component {\n          ...ComponentGrid_component\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAffectedComponents($input: SetAffectedComponentsInput!) {\n    setAffectedComponents(input: $input) {\n      id\n      components {\n        ...AffectedComponents_affected\n        component {\n          ...ComponentGrid_component\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrillBanner_incident on Incident {\n    id\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n"): (typeof documents)["\n  fragment DrillBanner_incident on Incident {\n    id\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIncidentImpact($input: SetIncidentImpactInput!) {\n    setIncidentImpact(input: $input) {\n      id\n      impact\n    }\n  }\n"): (typeof documents)["\n  mutation SetIncidentImpact($input: SetIncidentImpactInput!) {\n    setIncidentImpact(input: $input) {\n      id\n      impact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentCard_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n"): (typeof documents)["\n  fragment IncidentCard_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      status\n      impact\n      startedAt\n      resolvedAt\n      postmortem\n      drill\n      primaryFlow\n      ...DrillBanner_incident\n      ...NextUpdate_incident\n      components {\n        ...AffectedComponents_affected\n      }\n      ...UpdateList_incident\n      ...RecoveryPanel_incident\n      ...Timeline_incident\n      ...ActionItems_incident\n    }\n  }\n"): (typeof documents)["\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      status\n      impact\n      startedAt\n      resolvedAt\n      postmortem\n      drill\n      primaryFlow\n      ...DrillBanner_incident\n      ...NextUpdate_incident\n      components {\n        ...AffectedComponents_affected\n      }\n      ...UpdateList_incident\n      ...RecoveryPanel_incident\n      ...Timeline_incident\n      ...ActionItems_incident\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentRow_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      component {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentRow_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      component {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrillRun_clock on Drill {\n    id\n    speed\n    state\n    startedAt\n    sourceStartedAt\n    scenarioDurationSeconds\n    scenarioElapsedSeconds\n  }\n"): (typeof documents)["\n  fragment DrillRun_clock on Drill {\n    id\n    speed\n    state\n    startedAt\n    sourceStartedAt\n    scenarioDurationSeconds\n    scenarioElapsedSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextUpdate_incident on Incident {\n    id\n    status\n    nextUpdateBy\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n"): (typeof documents)["\n  fragment NextUpdate_incident on Incident {\n    id\n    status\n    nextUpdateBy\n    drillRun {\n      ...DrillRun_clock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      ...UpdateList_update\n    }\n  }\n"): (typeof documents)["\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      ...UpdateList_update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostmortem($input: SetPostmortemInput!) {\n    setPostmortem(input: $input) {\n      id\n      postmortem\n    }\n  }\n"): (typeof documents)["\n  mutation SetPostmortem($input: SetPostmortemInput!) {\n    setPostmortem(input: $input) {\n      id\n      postmortem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      at\n      status\n      impact\n      components {\n        status\n        component {\n          id\n          name\n        }\n      }\n      updates {\n        ...UpdateList_update\n      }\n      recovery {\n        kind\n        ...RecoveryPanel_series\n      }\n      timeline {\n        id\n        at\n        text\n      }\n      actionItems {\n        id\n        title\n        owner\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentAt($id: ID!, $at: DateTime!) {\n    incidentAt(id: $id, at: $at) {\n      at\n      status\n      impact\n      components {\n        status\n        component {\n          id\n          name\n        }\n      }\n      updates {\n        ...UpdateList_update\n      }\n      recovery {\n        kind\n        ...RecoveryPanel_series\n      }\n      timeline {\n        id\n        at\n        text\n      }\n      actionItems {\n        id\n        title\n        owner\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Timeline_event on TimelineEvent {\n    id\n    at\n    text\n  }\n"): (typeof documents)["\n  fragment Timeline_event on TimelineEvent {\n    id\n    at\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Timeline_incident on Incident {\n    id\n    timeline {\n      ...Timeline_event\n    }\n  }\n"): (typeof documents)["\n  fragment Timeline_incident on Incident {\n    id\n    timeline {\n      ...Timeline_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      ...Timeline_event\n    }\n  }\n"): (typeof documents)["\n  mutation AddTimelineEvent($input: AddTimelineEventInput!) {\n    addTimelineEvent(input: $input) {\n      ...Timeline_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpdateList_update on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n"): (typeof documents)["\n  fragment UpdateList_update on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpdateList_incident on Incident {\n    id\n    updates {\n      ...UpdateList_update\n    }\n  }\n"): (typeof documents)["\n  fragment UpdateList_incident on Incident {\n    id\n    updates {\n      ...UpdateList_update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarRoomOverview {\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  query WarRoomOverview {\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          ...IncidentRow_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareWithPast($id: ID!) {\n    incident(id: $id) {\n      id\n      startedAt\n      primaryFlow\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n      similarIncidents(first: 5) {\n        id\n        title\n        startedAt\n        primaryFlow\n        recovery {\n          flow\n          samples {\n            at\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareWithPast($id: ID!) {\n    incident(id: $id) {\n      id\n      startedAt\n      primaryFlow\n      recovery {\n        flow\n        samples {\n          at\n          value\n        }\n      }\n      similarIncidents(first: 5) {\n        id\n        title\n        startedAt\n        primaryFlow\n        recovery {\n          flow\n          samples {\n            at\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      ...RecoveryPanel_sample\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRecovery($input: RecordRecoveryInput!) {\n    recordRecovery(input: $input) {\n      ...RecoveryPanel_sample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecoveryChart_sample on RecoverySample {\n    at\n    value\n  }\n"): (typeof documents)["\n  fragment RecoveryChart_sample on RecoverySample {\n    at\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecoveryHeadline($id: ID!) {\n    incident(id: $id) {\n      id\n      primaryFlow\n      recovery {\n        flow\n        kind\n        trendPerHour\n        etaToFull\n        latest {\n          at\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecoveryHeadline($id: ID!) {\n    incident(id: $id) {\n      id\n      primaryFlow\n      recovery {\n        flow\n        kind\n        trendPerHour\n        etaToFull\n        latest {\n          at\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecoveryPanel_sample on RecoverySample {\n    ...RecoveryChart_sample\n    note\n  }\n"): (typeof documents)["\n  fragment RecoveryPanel_sample on RecoverySample {\n    ...RecoveryChart_sample\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecoveryPanel_series on RecoverySeries {\n    flow\n    samples {\n      ...RecoveryPanel_sample\n    }\n  }\n"): (typeof documents)["\n  fragment RecoveryPanel_series on RecoverySeries {\n    flow\n    samples {\n      ...RecoveryPanel_sample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecoveryPanel_incident on Incident {\n    id\n    recovery {\n      ...RecoveryPanel_series\n    }\n  }\n"): (typeof documents)["\n  fragment RecoveryPanel_incident on Incident {\n    id\n    recovery {\n      ...RecoveryPanel_series\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WallboardIncident_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n"): (typeof documents)["\n  fragment WallboardIncident_incident on Incident {\n    ...IncidentRow_incident\n    drill\n    ...DrillBanner_incident\n    ...NextUpdate_incident\n    updates {\n      ...UpdateList_update\n    }\n    ...RecoveryPanel_incident\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wallboard {\n    incidents(filter: { active: true }, first: 20) {\n      edges {\n        node {\n          id\n          ...WallboardIncident_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  query Wallboard {\n    incidents(filter: { active: true }, first: 20) {\n      edges {\n        node {\n          id\n          ...WallboardIncident_incident\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardPinned($id: ID!) {\n    incident(id: $id) {\n      id\n      ...WallboardIncident_incident\n    }\n  }\n"): (typeof documents)["\n  query WallboardPinned($id: ID!) {\n    incident(id: $id) {\n      id\n      ...WallboardIncident_incident\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;