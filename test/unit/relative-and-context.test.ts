// Numbers a patient can picture, in sentences that read right where they stand: a relative
// change is never shown alone, a finding that points back ("That translated into …") is
// shown only under what it points to, one comparison uses one number format, and a page's
// byline line is junk. Each case is a made-up sentence or two in a news style, not an
// article: the rule must hold for any story that words things this way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { RELATIVE_NOTE, plainFinding } from '../../src/audiences/plain-finding.js';
import { naturalFrequency, relativeOnly } from '../../src/audiences/plain-numbers.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { studyFrame } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { findNumbers } from '../../src/article/numbers.js';
import type { Finding } from '../../src/article/schema.js';
import { ROOT, factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;
const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: '2025-07-01' };
const brief = (facts: ReturnType<typeof story>) => composePatientBrief(facts, glossary, options);
const findingTexts = (facts: ReturnType<typeof story>) => brief(facts).findings.items.flatMap((item) => item.sentences.map((s) => s.text));
const frame = { participants: 684, singleGroup: false };
const resultLike = (text: string, facts: ReturnType<typeof story>): Finding => facts.results.find((r) => r.text.includes(text))!;

describe('a relative change is never shown alone in the patient brief', () => {
  it('recognises relative-only figures, and not those given with absolute figures', () => {
    const only = [
      'That translated into a 29% lower risk of death (hazard ratio 0.71; 95% confidence interval, 0.58 to 0.87; P=0.001).',
      'The vaccine cut the risk of lung infections by about 80% in adults aged 60 and older.',
      'That works out to a vaccine efficacy of 82.6%.',
      'The hazard ratio for death was 0.71.',
      'People on the drug had 30% fewer heart attacks in phase 3.',
    ];
    const numbersOf = (sentence: string) => findNumbers(sentence).map(({ raw, value, unit }) => ({ raw, value, unit }));
    for (const sentence of only) expect(relativeOnly(sentence, numbersOf(sentence)), sentence).toBe(true);
    const absolute = [
      'Deaths fell from 20% of patients on placebo to 14% of those on the drug, a 30% lower risk.',
      '7 of 12,467 people in the vaccine group fell ill, compared with 40 of 12,493 on placebo, a vaccine efficacy of 82.6%.',
      'Those given the drug lived a median of 14.2 months, compared with 10.1 months, a 29% lower risk of death.',
      'Tumors shrank in 41% of patients on the pill compared with 14% of those on chemotherapy.',
    ];
    for (const sentence of absolute) expect(relativeOnly(sentence, numbersOf(sentence)), sentence).toBe(false);
  });

  it('shows a relative-only finding with our note citing its lines, and leads with an absolute one', () => {
    const facts = story(
      'Pill helps people with lung cancer',
      'The drug, called velmotinib, was tested in 684 patients with lung cancer.',
      'Patients given velmotinib had a 29% lower risk of death than those given chemotherapy.',
      'Tumors shrank in 41% of patients on the pill compared with 14% of those on chemotherapy.',
    );
    const model = brief(facts);
    const relative = model.findings.items.find((item) => item.sentences.some((s) => /29% lower risk/.test(s.text)))!;
    expect(relative).toBeDefined();
    const notes = relative.sentences.filter((s) => s.kind === 'generated');
    expect(notes.map((s) => s.text)).toEqual(RELATIVE_NOTE);
    expect(notes.every((s) => s.lines.includes(5))).toBe(true);
    // The main message uses the absolute finding, not the relative one.
    expect(model.mainMessage.map((t) => t.text).join(' ')).not.toMatch(/lower risk/);
    expect(model.mainMessage.map((t) => t.text).join(' ')).toMatch(/41 of every 100 people/);
  });

  it('a finding with absolute figures carries no note', () => {
    const facts = story(
      'Pill helps',
      'The drug, called velmotinib, was tested in 684 patients.',
      'Tumors shrank in 41% of patients on the pill compared with 14% of those on chemotherapy.',
    );
    const item = plainFinding(facts.results[0]!, studyFrame(facts), { maxBullets: 6 });
    expect(item.sentences.some((s) => s.kind === 'generated')).toBe(false);
  });
});

describe('a finding that points back ("That translated into …") is shown only under what it points to', () => {
  // The first result is too hard for the brief (many long words, one clause too long to cut), so "That …" would dangle.
  const hidden = story(
    'Pill extends survival',
    'The drug, called velmotinib, was tested in 684 patients with lung cancer.',
    'Participants receiving velmotinib experienced considerably prolonged and remarkably durable survival averaging 14.2 months against the 10.1 months recorded with conventional intravenous docetaxel administration.',
    'That translated into a 29% lower risk of death.',
    'Side effects were common in both groups.',
  );
  const shown = story(
    'Pill extends survival',
    'The drug, called velmotinib, was tested in 684 patients with lung cancer.',
    'People given velmotinib lived 14.2 months on average, against 10.1 months on docetaxel.',
    'That translated into a 29% lower risk of death.',
    'Side effects were common in both groups.',
  );

  it('leaves it out of the brief when the sentence before it is not shown', () => {
    const texts = visibleText(brief(hidden)).join('\n');
    expect(texts).not.toMatch(/That translated/);
  });

  it('keeps it right under the sentence it points to, with the relative note', () => {
    const texts = findingTexts(shown);
    const at = texts.findIndex((t) => /^That translated into a 29% lower risk of death/.test(t));
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toMatch(/14\.2 months/);
    expect(texts).toContain(RELATIVE_NOTE[0]);
    // Alone in the main message it would dangle.
    expect(
      brief(shown)
        .mainMessage.map((t) => t.text)
        .join(' '),
    ).not.toMatch(/That translated/);
  });

  it('is never the press lede or a key number', () => {
    for (const facts of [hidden, shown]) {
      const press = composePressDigest(facts, glossary, options);
      expect(press.lede.text).not.toMatch(/\bthat translated\b/i);
      expect((press.keyNumbers?.items ?? []).map((i) => i.value.text).join(' ')).not.toMatch(/translated/);
    }
  });
});

