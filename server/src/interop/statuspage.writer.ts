import { GraphQLError } from 'graphql';
import { Types } from 'mongoose';
import type {
  ImportStatuspageInput,
  StatuspageImportResult,
} from '../__generated__/resolvers-types.js';
import { requireRole, type Viewer } from '../auth/viewer.js';
import { coded } from '../common/errors.js';
import type { ComponentDoc } from '../components/component.model.js';
import type { ComponentService } from '../components/component.service.js';
import type { EventLog } from '../events/event.log.js';
import type { WriteOp } from '../events/writer.js';
import type { IncidentDoc } from '../incidents/incident.model.js';
import type { IncidentService } from '../incidents/incident.service.js';
import type { UpdateDoc } from '../incidents/update.model.js';
import type { UpdateService } from '../incidents/update.service.js';
import {
  parseStatuspage,
  StatuspageImportError,
  type ImportedComponent,
  type ImportedIncident,
  type StatuspageImport,
} from './statuspage.import.js';

export interface StatuspageImporterDeps {
  events: EventLog;
  incidents: IncidentService;
  updates: UpdateService;
  components: ComponentService;
  clock: () => Date;
}

export interface StatuspageImportOptions {
  /** Called after each incident is written (the CLI prints it). */
  onProgress?: (done: number, total: number) => void;
  /** Events committed together (each still one event per incident). Default 250. */
  batchSize?: number;
}

/** One incident's write, planned (and so validated) before anything is written. */
interface IncidentPlan {
  path: string;
  kind: 'create' | 'merge';
  incidentId: Types.ObjectId;
  ops: WriteOp[];
  latestUpdateId: Types.ObjectId | null;
  updatesCreated: number;
  /** Components whose shown status the write may change (open before or after). */
  touched: Types.ObjectId[];
}

interface ComponentPlan {
  path: string;
  componentId: Types.ObjectId;
  op: WriteOp;
  created: boolean;
}

type Counts = Omit<StatuspageImportResult, 'errors' | '__typename'>;

const sameSource = (a: string | null | undefined, b: string | null) => (a ?? null) === b;

/** The message of a rule's refusal, named by the item it refuses. */
function describe(path: string, error: unknown): string {
  if (error instanceof GraphQLError || error instanceof StatuspageImportError) {
    return `${path}: ${error.message}`;
  }
  throw error;
}

/** A post-mortem upstream says exists but does not include: say where it is. */
function postmortemOf(incident: ImportedIncident): string | null {
  if (incident.postmortem !== null) return incident.postmortem;
  if (!incident.hasPostmortem) return null;
  return incident.shortlink
    ? `A post-mortem was published on the source status page: ${incident.shortlink}`
    : 'A post-mortem was published on the source status page.';
}

const sameComponents = (a: IncidentDoc['components'], b: IncidentDoc['components']) =>
  a.length === b.length &&
  a.every(
    (ref, i) =>
      ref.componentId.equals(b[i]?.componentId ?? '') && ref.status === (b[i]?.status ?? null),
  );

const sameTime = (a: Date | null, b: Date | null) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Writes a parsed Statuspage document: components first (matched by upstream id, else by name,
 * else created), then each incident as one event (created, or merged into the one an earlier
 * import created: new updates appended through the update domain's `prepareUpdate`, status and
 * lifecycle times set). Everything is planned, and so validated by each domain's rules, before
 * the first write; an incident a rule refuses is skipped and reported, never half-written.
 */
