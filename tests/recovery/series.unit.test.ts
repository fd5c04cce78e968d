import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { flowKind } from '../../server/src/recovery/flow.kind.js';
import { primaryFlowOf, recoveryTimes, toSeries } from '../../server/src/recovery/series.js';
import type { SampleDoc } from '../../server/src/recovery/recovery.model.js';

const t0 = Date.parse('2023-07-13T15:00:00.000Z');
const incidentId = new Types.ObjectId();
const sample = (flow: string, minutes: number, value: number): SampleDoc => ({
  _id: new Types.ObjectId(),
  incidentId,
  flow,
  value,
  at: new Date(t0 + minutes * 60_000),
  note: null,
});

describe('flowKind', () => {
  it.each([
    { flow: 'sales_flow', expected: 'LEVEL' },
    { flow: 'order_cancellations', expected: 'RATE' },
    { flow: 'checkout_error_rate', expected: 'RATE' },
    { flow: 'payment_failures', expected: 'RATE' },
    { flow: 'api_errors', expected: 'RATE' },
    { flow: '_errors', expected: 'LEVEL' },
  ])('should call $flow a $expected', ({ flow, expected }) => {
    expect(flowKind(flow)).toBe(expected);
  });
});

describe('primaryFlowOf', () => {
  it('should be the flow set on the incident', () => {
    expect(primaryFlowOf({ primaryFlow: 'orders' }, [sample('sales_flow', 0, 10)])).toBe('orders');
  });

  it('should default to the first level flow recorded, never a rate', () => {
    const samples = [
      sample('sessions', 30, 50),
      sample('order_cancellations', 0, 5),
      sample('orders', 10, 40),
    ];
    expect(primaryFlowOf({}, samples)).toBe('orders');
  });

  it('should be null with only rates or nothing', () => {
    expect(primaryFlowOf({}, [])).toBeNull();
    expect(primaryFlowOf({ primaryFlow: null }, [sample('api_errors', 0, 3)])).toBeNull();
  });
});

describe('toSeries', () => {
  it('should order primary, then levels furthest from nominal, then rates by name', () => {
    const series = toSeries(
      [
        sample('api_errors', 0, 3),
        sample('checkout', 0, 95),
        sample('order_cancellations', 0, 5),
        sample('sessions', 5, 40),
        sample('sales_flow', 20, 70),
        sample('orders', 1, 110),
      ],
      { primaryFlow: 'sales_flow', flowThresholds: [{ flow: 'api_errors', value: 2 }] },
    );
    expect(series.map((s) => s.flow)).toEqual([
      'sales_flow',
      'sessions',
      'orders',
      'checkout',
      'api_errors',
      'order_cancellations',
    ]);
    expect(series.find((s) => s.flow === 'api_errors')?.threshold).toBe(2);
    expect(series.find((s) => s.flow === 'order_cancellations')?.threshold).toBeNull();
  });

  it('should put samples oldest first whatever order they come in', () => {
    const [series] = toSeries([sample('orders', 30, 60), sample('orders', 0, 40)]);
    expect(series?.samples.map((s) => s.value)).toEqual([40, 60]);
  });
});

describe('recoveryTimes', () => {
  it('should measure the primary flow from the incident start, null where never reached', () => {
    const times = recoveryTimes({ startedAt: new Date(t0), primaryFlow: 'orders' }, [
      sample('orders', 60, 55),
      sample('orders', 120, 95),
      sample('sessions', 10, 100),
    ]);
    expect(times).toEqual({ reached50: 3600, reached90: 7200, reached100: null });
  });
});
