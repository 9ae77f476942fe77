// The rule registry is the one list of what trialbrief reports: every entry documented,
// the README's "Rules" table made from it (UPDATE_README=1 rewrites the table), every cue
// of page junk a registered rule, and no rule that nothing reports. (That every message
// made, from reading to the checks, names a registered rule of its severity is checked
// over the corpus and random input in properties.test.ts; code names rules through
// typed ids, so tsc refuses an unknown one.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cues } from '../../src/article/cues/cues.js';
import { isRuleId, RULES, type RuleInfo } from '../../src/shared/rules.js';

const README = new URL('../../README.md', import.meta.url);
const START = '<!-- rules: generated from src/shared/rules.ts; UPDATE_README=1 npx vitest run test/unit/rules.test.ts -->';
const END = '<!-- /rules -->';

function rulesTable(): string {
  const rows = Object.entries(RULES as Record<string, RuleInfo>).map(([id, { severity, doc }]) => `| \`${id}\` | ${severity} | ${doc} |`);
  return [START, '| rule | severity | what it finds |', '| --- | --- | --- |', ...rows, END].join('\n');
}

describe('rule registry', () => {
  it('documents every rule in one line, with a severity', () => {
    for (const [id, { severity, doc }] of Object.entries(RULES as Record<string, RuleInfo>)) {
      expect(id, 'rule ids are kebab-case').toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info'], id).toContain(severity);
      expect(doc.trim(), `${id} has no documentation`).not.toBe('');
      expect(doc, `${id}: one line`).not.toMatch(/\n/);
      expect(doc, `${id}: no table-breaking "|"`).not.toMatch(/\|/);
    }
  });

  it('registers the rule of every cue of page junk', () => {
    for (const cue of cues('junk')) expect(isRuleId(cue.id), `junk.yaml: ${cue.id} is not in src/shared/rules.ts`).toBe(true);
  });

  it('holds no rule that nothing reports', () => {
    const SRC = new URL('../../src/', import.meta.url);
    const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(?:ts|yaml)$/.test(name) && name !== 'shared/rules.ts')
      .map((name) => readFileSync(new URL(name, SRC), 'utf8'))
      .join('\n');
    for (const id of Object.keys(RULES)) expect(sources, `no code or cue file names ${id}`).toMatch(new RegExp(`'${id}'|id: ${id}\\b`));
  });

  it('is the README table of rules', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md has no line ${START}`).toBeGreaterThan(-1);
    const current = readme.slice(start, end + END.length);
    if (process.env.UPDATE_README && current !== rulesTable()) {
      writeFileSync(README, readme.slice(0, start) + rulesTable() + readme.slice(end + END.length));
      return;
    }
    expect(current).toBe(rulesTable());
  });
});
