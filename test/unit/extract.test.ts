import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { Facts } from '../../src/article/schema.js';
import { ZIMISLECEL_MD, ZIMISLECEL_TXT, factsFrom } from '../helpers/article.js';

const txt = readFileSync(ZIMISLECEL_TXT, 'utf8');

describe('extract on the zimislecel article', () => {
  const { facts } = factsFrom(txt, ZIMISLECEL_TXT);
  const view = answerKeyView(facts);

  it('gives a valid Facts object', () => {
    expect(() => Facts.parse(facts)).not.toThrow();
  });

  it('finds the study basics', () => {
    expect(view.intervention).toBe('zimislecel');
    expect(view.condition).toMatch(/type 1 diabetes/);
    expect(view.participants).toBe(12);
    expect(view.journal).toBe('New England Journal of Medicine');
    expect(view.published).toBe('June 2025');
    // The phase 3 trial is the next step, not this study's phase.
    expect(view.phase).toBeNull();
    expect(facts.population?.value).toMatch(/over two decades/);
  });

  it('finds results with their numbers and timepoints', () => {
    const cPeptide = facts.results.find((r) => r.text.includes('C-peptide'))!;
    expect(cPeptide.timepoints).toEqual(expect.arrayContaining(['within 90 days', 'by day 365']));
    const insulin = facts.results.find((r) => r.text.startsWith('Ten participants'))!;
    expect(insulin.numbers.map((n) => [n.raw, n.value])).toEqual([
      ['Ten', 10],
      ['two', 2],
    ]);
    const hba1c = facts.results.find((r) => r.text.includes('HbA1c'))!;
    expect(hba1c.timepoints).toContain('four months post-infusion');
  });

  it('finds harms, deaths, next steps and caveats', () => {
    expect(facts.harms.some((h) => /headaches and gastrointestinal/.test(h.text))).toBe(true);
    expect(facts.harms.find((h) => h.kind === 'death')?.text).toMatch(/two patient deaths.*neither was directly linked/);
    const phase3 = facts.nextSteps.find((s) => /phase 3/.test(s.text))!;
    expect(phase3.numbers.map((n) => n.value)).toEqual(expect.arrayContaining([50, 5]));
    expect(facts.caveats.some((c) => /cost.*long-term immunosuppression/.test(c.text))).toBe(true);
  });

  it('attributes both quotes to Dr. Nihal Thomas with role and affiliation', () => {
    expect(facts.quotes).toHaveLength(2);
    for (const quote of facts.quotes) {
      expect(quote.speaker).toBe('Dr. Nihal Thomas');
      expect(quote.role).toMatch(/Professor of Endocrinology/);
      expect(quote.affiliation).toMatch(/Christian Medical College/);
      expect(txt).toContain(quote.text);
    }
  });

  it('gives every fact a source line that really contains it', () => {
    const lines = txt.split('\n');
    const sourced = [facts.intervention, facts.condition, facts.journal, facts.published, facts.participants].filter((f) => f !== null);
    for (const fact of sourced) expect(lines[fact!.source.line - 1]).toContain(String('raw' in fact! ? fact.raw : fact!.value));
    for (const item of [...facts.results, ...facts.harms, ...facts.nextSteps, ...facts.caveats, ...facts.quotes])
      expect(lines[item.source.line - 1]!.replace(/\*/g, '')).toContain(item.source.text.slice(0, 40));
  });

  it('keeps page junk out of the facts', () => {
    expect(JSON.stringify(answerKeyView(facts))).not.toMatch(/Advertisement|"Tags"/);
    expect(facts.removed.map((r) => r.text)).toEqual(['Advertisement', 'Tags', 'Advertisement']);
  });
});

describe('extract, Markdown and editors', () => {
  it('reads the Markdown version of the article the same way', () => {
    const { facts } = factsFrom(readFileSync(ZIMISLECEL_MD, 'utf8'), ZIMISLECEL_MD);
    expect(facts.participants?.value).toBe(12);
    expect(facts.title.origin).toBe('editor');
    expect(facts.quotes.map((q) => q.speaker)).toEqual(['Dr. Nihal Thomas', 'Dr. Nihal Thomas']);
  });

  it('lets editors correct facts in front matter, marked as editor-provided', () => {
    const { facts } = factsFrom(
      '---\ntitle: T\nfacts:\n  phase: "2"\n  participants: 30\n---\n\nA trial of 12 patients with asthma tested X.\n',
    );
    expect(facts.phase).toMatchObject({ value: '2', origin: 'editor', source: { line: 4 } });
    expect(facts.participants).toMatchObject({ value: 30, origin: 'editor' });
  });

  it('abstains with a warning when the text gives no participants', () => {
    const { facts, file } = factsFrom('# A drug\n\nResearchers say the drug is promising.\n');
    expect(facts.participants).toBeNull();
    expect(file.messages.map((m) => m.ruleId)).toContain('no-participants');
  });
});
