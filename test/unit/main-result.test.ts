// Which results may lead the three documents (main-result.ts): the study's own results
// about the treatment studied, never background, another group's, or the other arm's.
import { describe, expect, it } from 'vitest';
import { mainResults, sideSentence } from '../../src/audiences/main-result.js';
import type { Facts, Finding } from '../../src/article/schema.js';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
/** The same facts with these results in place of the extracted ones (kept as extracted otherwise). */
const withResults = (facts: Facts, ...texts: string[]): Facts => {
  const results = texts.map((text) => facts.results.find((r) => r.text.includes(text))).filter((r): r is Finding => r !== undefined);
  expect(results).toHaveLength(texts.length);
  return { ...facts, results };
};
const leading = (facts: Facts) => mainResults(facts).map((r) => r.finding.text);
/** The facts with the treatment studied (and the other arm) named, as the extractors would from a full article. */
const studying = (facts: Facts, intervention: string, comparator?: string): Facts => ({
  ...facts,
  intervention: { ...facts.title, value: intervention },
  ...(comparator ? { comparator: { ...facts.title, value: comparator } } : {}),
});

describe('main results (issue #13)', () => {
  it('takes a general statement and another group’s replication as background, never a main result', () => {
    const facts = read(
      'Spray helps rescue crews',
      'In a study of 900 ambulance calls, crews with the Revivo spray were more likely than other crews to revive patients.',
      'In general, the rate of overdose deaths was 40 percent higher in small towns compared with cities.',
      'Similar results were obtained by a university team in tests of 300 calls.',
    );
    const general = facts.results.find((r) => r.text.startsWith('In general'));
    expect(general && sideSentence(general)).toBe('background');
    const lead = leading(studying(facts, 'Revivo spray'));
    expect(lead[0]).toMatch(/crews with the Revivo spray/);
    expect(lead.some((t) => /^In general|^Similar results/.test(t))).toBe(false);
  });

  it('ranks two measured figures set against each other above a claim with none', () => {
    const facts = read(
      'Posture lessons ease back pain',
      'A study of 400 patients compared posture lessons with usual care.',
      'The study showed that posture lessons were highly effective in treating back pain.',
      'Patients who had 20 lessons had gone down from 20 days of pain in the usual care group to 4 days of pain a month.',
    );
    const ranked = withResults(studying(facts, 'posture lessons', 'usual care'), 'highly effective', 'gone down from 20 days');
    expect(leading(ranked)[0]).toMatch(/gone down from 20 days/);
  });

  it('does not lead with a figure for the other arm when that arm is the same drug alone', () => {
    const facts = read(
      'Two-drug combination shrinks tumours',
      'A combination of Tumarex and Bolvan shrank tumours in 60 percent of 80 patients, versus 12 percent among 30 who got Tumarex alone.',
      'The median time it took for Tumarex patients to see their cancer worsen was 4.1 months.',
    );
    const lead = leading(studying(facts, 'Tumarex', 'Tumarex alone'));
    expect(lead[0]).toMatch(/60 percent/);
    expect(lead.some((t) => /4\.1 months/.test(t))).toBe(false);
  });

  it('does not lead with a change the untreated shared', () => {
    const facts = read(
      'Screening saves fewer lives than thought',
      'Screening women for ten years reduced deaths from the cancer by 10 percent, one life saved per 2,000 women screened.',
      'Overall, deaths from the cancer fell 25 percent in the decade after screening began, but they fell even among women who were not screened.',
    );
    const lead = leading(studying(facts, 'cancer screening'));
    expect(lead[0]).toMatch(/reduced deaths from the cancer by 10 percent/);
    expect(lead.some((t) => /fell 25 percent/.test(t))).toBe(false);
  });

  it('takes a sentence whose subject is the treatment pointed to as naming it, and a year in a meeting’s name as no date', () => {
    const facts = read(
      'Pill for men passes first test',
      'The once-daily experimental pill suppressed two hormones to the low levels seen with working contraceptives, results from an abstract at ENDO 2019 show.',
    );
    const lead = leading(studying(facts, 'dimethandrolone undecanoate'));
    expect(lead[0]).toMatch(/suppressed two hormones/);
  });

  it('does not count figures in brackets that only detail a claim as the arms’ figures', () => {
    const facts = read(
      'Drug approved for a blood cancer',
      'In the trial, patients who received Hemora with chemotherapy lived longer than patients who received chemotherapy alone.',
      'In addition, patients who received Hemora went longer (median 7.5 months) without complications than patients who received chemotherapy alone (median 2 months).',
    );
    const lead = leading(studying(facts, 'Hemora', 'chemotherapy alone'));
    expect(lead[0]).toMatch(/lived longer/);
  });
});
