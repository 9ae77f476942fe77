#!/usr/bin/env node
// Runs the CLI from dist/ when it holds the current sources compiled (scripts/setup.mjs
// compiles them before `npm run build` and `npm test`), else runs the TypeScript
// through tsx's loader, so a checkout that was just edited needs no compile step.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledEntry } from '../scripts/compiled.mjs';

const compiled = compiledEntry(fileURLToPath(new URL('..', import.meta.url)));
let cli;
if (compiled) cli = await import(pathToFileURL(compiled).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
