import { describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme, systemTheme } from '../../web/src/ui/theme';

const prefers =
  (...matching: string[]) =>
  (query: string) =>
    matching.includes(query);

describe('themes', () => {
  it.each([
    { url: null, choice: 'system' as const, system: prefers(), expected: 'dark' },
    {
      url: null,
      choice: 'system' as const,
      system: prefers('(prefers-color-scheme: light)'),
      expected: 'light',
    },
    {
      url: null,
      choice: 'system' as const,
      system: prefers('(prefers-contrast: more)', '(prefers-color-scheme: light)'),
      expected: 'high-contrast',
    },
    {
      url: null,
      choice: 'dark' as const,
      system: prefers('(prefers-color-scheme: light)'),
      expected: 'dark',
    },
    {
      url: 'high-contrast',
      choice: 'light' as const,
      system: prefers(),
      expected: 'high-contrast',
    },
    { url: 'sepia', choice: 'light' as const, system: prefers(), expected: 'light' },
  ])('should show $expected for url=$url, choice=$choice', ({ url, choice, system, expected }) => {
    expect(resolveTheme(url, choice, system)).toBe(expected);
  });

  it('should only accept the three themes', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('LIGHT')).toBeNull();
    expect(systemTheme(prefers())).toBe('dark');
  });
});
