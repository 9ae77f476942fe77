// Extraction over every article of the shared corpus: each value must be found on the
// line it claims to come from; the eval summary must stay at or above a floor that can
// only rise (test/fixtures/eval-floor.json); and where an answer key says the text gives
// no participants, phase or journal, extraction must abstain rather than guess.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import type { AnswerKey } from '../../src/eval/score.js';
import { evaluateFolder } from '../../src/eval/run-eval.js';
import { ROOT, factsFrom } from '../helpers/article.js';

const CORPUS_DIR = path.join(ROOT, 'test/fixtures/corpus');
const FLOOR_FILE = path.join(ROOT, 'test/fixtures/eval-floor.json');
const files = readdirSync(CORPUS_DIR);
/** Articles with an answer key beside them, as the eval reads them. */
const articles = files.filter((name) => /\.(txt|md)$/.test(name) && files.includes(name.replace(/\.(txt|md)$/, '.facts.json'))).sort();

interface Floor {
  fields: Record<string, number>;
  lists: Record<string, { recall: number; precision: number }>;
}

const extracted = new Map(
  articles.map((name) => {
    const file = path.join(CORPUS_DIR, name);
    const text = readFileSync(file, 'utf8');
    return [name, { text, lines: text.split('\n'), ...factsFrom(text, file) }];
  }),
);

describe('extraction over the corpus: provenance', () => {
  it.each(articles)('%s: every value is on the line it names', (name) => {
    const { facts, lines } = extracted.get(name)!;
    const onLine = (line: number) => (lines[line - 1] ?? '').replace(/\*/g, '');
    for (const key of ['intervention', 'condition', 'journal', 'published'] as const) {
      const fact = facts[key];
      if (fact) expect(onLine(fact.source.line), `${key} "${fact.value}"`).toContain(fact.value);
    }
    if (facts.participants) expect(onLine(facts.participants.source.line), 'participants').toContain(facts.participants.raw);
    const items = [...facts.results, ...facts.harms, ...facts.nextSteps, ...facts.caveats, ...facts.context, ...facts.quotes];
    for (const item of items) {
      expect(onLine(item.source.line), `item "${item.text.slice(0, 60)}"`).toContain(item.text);
      expect(onLine(item.source.line), 'source sentence').toContain(item.source.text);
    }
    for (const finding of [...facts.results, ...facts.harms, ...facts.nextSteps, ...facts.caveats])
      for (const number of finding.numbers) expect(finding.text).toContain(number.raw);
  });
});

describe('extraction over the corpus: abstention', () => {
  it.each(articles)('%s: no participants, phase or journal where the text gives none', (name) => {
    const key = JSON.parse(readFileSync(path.join(CORPUS_DIR, name.replace(/\.(txt|md)$/, '.facts.json')), 'utf8')) as AnswerKey;
    const view = answerKeyView(extracted.get(name)!.facts);
    for (const field of ['participants', 'phase', 'journal'] as const) if (key[field] === null) expect(view[field], field).toBeNull();
  });
});

describe('extraction over the corpus: eval floor', () => {
  it('scores at or above the floor on every field and list', async () => {
    const floor = JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as Floor;
    const { summary } = await evaluateFolder(CORPUS_DIR);
    const measured = {
      fields: Object.fromEntries(Object.entries(summary.fields).map(([name, f]) => [name, f.right])),
      lists: Object.fromEntries(Object.entries(summary.lists).map(([name, l]) => [name, { recall: l.recall, precision: l.precision }])),
    };
    const drops: string[] = [];
    for (const [name, right] of Object.entries(floor.fields))
      if ((measured.fields[name] ?? 0) < right) drops.push(`${name}: ${measured.fields[name]} right, floor ${right}`);
    for (const [name, { recall, precision }] of Object.entries(floor.lists)) {
      const got = measured.lists[name];
      if (!got || got.recall < recall) drops.push(`${name} recall: ${got?.recall.toFixed(3)}, floor ${recall}`);
      if (!got || got.precision < precision) drops.push(`${name} precision: ${got?.precision.toFixed(3)}, floor ${precision}`);
    }
    expect(drops, `below the floor; measured ${JSON.stringify(measured)}`).toEqual([]);
  });
});

// The same rules on made-up stories: the study the story reports wins over earlier,
// planned, second or background ones.
describe('extraction: the main study, not a distractor', () => {
  const story = (...paragraphs: string[]) =>
    factsFrom(`Nasal spray eases cluster headaches in larger trial\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

  it('prefers the new trial over an earlier pilot and a planned one', () => {
    const facts = story(
      'A nasal spray cut cluster headache attacks in a larger trial, researchers reported in JAMA Neurology.',
      'The pilot study, published in 2019, tested the spray in 40 patients and found that attacks fell by half. The new phase 2 trial, which enrolled 480 adults at 30 hospitals, compared the spray with a placebo spray over 12 weeks.',
      'People who used the spray had 3.1 fewer attacks a week on average, compared with 1.2 fewer attacks in the placebo group.',
      'A phase 3 trial with about 900 patients is planned to start next year.',
    );
    expect(facts.participants?.value).toBe(480);
    expect(facts.phase?.value).toBe('2');
    expect(facts.results.map((r) => r.text)).toEqual([
      'People who used the spray had 3.1 fewer attacks a week on average, compared with 1.2 fewer attacks in the placebo group.',
    ]);
    expect(facts.nextSteps.map((s) => s.text)).toEqual(['A phase 3 trial with about 900 patients is planned to start next year.']);
  });

  it('takes no phase from a sentence that lists a field’s trials in several phases', () => {
    const facts = story(
      'A nasal spray cut attacks in mice, researchers reported in Nature.',
      'Researchers are currently in phase II and, in some cases, phase III clinical trials for similar sprays.',
    );
    expect(facts.phase).toBeNull();
  });

  it('keeps the enrolment of the main trial over a second, smaller one and background figures', () => {
    const facts = story(
      'About 2.5 million people worldwide have cluster headaches, according to the World Health Organization.',
      'The spray was tested in a randomized trial of 300 adults. It was also evaluated in a smaller trial of 60 teenagers, of whom 30 received the spray.',
      'Attacks fell by 40 percent in the spray group, compared with 10 percent in the placebo group.',
    );
    expect(facts.participants?.value).toBe(300);
    expect(facts.context.map((c) => c.text)[0]).toMatch(/^About 2\.5 million people/);
  });

  it('abstains when no count, phase or journal is given', () => {
    const facts = story('Doctors are hopeful about a nasal spray for cluster headaches, which some patients say helps them.');
    expect(facts.participants).toBeNull();
    expect(facts.phase).toBeNull();
    expect(facts.journal).toBeNull();
  });
});
