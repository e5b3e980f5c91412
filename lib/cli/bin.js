#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the command needs no build step.
import { register } from 'tsx/esm/api';

// Ignore any tsconfig.json in the directory the command is run from: it belongs to someone else's project.
register({ tsconfig: false });
await import('./main.ts');
