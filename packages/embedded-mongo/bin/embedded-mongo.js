#!/usr/bin/env node
// The `embedded-mongo` command: the compiled CLI (`npm run build`) under plain node, or, in a
// checkout that has not been built, the TypeScript source through tsx (a root devDependency).
import { existsSync } from 'node:fs';

if (existsSync(new URL('../dist/cli.js', import.meta.url))) {
  await import('@war-room/embedded-mongo/cli');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli.ts', import.meta.url).href);
}
