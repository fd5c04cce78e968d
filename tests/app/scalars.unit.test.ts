import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, parseDateTime } from '../../server/src/app/scalars.js';

function rejection(value: unknown): GraphQLError {
  try {
    parseDateTime(value);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`${String(value)} was accepted`);
}

describe('DateTime scalar', () => {
  it.each([
    { input: '2023-07-13T15:02:00Z', expected: '2023-07-13T15:02:00.000Z' },
    { input: '2023-07-13T15:02Z', expected: '2023-07-13T15:02:00.000Z' },
    { input: '2023-07-13T17:02:00.123+02:00', expected: '2023-07-13T15:02:00.123Z' },
    { input: '2024-02-29T23:59:59Z', expected: '2024-02-29T23:59:59.000Z' },
    { input: '2000-02-29T00:00:00Z', expected: '2000-02-29T00:00:00.000Z' },
  ])('should accept $input as $expected', ({ input, expected }) => {
    expect(DateTimeScalar.serialize(parseDateTime(input))).toBe(expected);
  });

  it.each([
    '2023-02-31T00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2023-04-31T00:00:00Z',
    '2023-13-01T00:00:00Z',
    '2023-00-10T00:00:00Z',
    '2023-07-00T00:00:00Z',
    '2023-07-13T24:00:00Z',
    '2023-07-13T15:60:00Z',
    '2023-07-13T15:02:60Z',
    '2023-07-13T15:02:00+24:00',
  ])('should reject the impossible %s as BAD_USER_INPUT naming the value', (input) => {
    const error = rejection(input);
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(input);
  });

  it.each(['2023-07-13 15:02:00Z', '2023-07-13T15:02:00', 'yesterday', ''])(
    'should reject the malformed %j as BAD_USER_INPUT',
    (input) => {
      const error = rejection(input);
      expect(error.extensions['code']).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(`"${input}"`);
    },
  );

  it('should reject a non-string as BAD_USER_INPUT', () => {
    expect(rejection(1689260520000).extensions['code']).toBe('BAD_USER_INPUT');
  });
});
