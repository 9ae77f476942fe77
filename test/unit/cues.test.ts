// Cue files are data with a rule id and an example each: every example must be matched by
// its own rule, every id must be unique across the files, and a bad file must say where.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, cueById, cues, firstCue } from '../../src/article/cues/cues.js';

const DIR = new URL('../../src/article/cues/', import.meta.url);
const KINDS = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

describe('cue files', () => {
  it('exist', () => {
    expect(KINDS.length).toBeGreaterThan(0);
  });

  it('have unique rule ids across every file', () => {
    const ids = KINDS.flatMap((kind) => cues(kind).map((c) => c.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const kind of KINDS)
    it(`${kind}.yaml: every example is matched by its own rule`, () => {
      const list = cues(kind);
      expect(list.length).toBeGreaterThan(0);
      for (const cue of list) {
        expect(cue.example, `${kind}/${cue.id} has no example`).toBeTruthy();
        expect(cue.regex.test(cue.example), `${kind}/${cue.id} does not match its example: ${cue.example}`).toBe(true);
      }
    });

  it('read as the raw file says', () => {
    const raw = readFileSync(new URL(`${KINDS[0]}.yaml`, DIR), 'utf8');
    expect(compile(KINDS[0], raw).map((c) => c.id)).toEqual(cues(KINDS[0]).map((c) => c.id));
  });
});

describe('cue mechanism', () => {
  const text = `
fragments:
  symptom: 'nausea|headaches?'
  reaction: '{symptom}|rash'
cues:
  - id: t-side-effects
    pattern: 'side effects?|{reaction}'
    example: 'Some had a rash.'
  - id: t-died
    pattern: 'died'
    example: 'Two people died.'
`;
  it('inserts fragments, including fragments inside fragments', () => {
    const list = compile('t', text);
    expect(firstCue(list, 'Three reported headaches.')?.id).toBe('t-side-effects');
    expect(firstCue(list, 'One patient died.')?.id).toBe('t-died');
    expect(firstCue(list, 'Nothing here.')).toBeNull();
  });

  it('adds word boundaries unless the cue is bare', () => {
    const list = compile('t', text);
    expect(firstCue(list, 'The diedrich effect')).toBeNull();
  });

  it('names the file and rule of a bad pattern or an unknown fragment', () => {
    expect(() => compile('t', `cues:\n  - id: bad\n    pattern: '(unclosed'\n    example: x\n`)).toThrow(/cues\/t\.yaml: bad: bad pattern/);
    expect(() => compile('t', `cues:\n  - id: frag\n    pattern: '{nope}'\n    example: x\n`)).toThrow(
      /cues\/t\.yaml: frag: unknown fragment \{nope\}/,
    );
  });

  it('refuses a rule id that is not there', () => {
    expect(() => cueById(KINDS[0], 'no-such-rule')).toThrow(/has no rule no-such-rule/);
  });

  it('keeps the pattern source and any other key of an entry as a marker', () => {
    const [cue] = compile('t', `fragments:\n  x: 'b|c'\ncues:\n  - id: m\n    pattern: 'a{x}'\n    example: ab\n    droppable: true\n`);
    expect(cue!.source).toBe('a(?:b|c)');
    expect(cue!.meta).toEqual({ droppable: true });
    expect(compile('t', text)[0]!.meta).toEqual({});
  });

  it('leaves regex quantifiers alone', () => {
    expect(firstCue(compile('t', `cues:\n  - id: q\n    pattern: 'a{2,3}'\n    example: aa\n`), 'aaa')?.id).toBe('q');
  });

  it('offers the shared word lists as fragments, which a file of its own may override', () => {
    const list = compile('t', `cues:\n  - id: n\n    pattern: '{number-word} of \\d+'\n    example: 'nine of 12'\n`);
    expect(firstCue(list, 'Eleven of 20 patients')?.id).toBe('n');
    expect(firstCue(list, 'Many of 20 patients')).toBeNull();
    expect(compile('t', `cues:\n  - id: m\n    pattern: 'in {month} 2024'\n    example: x\n`)[0]!.regex.test('in Sept. 2024')).toBe(true);
    const own = compile('t', `fragments:\n  number-word: 'dozen'\ncues:\n  - id: o\n    pattern: '{number-word}'\n    example: x\n`);
    expect(own[0]!.source).toBe('(?:dozen)');
  });
});
