// `import … from 'trialbrief'`: the API of src/index.ts, run through tsx as the CLI is
// (bin/trialbrief.js), so the package needs no compile step. tsx is registered for the
// whole process, not only for this import (tsImport): the API then shares its
// dependencies with the program that imports it (an `instanceof VFileMessage` holds), and
// the modules it loads later (the pipeline, on a build's first article) load too.
// Types come from src/index.ts itself (package.json "exports" → "types").
import { register } from 'tsx/esm/api';

register();
const api = await import('./src/index.ts');

// Every export of src/index.ts (test/integration/api.test.ts checks that none is missing).
export const { AUDIENCES, Facts, build, check, compose, extract, factsJsonSchema, loadGlossary, render } = api;
