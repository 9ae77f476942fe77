// Review 12 (issue #13), class "a sentence that is no result shown as the result, and the main
// result missing": an entry criterion ("had cancer that progressed following treatment"), a
// speaker's verdict on the study ("thought the presentation was a beneficial one"), a call for
// more research and the parent study's finding ("a substudy of a larger trial that found …")
// were filed as results; a ranking story's top item ("a panel of experts named X the best
// overall plan") and a change told without its direction ("elicited changes in …") were not.
// The texts are made up; the cues are in src/article/cues/not-results.yaml and results.yaml.
import { describe, expect, it } from 'vitest';
import { mainResults } from '../../src/audiences/main-result.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { visibleText } from '../../src/audiences/text.js';
import { factsFrom } from '../helpers/article.js';
import { glossary } from '../helpers/brief.js';

const results = (text: string) => factsFrom(text, 'article.txt').facts.results.map((r) => r.text);

describe('sentences that are no result of the study', () => {
  it('an entry criterion is who took part, not what the study found', () => {
    const found = results(
      'Regulators approve Zorvax\n\nThe agency approved Zorvax for solid tumors. Zorvax was studied in two trials of 60 patients. These patients had no other options or had cancer that progressed following treatment. Zorvax showed a 70 percent overall response rate.',
    );
    expect(found.some((t) => /progressed/.test(t))).toBe(false);
    expect(found.some((t) => /70 percent overall response/.test(t))).toBe(true);
  });

  it('a speaker praising the study or calling for more research states no finding', () => {
    const found = results(
      'Tea and memory\n\nIn the trial, 400 older adults who drank green tea had 20 percent less memory decline than those who drank water.\n\nJane Roe, who chairs the society meeting, thought the presentation was a beneficial one, particularly since scientists are trying to better understand foods we all eat.\n\nJohn Doe, a neurologist who wasn’t involved in the research, said clinical studies of age-related memory decline are needed in regard to diet.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/20 percent less memory decline/);
  });

  it('the parent study’s finding is another study’s result', () => {
    const found = results(
      'Tea and memory\n\nIn the trial, 400 older adults who drank green tea had 20 percent less memory decline than those who drank water.\n\nThe research was a substudy of a larger investigation, designed by Dr. Roe, that found green tea reduced the incidence of strokes among people at high risk.',
    );
    expect(found.some((t) => /strokes/.test(t))).toBe(false);
  });
});

describe('results that were missed', () => {
  const ranking =
    'Report: Nordic Diet Best Overall Eating Plan\n\nFor the third year in a row, a panel of health experts has named the Nordic diet the best overall eating plan, according to a magazine’s 2019 Best Diets ranking.\n\nThe experts scored each diet for weight loss and safety.\n\nThe Fertility diet also ranked as the best diet for diabetes, the report said.';

  it('a ranking story’s top item is its main result, and its lede', () => {
    const { facts } = factsFrom(ranking, 'article.txt');
    expect(facts.results.map((r) => r.rule)).toContain('result-ranking');
    expect(mainResults(facts)[0]?.finding.text).toMatch(/named the Nordic diet the best overall eating plan/);
    const lede = visibleText(composePressDigest(facts, glossary, { buildDate: '2025-07-01' }).lede).join(' ');
    expect(lede).toMatch(/^A panel of health experts has named the Nordic diet the best overall eating plan\b/);
  });

  it('a change told without its direction ("elicits changes in") is a finding', () => {
    const found = results(
      'Milk protein and taste\n\n"Our research shows that daily whey supplementation elicits changes in the salivary protein profiles in patients," said Roe.',
    );
    expect(found.some((t) => /elicits changes in the salivary protein profiles/.test(t))).toBe(true);
  });
});
