import { describe, expect, it } from 'vitest';
import type { ComponentStatus } from '../../web/src/__generated__/graphql';
import { unhealthyComponents, unhealthySummary } from '../../web/src/components/componentHealth';

describe('unhealthyComponents', () => {
  it.each<{ status: ComponentStatus; unhealthy: boolean }>([
    { status: 'OPERATIONAL', unhealthy: false },
    { status: 'UNDER_MAINTENANCE', unhealthy: false },
    { status: 'DEGRADED_PERFORMANCE', unhealthy: true },
    { status: 'PARTIAL_OUTAGE', unhealthy: true },
    { status: 'MAJOR_OUTAGE', unhealthy: true },
  ])(
    'should count a component as unhealthy=$unhealthy when it is $status',
    ({ status, unhealthy }) => {
      expect(unhealthyComponents([{ status }])).toHaveLength(unhealthy ? 1 : 0);
    },
  );
});

describe('unhealthySummary', () => {
  it.each([
    { count: 1, expected: '1 component is degraded or down' },
    { count: 3, expected: '3 components are degraded or down' },
  ])('should say "$expected" when $count components are unhealthy', ({ count, expected }) => {
    expect(unhealthySummary(count)).toBe(expected);
  });
});
