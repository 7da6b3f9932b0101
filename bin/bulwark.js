#!/usr/bin/env node
// The `bulwark` command: runs the TypeScript sources directly.
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
