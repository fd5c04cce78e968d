/**
 * Word search over incidents, backed by a multikey index instead of a collection scan: each
 * incident stores the lower-cased words of its title and update bodies, and every prefix of
 * three letters or more, so "check" finds "Checkout" and "cancel" finds "cancellations".
 */

const maxWordLength = 30;
const minPrefix = 3;

/** The words of a text, lower-cased, letters and digits in any script. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 2);
}

/** The terms stored for a text: each word (capped at 30 characters) and its prefixes. */
export function searchTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      const capped = word.slice(0, maxWordLength);
      terms.add(capped);
      for (let length = minPrefix; length < capped.length; length += 1)
        terms.add(capped.slice(0, length));
    }
  }
  return [...terms];
}

/** The terms a query must all match: each of its words, as typed (capped like stored words). */
export function queryTerms(text: string): string[] {
  return [...new Set(words(text).map((word) => word.slice(0, maxWordLength)))];
}
