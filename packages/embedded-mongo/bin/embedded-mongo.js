#!/usr/bin/env node
// The `embedded-mongo` command. The package ships TypeScript source for now, so this registers
// tsx before loading the CLI through the package's own `./cli` entry point.
import { register } from 'tsx/esm/api';

register();
await import('@war-room/embedded-mongo/cli');
