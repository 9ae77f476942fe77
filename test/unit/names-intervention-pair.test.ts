// Two treatments studied side by side, each on its own, with about equal evidence: the
// intervention names both, as the story joins them, not the first one alone. Texts
// written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('intervention: a pair of drugs studied side by side', () => {
  it('names both drugs the story calls "two drugs"', () => {
    const text = [
      'Old drugs may help repair nerves',
      '',
      'Two drugs already sold for other uses may help damaged nerves heal, a study in mice suggests.',
      '',
      'The team screened hundreds of medicines on nerve cells grown in a dish.',
      '',
      'Two compounds stood out, dapsolone (an antibiotic) and fentrazole (an antifungal), which made the cells grow new coating.',
      '',
      'In mice with nerve damage, both drugs restored walking within weeks. Dapsolone worked faster, while fentrazole kept working longer.',
      '',
      'More work is needed before dapsolone and fentrazole can be tried in people.',
    ].join('\n');
    expect(view(text).intervention).toBe('dapsolone and fentrazole');
  });

  it('keeps one drug when the other is only its comparator', () => {
    const text = [
      'New pill beats old one for gout',
      '',
      'A new pill, febrazole, lowered uric acid more than the older drug dapsolone, a trial found.',
      '',
      'The 400 patients took febrazole or dapsolone for six months.',
      '',
      'Uric acid fell to normal in 60 percent of those on febrazole, compared with 40 percent of those on dapsolone.',
    ].join('\n');
    expect(view(text).intervention).toBe('febrazole');
  });
});

describe('a brand the headline leads with, not a partner drug named once (holdout h033)', () => {
  it('names "Zentavo" from "Maker\'s Zentavo cocktail adds to …", not carboplatin', () => {
    const facts = factsFrom(
      [
        "Vexa's Zentavo cocktail adds to lung cancer survival success",
        "ZURICH (Wire) - Vexa's Zentavo immunotherapy combined with other drugs boosted lung cancer patients' survival versus an older cocktail, the company said.",
        'Mixing Zentavo with Brevaxa and carboplatin and paclitaxel boosted overall survival in lung cancer, compared to patients who received only Brevaxa plus the two chemotherapies.',
        'The company is counting on growing sales of Zentavo to offset falling revenue from its older medicines.',
      ].join('\n\n'),
      'story.txt',
    ).facts;
    expect(facts.intervention?.value).toMatch(/^Zentavo\b/);
  });
});
