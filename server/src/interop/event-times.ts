import { EventModel } from '../events/event.model.js';

/** How far back component changes are looked for; older components show their creation time. */
const componentEventWindow = 1000;

/** When things last changed, read from the event log (the one record of every change). */
export interface ChangeTimes {
  /** The latest committed event: the page's `updated_at`. */
  last: Date | null;
  /** Per component id (hex), its latest status change among the recent events. */
  components: Map<string, Date>;
}

export async function readChangeTimes(): Promise<ChangeTimes> {
  const [last, componentEvents] = await Promise.all([
    EventModel.findOne({ committed: true }, { at: 1 })
      .sort({ seq: -1 })
      .lean<{ at: Date }>()
      .exec(),
    EventModel.find({ committed: true, type: 'COMPONENT_STATUS_CHANGED' }, { at: 1, refs: 1 })
      .sort({ seq: -1 })
      .limit(componentEventWindow)
      .lean<{ at: Date; refs: { componentId?: { toHexString(): string } } }[]>()
      .exec(),
  ]);
  const components = new Map<string, Date>();
  for (const event of componentEvents) {
    const id = event.refs.componentId?.toHexString();
    if (id !== undefined && !components.has(id)) components.set(id, event.at);
  }
  return { last: last?.at ?? null, components };
}
