// The Facts contract as a JSON Schema: `trialbrief schema` prints it, the committed
// schema/facts.schema.json is the same (`npm run write-schema` regenerates it), real
// facts validate against it, and facts.json names it with a "$schema" that resolves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { factsJsonSchema, factsJsonSchemaText } from '../../src/article/json-schema.js';
import { Facts } from '../../src/article/schema.js';
import { FACTS_SCHEMA_FILE, factsJson } from '../../src/output/facts-json.js';
import { ROOT, ZIMISLECEL_TXT, factsFrom } from '../helpers/article.js';
import { runCli } from '../helpers/cli.js';

const fixture = Facts.parse(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/zimislecel.facts.json'), 'utf8')));

describe('the JSON Schema of the Facts', () => {
  it('is committed as schema/facts.schema.json, up to date (else: npm run write-schema)', () => {
    expect(FACTS_SCHEMA_FILE).toBe(path.join(ROOT, 'schema', 'facts.schema.json'));
    expect(readFileSync(FACTS_SCHEMA_FILE, 'utf8')).toBe(factsJsonSchemaText());
  });

  it('is what `trialbrief schema` prints', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(factsJsonSchemaText());
  });

  it('describes the facts: real ones (with their "$schema") pass, broken ones do not', () => {
    const schema = factsJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = z.fromJSONSchema(schema);
    const written = JSON.parse(factsJson(fixture, path.join(ROOT, 'out', 'x', 'facts.json')));
    expect(validate.safeParse(written).success).toBe(true);
    expect(
      validate.safeParse(JSON.parse(factsJson(factsFrom(readFileSync(ZIMISLECEL_TXT, 'utf8'), 'a.txt').facts, 'facts.json'))).success,
    ).toBe(true);
    expect(validate.safeParse({ ...written, title: null }).success).toBe(false);
    expect(validate.safeParse({ ...written, surprise: 1 }).success).toBe(false);
    expect(validate.safeParse({ ...written, participants: { ...fixture.participants, value: -1 } }).success).toBe(false);
  });

  it('is named by each facts.json, relative to where it is written', () => {
    for (const file of [path.join(ROOT, 'out', 'slug', 'facts.json'), '/tmp/elsewhere/out/slug/facts.json']) {
      const { $schema, ...facts } = JSON.parse(factsJson(fixture, file)) as { $schema: string };
      expect(path.resolve(path.dirname(file), $schema)).toBe(FACTS_SCHEMA_FILE);
      expect(facts).toEqual(JSON.parse(JSON.stringify(fixture)));
    }
    expect(JSON.parse(factsJson(fixture, path.join(ROOT, 'out', 'slug', 'facts.json'))).$schema).toBe('../../schema/facts.schema.json');
  });
});
