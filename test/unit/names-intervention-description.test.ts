// "What it is" is the sentence that says what the treatment is or how it is given, with the
// treatment as what the verb is said of; a person's story, an opinion or a projection that
// only mentions it is not (review 7: an anecdote printed as "What it is"). Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';
import { glossary } from '../helpers/brief.js';
import { composeDocument } from '../../src/audiences/compose.js';
import { undefinedTerms } from '../../src/audiences/checks/terms.js';
import type { PatientBriefModel } from '../../src/audiences/view-models.js';

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

  // Review 15 (a holdout story): "a device called the X was used to repair …" said what the
  // device is, but neither the sentence's opening frame nor the article before the name was
  // read as a description, so the brief printed the brand with no word of what it was.
  it('reads "a device called the X was used to …" as what it is, and the brief says it plainly', () => {
    const found = facts(
      'Tiny clip helps failing hearts',
      'In the new study, a device called the ValvoGrip was used to repair the leaking valve by clipping its flaps together.',
      'In the trial, 500 patients with heart failure were randomly assigned to a ValvoGrip or to standard care.',
    );
    expect(found.interventionDescription?.source.line).toBe(3);
    const { view, lines } = composeDocument('patient-brief', found, glossary, { buildDate: null });
    const model = view as PatientBriefModel;
    const row = model.study.rows.find((r) => r.id === 'what-it-is');
    expect(row?.value.text).toBe('A device used to repair the leaking valve by clipping its flaps together.');
    // The brand's name is explained by that row: the undefined-term check does not fail on it.
    expect(undefinedTerms(model, lines, glossary)).not.toContain('ValvoGrip');
  });
});
