/**
 * Change streams: a `$changeStream` stage opens a stream over a collection, a database or the
 * whole deployment. Each getMore turns the history after the stream's position into change
 * documents (MongoDB's shape, resume token as `_id`), runs the user's remaining stages through
 * mingo, and reports `postBatchResumeToken` so drivers can resume even after empty batches.
 */
import { Timestamp } from 'bson';
import {
  decodeToken,
  encodeToken,
  type ChangeEvent,
  type ChangeLog,
  type Position,
} from './changelog.js';
import { badValue, CommandError, notImplemented } from './errors.js';
import { checkChangeStreamStages } from './stages.js';
import { cloneDoc, isPlainObject, valueKey, type Doc } from './values.js';
import { applyHints, promoteTree, type HintList, type Hints } from './numeric.js';
import { runStages, type PlacedStage } from './pipeline.js';

/** Looks up the current version of a document, for `fullDocument: 'updateLookup'`. */
export type DocumentLookup = (db: string, coll: string, documentKey: Doc) => Doc | null;

type Scope =
  | { kind: 'collection'; db: string; coll: string }
  | { kind: 'database'; db: string }
  | { kind: 'cluster' };

const FULL_DOCUMENT = new Set(['default', 'updateLookup', 'whenAvailable', 'required']);
const BEFORE_CHANGE = new Set(['off', 'whenAvailable', 'required']);
const STAGE_OPTIONS = new Set([
  'fullDocument',
  'fullDocumentBeforeChange',
  'resumeAfter',
  'startAfter',
  'startAtOperationTime',
  'allChangesForCluster',
  'showExpandedEvents',
]);
/** Clock value shown as `clusterTime`: seconds of the wall clock, ordinal = commit sequence. */
function clusterTime(event: ChangeEvent): Timestamp {
  return new Timestamp({
    t: Math.floor(event.wallTime.getTime() / 1000),
    i: event.seq % 0x100000000,
  });
}

/** One open change stream. */
export class ChangeStream {
  private readonly scope: Scope;
  private readonly fullDocument: string;
  private readonly beforeChange: string;
  /** The stages after `$changeStream`, at their place in the command (`pipeline.1`, …). */
  private readonly stages: PlacedStage[];
  /** Double/Long hints of the command's literals (see numeric.ts). */
  private readonly cmdHints: Hints | undefined;
  private readonly variables: Doc | undefined;
  private position: Position;
  private readonly startAt: Timestamp | undefined;
  /** Set once an invalidate event was delivered: the cursor then closes. */
  invalidated = false;

  constructor(
    db: string,
    coll: string | undefined,
    spec: Doc,
    rest: Doc[],
    log: ChangeLog,
    typing: { hints?: HintList | undefined; variables?: Doc | undefined } = {},
  ) {
    for (const key of Object.keys(spec))
      if (!STAGE_OPTIONS.has(key)) throw notImplemented(`$changeStream option '${key}'`);
    // Expanded events (DDL events, collectionUUID, updateDescription.disambiguatedPaths).
    if (spec.showExpandedEvents === true)
      throw notImplemented(`$changeStream option 'showExpandedEvents'`);
    const cluster = spec.allChangesForCluster === true;
    if (cluster && db !== 'admin')
      throw badValue('allChangesForCluster requires the admin database');
    this.scope = cluster
      ? { kind: 'cluster' }
      : coll === undefined
        ? { kind: 'database', db }
        : { kind: 'collection', db, coll };
    this.fullDocument = typeof spec.fullDocument === 'string' ? spec.fullDocument : 'default';
    this.beforeChange =
      typeof spec.fullDocumentBeforeChange === 'string' ? spec.fullDocumentBeforeChange : 'off';
    if (!FULL_DOCUMENT.has(this.fullDocument))
      throw badValue(`unknown fullDocument '${this.fullDocument}'`);
    if (!BEFORE_CHANGE.has(this.beforeChange))
      throw badValue(`unknown fullDocumentBeforeChange '${this.beforeChange}'`);
    checkChangeStreamStages(rest);
    this.stages = rest.map((stage, i) => ({ stage, at: `pipeline.${i + 1}` }));
    this.cmdHints = typing.hints && typing.hints.length > 0 ? new Map(typing.hints) : undefined;
    this.variables = typing.variables;
    const token = spec.resumeAfter ?? spec.startAfter;
    this.position = token !== undefined ? decodeToken(token) : log.latest();
    this.startAt =
      spec.startAtOperationTime instanceof Timestamp ? spec.startAtOperationTime : undefined;
    if (this.startAt) this.position = log.earliest();
    // Validate the resume point now so a stale token fails the aggregate, not a later getMore.
    log.since(this.position);
  }