export function createStatuspageImporter(deps: StatuspageImporterDeps) {
  const { events, incidents, updates, components, clock } = deps;

  async function planComponents(
    parsed: StatuspageImport,
    openStatus: Map<string, boolean>,
    errors: string[],
  ): Promise<{ ids: Map<string, Types.ObjectId>; plans: ComponentPlan[] }> {
    const existing = await components.forImport(
      parsed.components.map((c) => c.source.componentId),
      parsed.components.map((c) => c.name),
    );
    const bySource = new Map<string, ComponentDoc>();
    const byName = new Map<string, ComponentDoc>();
    for (const doc of existing) {
      if (doc.source) bySource.set(`${doc.source.pageId ?? ''}/${doc.source.componentId}`, doc);
      byName.set(doc.name, doc);
    }
    const ids = new Map<string, Types.ObjectId>();
    const plans: ComponentPlan[] = [];
    parsed.components.forEach((component: ImportedComponent, i) => {
      const path = `components[${i}] (${component.source.componentId})`;
      const key = `${component.source.pageId ?? ''}/${component.source.componentId}`;
      const found = bySource.get(key) ?? byName.get(component.name.trim());
      try {
        if (found) {
          ids.set(component.source.componentId, found._id);
          const patch: Partial<Omit<ComponentDoc, '_id'>> = {};
          if (
            !found.source ||
            found.source.componentId !== component.source.componentId ||
            !sameSource(found.source.pageId, component.source.pageId)
          ) {
            patch.source = component.source;
          }
          if (component.group !== null && found.group !== component.group) {
            patch.group = component.group;
          }
          if (Object.keys(patch).length > 0) {
            plans.push({
              path,
              componentId: found._id,
              op: components.prepareChange(found._id, patch),
              created: false,
            });
          }
          return;
        }
        // Upstream's status is the page's shown one: keep it as the hand-set status only when no
        // imported open incident explains it, or it would outlive that incident here.
        const status = openStatus.get(component.source.componentId)
          ? 'OPERATIONAL'
          : component.status;
        const { doc, op } = components.prepareComponent({
          name: component.name.trim(),
          group: component.group,
          status,
          source: component.source,
          path,
        });
        byName.set(doc.name, doc);
        ids.set(component.source.componentId, doc._id);
        plans.push({ path, componentId: doc._id, op, created: true });
      } catch (error) {
        errors.push(describe(path, error));
      }
    });
    return { ids, plans };
  }

  function planIncident(
    incident: ImportedIncident,
    path: string,
    existing: { doc: IncidentDoc; updates: UpdateDoc[] } | null,
    componentIds: Map<string, Types.ObjectId>,
    author: string | null,
    now: Date,
  ): IncidentPlan | null {
    const id = existing?.doc._id ?? new Types.ObjectId();
    const seen = new Set(existing?.updates.flatMap((u) => (u.source ? [u.source.updateId] : [])));
    const context = { now, incident: { _id: id, startedAt: incident.startedAt }, author };
    const fresh = incident.updates
      .map((update, j) => ({ update, j }))
      .filter(({ update }) => !seen.has(update.source.updateId))
      .map(({ update, j }) =>
        updates.prepareUpdate(
          {
            status: update.status,
            body: update.body,
            createdAt: update.displayAt,
            source: update.source,
          },
          { ...context, path: `${path}.incident_updates[${j}]` },
        ),
      );
    const affected = incident.components.flatMap((ref) => {
      const componentId = componentIds.get(ref.componentId);
      return componentId ? [{ componentId, status: ref.status }] : [];
    });
    const all = [...(existing?.updates ?? []), ...fresh.map((u) => u.update)].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    // The derived fields (first IDENTIFIED / MONITORING, search terms) as a new import states them.
    const derived = incidents.newIncidentDoc({
      id,
      title: incident.title,
      impact: incident.impact,
      startedAt: incident.startedAt,
      updates: all,
      components: affected,
      postmortem: incidents.checkPostmortem(
        `${path}.postmortem_body`,
        postmortemOf(incident) ?? '',
      ),
      now,
    });
    const doc: IncidentDoc = {
      ...derived,
      status: incident.status,
      resolvedAt: incident.status === 'RESOLVED' ? incident.resolvedAt : null,
      createdAt: incident.createdAt,
      updatedAt: incident.updatedAt ?? incident.createdAt,
      source: incident.source,
    };
    const latest = fresh.at(-1)?.id ?? null;
    const open = (d: Pick<IncidentDoc, 'status' | 'components'>) =>
      d.status === 'RESOLVED' ? [] : d.components.map((c) => c.componentId);
    if (!existing) {
      return {
        path,
        kind: 'create',
        incidentId: id,
        ops: [incidents.prepareInsert(doc), ...fresh.flatMap((u) => u.ops)],
        latestUpdateId: latest,
        updatesCreated: fresh.length,
        touched: open(doc),
      };
    }
    const before = existing.doc;
    const patch: Partial<Omit<IncidentDoc, '_id'>> = {};
    if (before.title !== doc.title) patch.title = doc.title;
    if (before.impact !== doc.impact) patch.impact = doc.impact;
    if (before.status !== doc.status) patch.status = doc.status;
    if (!sameTime(before.resolvedAt, doc.resolvedAt)) patch.resolvedAt = doc.resolvedAt;
    if (!sameTime(before.identifiedAt, doc.identifiedAt)) patch.identifiedAt = doc.identifiedAt;
    if (!sameTime(before.mitigatedAt, doc.mitigatedAt)) patch.mitigatedAt = doc.mitigatedAt;
    if (!sameTime(before.startedAt, doc.startedAt)) patch.startedAt = doc.startedAt;
    if (!sameComponents(before.components, doc.components)) patch.components = doc.components;
    if (doc.postmortem !== null && before.postmortem !== doc.postmortem) {
      patch.postmortem = doc.postmortem;
    }
    if (fresh.length === 0 && Object.keys(patch).length === 0) return null;
    patch.terms = [...new Set([...before.terms, ...doc.terms])];
    patch.updatedAt = now;
    return {
      path,
      kind: 'merge',
      incidentId: id,
      ops: [...fresh.flatMap((u) => u.ops), incidents.prepareChange(id, patch)],
      latestUpdateId: latest,
      updatesCreated: fresh.length,
      touched: [...open(before), ...open({ ...before, ...patch })],
    };
  }

  const specOf = (plan: IncidentPlan) => ({
    type:
      plan.kind === 'create'
        ? ('INCIDENT_DECLARED' as const)
        : plan.latestUpdateId
          ? ('UPDATE_POSTED' as const)
          : ('INCIDENT_CHANGED' as const),
    incidentId: plan.incidentId,
    resultId: plan.latestUpdateId ?? plan.incidentId,
    refs: plan.latestUpdateId ? { updateId: plan.latestUpdateId } : {},
    ops: plan.ops,
  });

  return {
    /**
     * `importStatuspage`: parses the whole document first (a bad one is refused as a whole,
     * BAD_USER_INPUT with the JSON path of each problem in `extensions.issues`), plans every
     * write, then writes components and incidents, one event each.
     */
    async importStatuspage(
      viewer: Viewer,
      input: ImportStatuspageInput,
      options: StatuspageImportOptions = {},
    ): Promise<StatuspageImportResult> {
      requireRole(viewer, 'COMMANDER', 'importStatuspage');
      let parsed: StatuspageImport;
      try {
        parsed = parseStatuspage(input.json);
      } catch (error) {
        if (error instanceof StatuspageImportError) {
          throw coded('BAD_USER_INPUT', `json: ${error.message}`, {
            field: 'json',
            issues: error.issues.map((issue) => ({ ...issue })),
          });
        }
        throw error;
      }
      const now = clock();
      const errors: string[] = [];
      const counts: Counts = {
        incidentsCreated: 0,
        incidentsUpdated: 0,
        incidentsUnchanged: 0,
        updatesCreated: 0,
        componentsCreated: 0,
        componentsUpdated: 0,
      };
      const openStatus = new Map<string, boolean>();
      for (const incident of parsed.incidents) {
        if (incident.status === 'RESOLVED') continue;
        for (const ref of incident.components) openStatus.set(ref.componentId, true);
      }
      const { ids, plans: componentPlans } = await planComponents(parsed, openStatus, errors);

      const found = await incidents.bySource(parsed.incidents.map((i) => i.source.incidentId));
      const foundUpdates = await incidents.updatesFor(found.map((doc) => doc._id));
      const foundBySource = new Map(
        found.flatMap((d) =>
          d.source ? [[`${d.source.pageId ?? ''}/${d.source.incidentId}`, d] as const] : [],
        ),
      );
      const updatesBy = new Map<string, UpdateDoc[]>();
      for (const update of foundUpdates) {
        const key = update.incidentId.toHexString();
        updatesBy.set(key, [...(updatesBy.get(key) ?? []), update]);
      }
      const author = input.pageName ?? parsed.page?.name ?? viewer.name;
      const plans: IncidentPlan[] = [];
      parsed.incidents.forEach((incident, i) => {
        const path = `incidents[${i}] (${incident.source.incidentId})`;
        const doc = foundBySource.get(
          `${incident.source.pageId ?? ''}/${incident.source.incidentId}`,
        );
        try {
          const plan = planIncident(
            incident,
            path,
            doc ? { doc, updates: updatesBy.get(doc._id.toHexString()) ?? [] } : null,
            ids,
            author,
            now,
          );
          if (plan) plans.push(plan);
          else counts.incidentsUnchanged += 1;
        } catch (error) {
          errors.push(describe(path, error));
        }
      });

      for (const plan of componentPlans) {
        try {
          await events.commit({
            type: 'COMPONENT_STATUS_CHANGED',
            incidentId: null,
            resultId: plan.componentId,
            refs: { componentId: plan.componentId },
            ops: [plan.op],
          });
          if (plan.created) counts.componentsCreated += 1;
          else counts.componentsUpdated += 1;
        } catch (error) {
          errors.push(describe(plan.path, error));
        }
      }

      let done = 0;
      const written = (plan: IncidentPlan) => {
        if (plan.kind === 'create') counts.incidentsCreated += 1;
        else counts.incidentsUpdated += 1;
        counts.updatesCreated += plan.updatesCreated;
      };
      const progress = (n: number) => {
        done += n;
        options.onProgress?.(done, plans.length);
      };
      // Incidents that leave every component's shown status alone (resolved upstream and here)
      // are committed in batches, one event each; a batch the database refuses is retried one
      // event at a time, so one bad incident is reported alone.
      const quiet = plans.filter((p) => p.touched.length === 0);
      const size = options.batchSize ?? 250;
      for (let i = 0; i < quiet.length; i += size) {
        const batch = quiet.slice(i, i + size);
        try {
          await events.commitBatch(batch.map(specOf));
          batch.forEach(written);
        } catch {
          for (const plan of batch) {
            try {
              await events.commit(specOf(plan));
              written(plan);
            } catch (error) {
              errors.push(describe(plan.path, error));
            }
          }
        }
        progress(batch.length);
      }
      // The others one at a time, so each announces the component changes it causes.
      for (const plan of plans.filter((p) => p.touched.length > 0)) {
        try {
          await incidents.changingComponents(plan.touched, () => events.commit(specOf(plan)));
          written(plan);
        } catch (error) {
          errors.push(describe(plan.path, error));
        }
        progress(1);
      }
      return { ...counts, errors };
    },
  };
}

export type StatuspageImporter = ReturnType<typeof createStatuspageImporter>;
