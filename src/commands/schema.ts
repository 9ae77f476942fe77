// `trialbrief schema`: the JSON Schema of the Facts (what facts.json holds), on stdout.
import { factsJsonSchemaText } from '../article/json-schema.js';

export async function runSchema(): Promise<number> {
  process.stdout.write(factsJsonSchemaText());
  return 0;
}