  /**
   * The event after the stream's stages, or undefined when they drop it. Events hold
   * Double/Long values as BSON wrappers, which mingo does not compare with numbers: the stages
   * run on a promoted copy with its hints, exactly as aggregate runs them over stored
   * documents, and the result gets its Double/Long values back.
   */
  private transform(doc: Doc): Doc | undefined {
    if (this.stages.length === 0) return doc;
    const list: HintList = [];
    const promoted = promoteTree(cloneDoc(doc), '', list);
    if (!isPlainObject(promoted)) throw new Error('bug: a promoted change event is not a document');
    const hints = new Map<Doc, Hints>();
    if (list.length > 0) hints.set(promoted, new Map(list));
    const options = this.variables ? { variables: this.variables } : {};
    const result = runStages(this.stages, { docs: [promoted], hints }, options, this.cmdHints);
    const first = result.docs[0];
    if (!isPlainObject(first)) return undefined;
    // Without its own _id an event cannot be resumed from: mongod fails the stream.
    if (!('_id' in first) || valueKey(first._id) !== valueKey(doc._id))
      throw new CommandError(
        'ChangeStreamFatalError',
        'Encountered an event whose _id field, which contains the resume token, was modified by the pipeline. Modifying the _id field of an event makes it impossible to resume the stream from that point. Only transformations that retain the unmodified _id field are allowed.',
      );
    return applyHints(first, result.hints.get(first));
  }

  /** The token a client resumes from after the last batch. */
  resumeToken(): Doc {
    return { _data: encodeToken(this.position) };
  }

  private inScope(event: ChangeEvent): boolean {
    if (this.scope.kind === 'cluster') return true;
    if (event.db !== this.scope.db) return false;
    return (
      this.scope.kind === 'database' ||
      event.coll === this.scope.coll ||
      event.operationType === 'dropDatabase'
    );
  }

  private shape(event: ChangeEvent, lookup: DocumentLookup): Doc {
    const out: Doc = {
      _id: { _data: encodeToken(event) },
      operationType: event.operationType,
      clusterTime: clusterTime(event),
      wallTime: event.wallTime,
    };
    if (event.operationType === 'dropDatabase') out.ns = { db: event.db };
    else out.ns = { db: event.db, coll: event.coll };
    if (event.to) out.to = event.to;
    if (event.documentKey) out.documentKey = event.documentKey;
    if (event.updateDescription) out.updateDescription = event.updateDescription;
    const t = event.operationType;
    if (this.beforeChange !== 'off' && (t === 'update' || t === 'replace' || t === 'delete')) {
      out.fullDocumentBeforeChange = event.fullDocumentBeforeChange ?? null;
    }
    if (t === 'insert' || t === 'replace') out.fullDocument = event.fullDocument;
    else if (t === 'update') {
      if (this.fullDocument === 'updateLookup' && event.documentKey) {
        out.fullDocument = lookup(event.db, event.coll, event.documentKey);
      } else if (this.fullDocument === 'whenAvailable' || this.fullDocument === 'required') {
        out.fullDocument = event.fullDocument ?? null;
      }
    }
    return out;
  }

  /**
   * Change documents after the current position (at most `batchSize`), advancing it. When the
   * history is drained the position moves to the head so the resume token stays fresh.
   */
  next(log: ChangeLog, lookup: DocumentLookup, batchSize: number): Doc[] {
    const out: Doc[] = [];
    const events = log.since(this.position);
    const max = batchSize > 0 ? batchSize : Infinity;
    let drained = true;
    for (const event of events) {
      if (out.length >= max) {
        drained = false;
        break;
      }
      this.position = { seq: event.seq, sub: event.sub };
      if (!this.inScope(event)) continue;
      if (this.startAt && clusterTime(event).lessThan(this.startAt)) continue;
      const doc = this.transform(this.shape(event, lookup));
      if (!doc) continue;
      out.push(doc);
      if (this.invalidates(event)) {
        out.push({
          _id: { _data: encodeToken({ seq: event.seq, sub: event.sub }) },
          operationType: 'invalidate',
          clusterTime: clusterTime(event),
          wallTime: event.wallTime,
        });
        this.invalidated = true;
        drained = false;
        break;
      }
    }
    if (drained) this.position = log.latest();
    return out;
  }

  private invalidates(event: ChangeEvent): boolean {
    if (this.scope.kind === 'collection')
      return (
        event.operationType === 'drop' ||
        event.operationType === 'rename' ||
        event.operationType === 'dropDatabase'
      );
    return this.scope.kind === 'database' && event.operationType === 'dropDatabase';
  }
}
