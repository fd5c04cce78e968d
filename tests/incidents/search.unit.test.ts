import { describe, expect, it } from 'vitest';
import { queryTerms, searchTerms, words } from '../../server/src/incidents/search.js';

describe('words', () => {
  it.each([
    { text: 'Checkout is DOWN!', expected: ['checkout', 'is', 'down'] },
    { text: 'approx. 2-5% of orders', expected: ['approx', 'of', 'orders'] },
    { text: 'Zahlungsausfall in Köln', expected: ['zahlungsausfall', 'in', 'köln'] },
    { text: '   ', expected: [] },
  ])('should split "$text" into $expected', ({ text, expected }) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('searchTerms', () => {
  it('should store each word and its prefixes of three letters or more', () => {
    expect(searchTerms('Checkout').sort()).toEqual(
      ['che', 'chec', 'check', 'checko', 'checkou', 'checkout'].sort(),
    );
  });

  it('should let a query prefix match a stored word when the query is three letters or more', () => {
    const stored = new Set(searchTerms('Order cancellations rising', 'Payments degraded'));
    for (const query of ['cancel', 'PAY', 'order rising', 'degraded payments']) {
      expect(queryTerms(query).every((term) => stored.has(term))).toBe(true);
    }
    expect(queryTerms('refund').every((term) => stored.has(term))).toBe(false);
  });
});
