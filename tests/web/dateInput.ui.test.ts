import { describe, expect, it } from 'vitest';
import {
  formatDay,
  fromDateInput,
  fromUtcDateTimeInput,
  toDateInput,
  toUtcDateTimeInput,
} from '../../web/src/ui/dateInput';

describe('toDateInput', () => {
  it.each([
    { iso: '2023-07-20T00:00:00.000Z', expected: '2023-07-20' },
    { iso: '2023-07-20T23:59:00.000Z', expected: '2023-07-20' },
    { iso: null, expected: '' },
    { iso: undefined, expected: '' },
    { iso: 'not a date', expected: '' },
  ])('should give "$expected" when the due time is $iso', ({ iso, expected }) => {
    expect(toDateInput(iso)).toBe(expected);
  });
});

describe('fromDateInput', () => {
  it.each([
    { value: '2023-07-20', expected: '2023-07-20T00:00:00.000Z' },
    { value: ' 2024-02-29 ', expected: '2024-02-29T00:00:00.000Z' },
    { value: '', expected: null },
    { value: '2023-02-30', expected: null },
    { value: '20/07/2023', expected: null },
  ])('should give $expected when the input holds "$value"', ({ value, expected }) => {
    expect(fromDateInput(value)).toBe(expected);
  });

  it('should round-trip a day unchanged when converted both ways', () => {
    const iso = fromDateInput('2023-12-31');
    expect(iso).not.toBeNull();
    expect(toDateInput(iso)).toBe('2023-12-31');
  });
});

describe('formatDay', () => {
  it('should show the UTC day when the due time is midnight UTC', () => {
    expect(formatDay('2023-07-20T00:00:00.000Z')).toBe('Jul 20, 2023');
  });
});

describe('fromUtcDateTimeInput', () => {
  it.each([
    { input: '2023-07-13T15:02', expected: '2023-07-13T15:02:00.000Z' },
    { input: '2023-07-13T15:02:09', expected: '2023-07-13T15:02:09Z' },
    { input: '', expected: null },
    { input: '13/07/2023 15:02', expected: null },
  ])('should read $input as UTC: $expected', ({ input, expected }) => {
    expect(fromUtcDateTimeInput(input)).toBe(expected);
  });

  it('should round-trip with toUtcDateTimeInput', () => {
    const at = Date.parse('2023-07-13T15:02:00.000Z');
    expect(fromUtcDateTimeInput(toUtcDateTimeInput(at))).toBe('2023-07-13T15:02:00.000Z');
  });
});
