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
    "\n  fragment UpdateFields on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n": typeof types.UpdateFieldsFragmentDoc,
    "\n  fragment RecoverySampleFields on RecoverySample {\n    at\n    value\n    note\n  }\n": typeof types.RecoverySampleFieldsFragmentDoc,
    "\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    at\n    text\n  }\n": typeof types.TimelineEventFieldsFragmentDoc,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  fragment ComponentFields on Component {\n    id\n    name\n    status\n    group\n  }\n": typeof types.ComponentFieldsFragmentDoc,
    "\n  fragment IncidentSummaryFields on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      status\n      component {\n        ...ComponentFields\n      }\n    }\n  }\n": typeof types.IncidentSummaryFieldsFragmentDoc,
    "\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateFields\n    }\n    flow\n    sample {\n      ...RecoverySampleFields\n    }\n    timelineEvent {\n      ...TimelineEventFields\n    }\n    component {\n      ...ComponentFields\n    }\n    actionItem {\n      ...ActionItemFields\n    }\n  }\n": typeof types.LiveEventFieldsFragmentDoc,
    "\n  fragment IncidentUpdatesList on Incident {\n    id\n    updates {\n      ...UpdateFields\n    }\n  }\n": typeof types.IncidentUpdatesListFragmentDoc,
    "\n  fragment IncidentRecoveryList on Incident {\n    id\n    recovery {\n      flow\n      latest {\n        ...RecoverySampleFields\n      }\n      samples {\n        ...RecoverySampleFields\n      }\n    }\n  }\n": typeof types.IncidentRecoveryListFragmentDoc,
    "\n  fragment IncidentTimelineList on Incident {\n    id\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n": typeof types.IncidentTimelineListFragmentDoc,
    "\n  fragment IncidentActionItemsList on Incident {\n    id\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.IncidentActionItemsListFragmentDoc,
    "\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n": typeof types.IncidentStatusOnlyFragmentDoc,
    "\n  query ComponentsList {\n    components {\n      ...ComponentFields\n    }\n  }\n": typeof types.ComponentsListDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    group\n  }\n": typeof types.ComponentGrid_ComponentFragmentDoc,
    "\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.SetComponentStatusDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n": typeof types.DeclareIncidentDocument,
    "\n  fragment IncidentCard_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    updates {\n      ...UpdateFields\n    }\n    components {\n      status\n      component {\n        id\n        name\n      }\n    }\n    ...IncidentRecoveryList\n  }\n": typeof types.IncidentCard_IncidentFragmentDoc,
    "\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": typeof types.WarRoomDocument,
};
const documents: Documents = {
    "\n  subscription LiveEvents($after: String) {\n    events(after: $after) {\n      ...LiveEventFields\n    }\n  }\n": types.LiveEventsDocument,
    "\n  fragment UpdateFields on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n": types.UpdateFieldsFragmentDoc,
    "\n  fragment RecoverySampleFields on RecoverySample {\n    at\n    value\n    note\n  }\n": types.RecoverySampleFieldsFragmentDoc,
    "\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    at\n    text\n  }\n": types.TimelineEventFieldsFragmentDoc,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  fragment ComponentFields on Component {\n    id\n    name\n    status\n    group\n  }\n": types.ComponentFieldsFragmentDoc,
    "\n  fragment IncidentSummaryFields on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      status\n      component {\n        ...ComponentFields\n      }\n    }\n  }\n": types.IncidentSummaryFieldsFragmentDoc,
    "\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateFields\n    }\n    flow\n    sample {\n      ...RecoverySampleFields\n    }\n    timelineEvent {\n      ...TimelineEventFields\n    }\n    component {\n      ...ComponentFields\n    }\n    actionItem {\n      ...ActionItemFields\n    }\n  }\n": types.LiveEventFieldsFragmentDoc,
    "\n  fragment IncidentUpdatesList on Incident {\n    id\n    updates {\n      ...UpdateFields\n    }\n  }\n": types.IncidentUpdatesListFragmentDoc,
    "\n  fragment IncidentRecoveryList on Incident {\n    id\n    recovery {\n      flow\n      latest {\n        ...RecoverySampleFields\n      }\n      samples {\n        ...RecoverySampleFields\n      }\n    }\n  }\n": types.IncidentRecoveryListFragmentDoc,
    "\n  fragment IncidentTimelineList on Incident {\n    id\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n": types.IncidentTimelineListFragmentDoc,
    "\n  fragment IncidentActionItemsList on Incident {\n    id\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": types.IncidentActionItemsListFragmentDoc,
    "\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n": types.IncidentStatusOnlyFragmentDoc,
    "\n  query ComponentsList {\n    components {\n      ...ComponentFields\n    }\n  }\n": types.ComponentsListDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    group\n  }\n": types.ComponentGrid_ComponentFragmentDoc,
    "\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n": types.SetComponentStatusDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n": types.DeclareIncidentDocument,
    "\n  fragment IncidentCard_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    updates {\n      ...UpdateFields\n    }\n    components {\n      status\n      component {\n        id\n        name\n      }\n    }\n    ...IncidentRecoveryList\n  }\n": types.IncidentCard_IncidentFragmentDoc,
    "\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n": types.WarRoomDocument,
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
export function graphql(source: "\n  fragment UpdateFields on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n"): (typeof documents)["\n  fragment UpdateFields on IncidentUpdate {\n    id\n    status\n    body\n    createdAt\n    author\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecoverySampleFields on RecoverySample {\n    at\n    value\n    note\n  }\n"): (typeof documents)["\n  fragment RecoverySampleFields on RecoverySample {\n    at\n    value\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    at\n    text\n  }\n"): (typeof documents)["\n  fragment TimelineEventFields on TimelineEvent {\n    id\n    at\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    owner\n    status\n    dueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComponentFields on Component {\n    id\n    name\n    status\n    group\n  }\n"): (typeof documents)["\n  fragment ComponentFields on Component {\n    id\n    name\n    status\n    group\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentSummaryFields on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      status\n      component {\n        ...ComponentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentSummaryFields on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    components {\n      status\n      component {\n        ...ComponentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateFields\n    }\n    flow\n    sample {\n      ...RecoverySampleFields\n    }\n    timelineEvent {\n      ...TimelineEventFields\n    }\n    component {\n      ...ComponentFields\n    }\n    actionItem {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment LiveEventFields on LiveEvent {\n    cursor\n    type\n    at\n    incidentId\n    incident {\n      ...IncidentSummaryFields\n    }\n    update {\n      ...UpdateFields\n    }\n    flow\n    sample {\n      ...RecoverySampleFields\n    }\n    timelineEvent {\n      ...TimelineEventFields\n    }\n    component {\n      ...ComponentFields\n    }\n    actionItem {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentUpdatesList on Incident {\n    id\n    updates {\n      ...UpdateFields\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentUpdatesList on Incident {\n    id\n    updates {\n      ...UpdateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentRecoveryList on Incident {\n    id\n    recovery {\n      flow\n      latest {\n        ...RecoverySampleFields\n      }\n      samples {\n        ...RecoverySampleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentRecoveryList on Incident {\n    id\n    recovery {\n      flow\n      latest {\n        ...RecoverySampleFields\n      }\n      samples {\n        ...RecoverySampleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentTimelineList on Incident {\n    id\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentTimelineList on Incident {\n    id\n    timeline {\n      ...TimelineEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentActionItemsList on Incident {\n    id\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentActionItemsList on Incident {\n    id\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment IncidentStatusOnly on Incident {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComponentsList {\n    components {\n      ...ComponentFields\n    }\n  }\n"): (typeof documents)["\n  query ComponentsList {\n    components {\n      ...ComponentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      role\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    group\n  }\n"): (typeof documents)["\n  fragment ComponentGrid_component on Component {\n    id\n    name\n    status\n    group\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  mutation SetComponentStatus($input: SetComponentStatusInput!) {\n    setComponentStatus(input: $input) {\n      ...ComponentGrid_component\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n      ...IncidentCard_incident\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentCard_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    updates {\n      ...UpdateFields\n    }\n    components {\n      status\n      component {\n        id\n        name\n      }\n    }\n    ...IncidentRecoveryList\n  }\n"): (typeof documents)["\n  fragment IncidentCard_incident on Incident {\n    id\n    title\n    status\n    impact\n    startedAt\n    resolvedAt\n    updates {\n      ...UpdateFields\n    }\n    components {\n      status\n      component {\n        id\n        name\n      }\n    }\n    ...IncidentRecoveryList\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"): (typeof documents)["\n  query WarRoom {\n    active: incidents(filter: { active: true }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          ...IncidentCard_incident\n        }\n      }\n    }\n    recent: incidents(filter: { active: false }, first: 5) {\n      edges {\n        node {\n          id\n          title\n          status\n          impact\n          startedAt\n          resolvedAt\n        }\n      }\n    }\n    components {\n      ...ComponentGrid_component\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;