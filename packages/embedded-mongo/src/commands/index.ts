/**
 * Command dispatch: looks up the handler by the command's first key, rejects what the engine
 * does not support with NotImplemented, deduplicates retryable writes, and turns every failure
 * into a MongoDB error reply.
 */
import { Binary } from 'bson';
import { CommandError, notImplemented, toCommandError } from '../errors.js';
import { checkCommandOptions } from '../options.js';
import { bsonString, type Doc } from '../values.js';
import { adminCommands } from './admin.js';
import { aggregateCommands } from './aggregate.js';
import type { CommandContext, Handler } from './context.js';
import { ddlCommands } from './ddl.js';
import { findAndModifyCommands } from './findAndModify.js';
import { readCommands } from './read.js';
import { writeCommands } from './write.js';

const HANDLERS: Record<string, Handler> = {
  ...adminCommands,
  ...ddlCommands,
  ...readCommands,
  ...writeCommands,
  ...findAndModifyCommands,
  ...aggregateCommands,
};

const RETRYABLE = new Set(['insert', 'update', 'delete', 'findAndModify', 'findandmodify']);
const MAX_REMEMBERED = 10_000;

/** Replies of recent retryable writes, keyed by session id + txnNumber. */
export class RetryCache {
  private readonly replies = new Map<string, Promise<Doc>>();

  /** Runs `fn` once per key; a retry with the same key gets the first attempt's reply. */
  run(key: string, fn: () => Promise<Doc>): Promise<Doc> {
    const existing = this.replies.get(key);
    if (existing) return existing;
    const pending = fn();
    this.replies.set(key, pending);
    // A failed attempt (ok: 0) did not write: let the retry run for real.
    pending.then(
      (reply) => {
        if (reply.ok !== 1) this.replies.delete(key);
      },
      () => this.replies.delete(key),
    );
    if (this.replies.size > MAX_REMEMBERED) {
      const oldest = this.replies.keys().next().value;
      if (oldest !== undefined) this.replies.delete(oldest);
    }
    return pending;
  }
}

function sessionKey(cmd: Doc): string | undefined {
  const lsid = cmd.lsid;
  const txn = cmd.txnNumber;
  if (typeof lsid !== 'object' || lsid === null || txn === undefined) return undefined;
  const id = (lsid as { id?: unknown }).id;
  const idText = id instanceof Binary ? Buffer.from(id.buffer).toString('hex') : JSON.stringify(id);
  return `${idText}:${bsonString(txn)}`;
}

/** The error reply for a failed command. */
export function errorReply(error: unknown): Doc {
  const e = toCommandError(error);
  return { ok: 0, errmsg: e.message, code: e.code, codeName: e.codeName, ...e.extra };
}

/** Runs one command and always resolves with a reply document. */
export async function runCommand(cmd: Doc, ctx: CommandContext, retries: RetryCache): Promise<Doc> {
  const name = Object.keys(cmd)[0];
  try {
    if (name === undefined) throw new CommandError('CommandNotFound', 'no command given');
    const handler = Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
    if (!handler) throw new CommandError('CommandNotFound', `no such command: '${name}'`);
    if (cmd.startTransaction === true || cmd.autocommit === false)
      throw notImplemented('multi-document transactions');
    checkCommandOptions(name, cmd);
    const key = RETRYABLE.has(name) ? sessionKey(cmd) : undefined;
    const execute = async (): Promise<Doc> => {
      try {
        return await handler(cmd, ctx);
      } catch (error) {
        return errorReply(error);
      }
    };
    return key ? await retries.run(key, execute) : await execute();
  } catch (error) {
    return errorReply(error);
  }
}

/** The names of every command the engine dispatches (for the option audit). */
export function commandNames(): string[] {
  return Object.keys(HANDLERS);
}