describe('one number format per comparison, and the picture over the sentence it counts', () => {
  it('puts both sides of a comparison per 100, or neither', () => {
    const both = naturalFrequency(
      'Tumors shrank in 41% of patients on the pill compared with 14% of those on chemotherapy.',
      [
        { raw: '41%', value: 41, unit: 'percent' },
        { raw: '14%', value: 14, unit: 'percent' },
      ] as Finding['numbers'],
      frame,
    );
    expect(both.text).toBe('Tumors shrank in 41 of every 100 people on the pill compared with 14 of every 100 people on chemotherapy.');
    const facts = story(
      'Drug fails',
      'The trial enrolled 1,410 people.',
      'Headache was reported by 12% of patients on the drug and 7% on placebo, and 5% of patients on the drug stopped treatment, compared with 1% on placebo.',
    );
    const harm = [...facts.results, ...facts.harms].find((f) => /Headache/.test(f.text))!;
    expect(naturalFrequency(harm.text, harm.numbers, frame).text).toBe(
      'Headache was reported by 12 of every 100 people on the drug and 7 of every 100 people on placebo, and 5 of every 100 people on the drug stopped treatment, compared with 1 of every 100 people on placebo.',
    );
    // The other side cannot be put per 100 as written: neither is.
    const neither = naturalFrequency(
      'Tumors shrank in 41% of patients on the pill compared with 14% for chemotherapy.',
      [
        { raw: '41%', value: 41, unit: 'percent' },
        { raw: '14%', value: 14, unit: 'percent' },
      ] as Finding['numbers'],
      frame,
    );
    expect(neither.text).toBe('Tumors shrank in 41% of patients on the pill compared with 14% for chemotherapy.');
    expect(neither.frequency).toBeNull();
  });

  it('the icon array and its label sit over the sentence that states the frequency', () => {
    const facts = story(
      'Pill slows lung cancer',
      'The drug, called velmotinib, was tested in 684 patients.',
      'Median progression-free survival was 6.8 months with velmotinib versus 4.5 months with docetaxel, and tumors shrank in 41% of patients on the pill compared with 14% of those on chemotherapy.',
    );
    const item = plainFinding(resultLike('progression-free', facts), studyFrame(facts), { maxBullets: 6 });
    expect(item.lead?.text).toBe('41 of every 100 people');
    expect(item.icons?.filled).toBe(41);
    expect(item.icons?.svg).toContain('41 of every 100 people');
    expect(item.sentences[0]!.text).toMatch(/^Tumors shrank in 41 of every 100 people on the pill compared with 14 of every 100 people/);
    expect(item.sentences[1]!.text).toMatch(/^Median progression-free survival/);
    const press = composePressDigest(facts, glossary, options);
    // For journalists the figure stays as the source gives it, both sides of the comparison.
    const key = press.keyNumbers!.items.find((i) => i.label.text === '41% vs 14%')!;
    expect(key.value.text).toMatch(/^Tumors shrank in 41% of patients on the pill compared with 14%/);
  });

  it('a frequency in a sentence that carries on from the one before it gets no picture', () => {
    const facts = story(
      'Pill tested',
      'The drug, called velmotinib, was tested in 684 patients.',
      'Scores improved in both groups over the year, but 41% of patients on the pill stopped early.',
    );
    const item = plainFinding(resultLike('Scores improved', facts), studyFrame(facts), { maxBullets: 6 });
    expect(item.sentences[0]!.text).toMatch(/^Scores improved/);
    expect(item.lead).toBeNull();
    expect(item.icons).toBeNull();
  });
});

describe('clean: a byline line with date and reading time', () => {
  it('is page junk, and its date is the article date', () => {
    const { facts } = factsFrom(
      "Drug fails in trial\n\nShare on Facebook\n\nBy Robert Klein | November 14, 2024 | 5 min read\n\nThe drug failed to slow memory loss in a trial of 1,410 people with Alzheimer's disease.\n",
      'page.txt',
    );
    expect(facts.removed.some((r) => r.reason === 'junk-byline' && /^By Robert Klein/.test(r.text))).toBe(true);
    expect(facts.meta.date).toBe('November 14, 2024');
    const other = factsFrom(
      'Drug fails\n\nBy Jane Doe · Updated March 3, 2025 · 4 min read\n\nThe trial enrolled 1,410 people.\n',
      'page.txt',
    ).facts;
    expect(other.meta.date).toBe('March 3, 2025');
    expect(other.removed.some((r) => /^By Jane Doe/.test(r.text))).toBe(true);
  });

  it('a story line with a bar in it stays', () => {
    const { facts } = factsFrom(
      'Drug fails\n\nThe trial enrolled 1,410 people | results were mixed.\n\nThe drug failed in the trial.\n',
      'page.txt',
    );
    expect(facts.removed.some((r) => /1,410/.test(r.text))).toBe(false);
  });
});
