import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSharedExecutor } from '../../server/src/live/shared-execution.js';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Event { seq: Int! label: String! }
  type Subscription { events: Event! }
`);

/** A subscription source that yields the given sequence numbers as `{ events: { seq } }`. */
function source(seqs: number[]) {
  return async function* () {
    for (const seq of seqs) {
      await Promise.resolve();
      yield { events: { seq } };
    }
  };
}

async function collect(
  iterator: AsyncIterableIterator<ExecutionResult> | ExecutionResult,
): Promise<ExecutionResult[]> {
  if (!(Symbol.asyncIterator in iterator)) return [iterator];
  const results: ExecutionResult[] = [];
  for await (const result of iterator) results.push(result);
  return results;
}

describe('createSharedExecutor', () => {
  it('should run the resolver tree once per event for subscribers that share a key', async () => {
    let executions = 0;
    const rootValue = {};
    const document = parse('subscription { events { seq label } }');
    const shared = createSharedExecutor();
    const subscribe = (key: string) =>
      shared.subscribe(
        {
          schema,
          document,
          rootValue,
          fieldResolver: (parent: unknown, _args, _ctx, info) => {
            if (info.fieldName === 'label') {
              executions += 1;
              return `label-${executions}`;
            }
            const value: unknown =
              typeof parent === 'object' && parent !== null
                ? Reflect.get(parent, info.fieldName)
                : null;
            return value;
          },
          subscribeFieldResolver: () => source([1, 2, 3])(),
        },
        key,
        () => ({}),
      );
    const [a, b, c] = await Promise.all([subscribe('same'), subscribe('same'), subscribe('other')]);
    const [ra, rb, rc] = await Promise.all([collect(a), collect(b), collect(c)]);
    expect(ra.map((r) => r.data)).toEqual(rb.map((r) => r.data));
    expect(ra).toHaveLength(3);
    expect(rc).toHaveLength(3);
    // 3 events × 2 distinct keys, not 3 events × 3 subscribers.
    expect(executions).toBe(6);
  });
});
