import { describe, expect, it } from 'vitest';
import { byImpactThenStart } from '../../web/src/incidents/incidentOrder';
import { headlineFirst, headlineFlow } from '../../web/src/recovery/headline';

describe('byImpactThenStart', () => {
  it('should put the worst impact first, then the one that started first', () => {
    const incidents = [
      { id: 'a', impact: 'MAJOR' as const, startedAt: '2023-07-13T15:00:00Z' },
      { id: 'b', impact: 'CRITICAL' as const, startedAt: '2023-07-13T16:00:00Z' },
      { id: 'c', impact: 'MINOR' as const, startedAt: '2023-07-13T14:00:00Z' },
      { id: 'd', impact: 'CRITICAL' as const, startedAt: '2023-07-13T15:30:00Z' },
      { id: 'e', impact: 'NONE' as const, startedAt: '2023-07-13T13:00:00Z' },
    ];
    expect(byImpactThenStart(incidents).map((i) => i.id)).toEqual(['d', 'b', 'a', 'c', 'e']);
    expect(incidents[0]?.id).toBe('a');
  });
});

describe('headlineFlow', () => {
  const series = (flow: string, firstAt: string | null) => ({
    flow,
    samples: firstAt === null ? [] : [{ at: firstAt, value: 50 }],
  });

  it.each([
    {
      name: 'the first series, the primary flow as the API orders them',
      recovery: [
        series('sales_flow', '2023-07-13T16:00:00Z'),
        series('sessions', '2023-07-13T15:00:00Z'),
        series('order_cancellations', '2023-07-13T15:00:00Z'),
      ],
      expected: 'sales_flow',
    },
    {
      name: 'none when only rates are recorded',
      recovery: [series('order_cancellations', '2023-07-13T15:00:00Z')],
      expected: null,
    },
    { name: 'none without samples', recovery: [series('sales_flow', null)], expected: null },
  ])('should choose $name', ({ recovery, expected }) => {
    expect(headlineFlow(recovery)?.flow ?? null).toBe(expected);
  });

  it('should keep the order the API gives (headline first, rates last)', () => {
    const recovery = [
      series('sales_flow', '2023-07-13T15:30:00Z'),
      series('checkout', '2023-07-13T16:00:00Z'),
      series('order_cancellations', '2023-07-13T15:00:00Z'),
    ];
    expect(headlineFirst(recovery).map((s) => s.flow)).toEqual([
      'sales_flow',
      'checkout',
      'order_cancellations',
    ]);
  });
});
