// "What it is" is the sentence that says what the treatment is or how it is given, with the
// treatment as what the verb is said of; a person's story, an opinion or a projection that
// only mentions it is not (review 7: an anecdote printed as "What it is"). Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const facts = (...lines: string[]) => factsFrom(lines.join('\n\n'), 'article.txt').facts;

describe('intervention description: what the treatment is, not a story about it', () => {
  it("skips a user's anecdote and takes the sentence that defines the drug", () => {
    const found = facts(
      'Brovatide, not just for eyebrows',
      'A drug called brovatide may help hair grow back on the scalp, a small study suggests.',
      'Certainly, Ms. Lund, who used brovatide daily for six months, is a happy customer.',
      'Brovatide is a lotion that works by lengthening the growth phase of hair.',
    );
    expect(found.interventionDescription?.value).toBe('Brovatide is a lotion that works by lengthening the growth phase of hair.');
  });

  it('gives none when the drug is only the object of an opinion or a projection', () => {
    const found = facts(
      'Folamin may boost antidepressants',
      'A prescription vitamin called folamin helped more patients on antidepressants feel better, a trial found.',
      'Despite the doubts, some doctors say they are comfortable prescribing folamin.',
      'If all patients were given folamin, about 30 per cent more could recover, the authors are estimating.',
    );
    expect(found.intervention?.value).toBe('folamin');
    expect(found.interventionDescription).toBeNull();
  });
});
