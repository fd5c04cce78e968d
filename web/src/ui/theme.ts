/**
 * Light, dark and high-contrast themes. The page follows the system (`prefers-color-scheme`,
 * and `prefers-contrast: more` for high contrast) unless the viewer picks one, which is kept in
 * localStorage; a kiosk URL's `?theme=` wins over both without being stored.
 */
import { useSyncExternalStore } from 'react';

export const THEMES = ['dark', 'light', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** What the viewer chose: a theme, or to follow the system. */
export type ThemeChoice = Theme | 'system';

const KEY = 'warroom.theme';
const listeners = new Set<() => void>();

/** Narrows a string (a stored value, a URL parameter) to a theme. */
export function parseTheme(value: string | null | undefined): Theme | null {
  return THEMES.find((t) => t === value) ?? null;
}

/** The theme the system asks for. */
export function systemTheme(prefers: (query: string) => boolean): Theme {
  if (prefers('(prefers-contrast: more)')) return 'high-contrast';
  return prefers('(prefers-color-scheme: light)') ? 'light' : 'dark';
}

/** The theme to show: the URL's, else the viewer's choice, else the system's. */
export function resolveTheme(
  urlTheme: string | null,
  choice: ThemeChoice,
  prefers: (query: string) => boolean,
): Theme {
  return parseTheme(urlTheme) ?? (choice === 'system' ? systemTheme(prefers) : choice);
}

function storedChoice(): ThemeChoice {
  try {
    return parseTheme(localStorage.getItem(KEY)) ?? 'system';
  } catch {
    return 'system';
  }
}

const prefers = (query: string): boolean => window.matchMedia(query).matches;

function urlTheme(): string | null {
  return new URLSearchParams(window.location.search).get('theme');
}

/** Puts the resolved theme on `<html data-theme>`, where the stylesheets read it. */
function apply(): void {
  document.documentElement.dataset['theme'] = resolveTheme(urlTheme(), storedChoice(), prefers);
  for (const listener of listeners) listener();
}

/** Applies the theme now and follows system changes; call once at start-up. */
export function installTheme(): void {
  apply();
  for (const query of ['(prefers-color-scheme: light)', '(prefers-contrast: more)']) {
    window.matchMedia(query).addEventListener('change', apply);
  }
}

/** Stores the viewer's choice and applies it. */
export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  apply();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentTheme = (): Theme => parseTheme(document.documentElement.dataset['theme']) ?? 'dark';

/** The theme on screen, for code that paints (charts). */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => 'dark');
}

/** The viewer's stored choice, for the picker. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, storedChoice, () => 'system');
}
