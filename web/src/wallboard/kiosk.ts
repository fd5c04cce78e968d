/**
 * Kiosk options from the wallboard's URL, so a TV is configured once by its bookmark:
 * `?incident=ID` pins one incident, `?rotate=SECONDS` sets the rotation (5–3600 s, default 15),
 * `?theme=dark|light|high-contrast` (read by the theme module).
 */
export interface KioskOptions {
  readonly pinned: string | null;
  readonly rotateMs: number;
}

export const DEFAULT_ROTATE_SECONDS = 15;

/** Parses the query string; anything malformed falls back to the default. */
export function parseKioskOptions(search: string): KioskOptions {
  const params = new URLSearchParams(search);
  const pinned = params.get('incident')?.trim() || null;
  const rotate = Number(params.get('rotate'));
  const seconds =
    Number.isFinite(rotate) && rotate >= 5 && rotate <= 3600 ? rotate : DEFAULT_ROTATE_SECONDS;
  return { pinned, rotateMs: Math.round(seconds * 1000) };
}
