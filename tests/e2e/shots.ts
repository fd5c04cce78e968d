import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS } from './browser.js';

/**
 * Copies a screenshot the test just took to `WARROOM_SHOTS` (when set), for a person to look
 * at outside the repository's test results.
 */
export function keepShot(name: string): void {
  const dir = process.env['WARROOM_SHOTS'];
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(SCREENSHOTS, `${name}.png`), path.join(dir, `${name}.png`));
}
