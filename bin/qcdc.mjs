#!/usr/bin/env node
// The installed `qcdc` command: runs the TypeScript entry (electron/cli/main.ts) through tsx's
// loader API in this same process, so signals, stdio and the exit code are the command's own.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../electron/cli/main.ts', import.meta.url).href);
