import { describe, expect, it } from 'vitest';
import {
  chartLabel,
  flowKind,
  flowLabel,
  flowLevel,
  formatFlowValue,
  type FlowKind,
} from '../../web/src/recovery/flowKind';
import { axisEnd, yRange } from '../../web/src/recovery/RecoveryChart';
import { formatUtcClock } from '../../web/src/ui/format';

describe('flowKind', () => {
  it.each([
    { flow: 'order_cancellations', expected: 'rate' },
    { flow: 'checkout_errors', expected: 'rate' },
    { flow: 'api_error_rate', expected: 'rate' },
    { flow: 'payment_failures', expected: 'rate' },
    { flow: 'sales_flow', expected: 'recovery' },
    { flow: 'orders', expected: 'recovery' },
    { flow: 'sessions', expected: 'recovery' },
    { flow: 'error_budget', expected: 'recovery' },
    { flow: 'cancellations_recovered', expected: 'recovery' },
  ])('should classify $flow as $expected when its name ends that way', ({ flow, expected }) => {
    expect(flowKind(flow)).toBe(expected);
  });
});

describe('formatFlowValue', () => {
  it.each([
    { flow: 'order_cancellations', value: 2, expected: '2% cancellations' },
    { flow: 'order_cancellations', value: 4.25, expected: '4.3% cancellations' },
    { flow: 'checkout_errors', value: 0.5, expected: '0.5% errors' },
    { flow: 'api_error_rate', value: 12, expected: '12% errors' },
    { flow: 'payment_failures', value: 1, expected: '1% failures' },
    { flow: 'sales_flow', value: 92, expected: '92%' },
    { flow: 'orders', value: 100, expected: '100%' },
  ])('should read $expected when $flow is at $value', ({ flow, value, expected }) => {
    expect(formatFlowValue(flow, value)).toBe(expected);
  });
});

describe('flowLevel', () => {
  it.each([
    { flow: 'order_cancellations', value: 2, expected: 'level-calm' },
    { flow: 'order_cancellations', value: 4.9, expected: 'level-calm' },
    { flow: 'order_cancellations', value: 5, expected: 'level-warn' },
    { flow: 'checkout_errors', value: 19.9, expected: 'level-warn' },
    { flow: 'checkout_errors', value: 20, expected: 'level-bad' },
    { flow: 'sales_flow', value: 2, expected: 'level-bad' },
    { flow: 'sales_flow', value: 60, expected: 'level-warn' },
    { flow: 'sales_flow', value: 95, expected: 'level-ok' },
    { flow: 'sales_flow', value: 130, expected: 'level-ok' },
  ])('should colour $flow at $value as $expected', ({ flow, value, expected }) => {
    expect(flowLevel(flow, value)).toBe(expected);
  });
});

describe('flowLabel and chartLabel', () => {
  it('should name a flow in words when its name has underscores', () => {
    expect(flowLabel('order_cancellations')).toBe('Order cancellations');
  });

  it('should say lower is better when the chart is a rate', () => {
    expect(chartLabel('order_cancellations', 2)).toBe(
      'Order cancellations rate over time (lower is better), now 2% cancellations',
    );
  });

  it('should say percent of nominal when the chart is a recovery level', () => {
    expect(chartLabel('sales_flow', 90)).toBe(
      'Recovery of sales flow over time, percent of nominal, now 90%',
    );
  });

  it('should leave out the current figure when there is no sample', () => {
    expect(chartLabel('sales_flow', null)).toBe(
      'Recovery of sales flow over time, percent of nominal',
    );
  });
});

const ranges: { kind: FlowKind; max: number; expected: [number, number] }[] = [
  { kind: 'rate', max: 5, expected: [0, 10] },
  { kind: 'rate', max: 30, expected: [0, 40] },
  { kind: 'recovery', max: 90, expected: [0, 105] },
  { kind: 'recovery', max: 130, expected: [0, 130] },
];

describe('yRange', () => {
  it.each(ranges)(
    'should span $expected when a $kind chart peaks at $max',
    ({ kind, max, expected }) => {
      expect(yRange(kind, max)).toEqual(expected);
    },
  );
});

describe('axisEnd', () => {
  it('should end at now when every sample is older', () => {
    expect(axisEnd(1000, [10, 500])).toBe(1000);
  });

  it('should end at the latest sample when it is newer than the last tick of now', () => {
    expect(axisEnd(1000, [10, 1003])).toBe(1003);
  });
});

describe('formatUtcClock', () => {
  it.each([
    { withSeconds: false, expected: '15:02' },
    { withSeconds: true, expected: '15:02:09' },
  ])('should show $expected when seconds are $withSeconds', ({ withSeconds, expected }) => {
    expect(formatUtcClock(Date.UTC(2023, 6, 13, 15, 2, 9), withSeconds)).toBe(expected);
  });
});
