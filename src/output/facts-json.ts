// out/<slug>/facts.json: the Facts of an article, naming the JSON Schema they follow.
//
// "$schema" is the path, relative to the facts.json file, of schema/facts.schema.json in
// the trialbrief that wrote it: ../../schema/facts.schema.json in a checkout,
// ../../node_modules/trialbrief/schema/facts.schema.json where trialbrief is installed
// (the way tools' config files point into node_modules). Editors and validators resolve
// a relative "$schema", so facts.json is checked and completed as it is opened. That
// file rather than a copy written into out/ by each build: it is committed and reviewed
// with the code (a change to the Facts contract shows in the diff; a test keeps it
// current), it is the same one `trialbrief schema` prints and the package exports as
// `trialbrief/facts.schema.json`, and out/ holds nothing but what its articles made.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Facts } from '../article/schema.js';

export const FACTS_SCHEMA_FILE = fileURLToPath(new URL('../../schema/facts.schema.json', import.meta.url));

/** The text of `file` (a facts.json path): the facts, after a "$schema" relative to it. */
export function factsJson(facts: Facts, file: string): string {
  const schema = path
    .relative(path.dirname(path.resolve(file)), FACTS_SCHEMA_FILE)
    .split(path.sep)
    .join('/');
  return `${JSON.stringify({ $schema: schema, ...facts }, null, 2)}\n`;
}
