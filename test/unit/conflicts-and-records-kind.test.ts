// Review 15 (issue #13): "Funding and conflicts of interest: not reported" where the source
// quotes the maker's own people (a company's vice president of business development, a
// chief technology officer named in the quote's attribution, a member of the company's
// advisory board), and a look back over people treated over past years called a
// "controlled trial". Hand-written stories, read by the extractor.
import { describe, expect, it } from 'vitest';
import { evidenceChecklist } from '../../src/audiences/evidence-checklist.js';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'ties.md').facts;
const conflicts = (facts: ReturnType<typeof story>) => evidenceChecklist(facts).find((c) => c.id === 'conflicts-of-interest')!;

const TRIAL = 'Researchers gave 80 adults with gout the pill or a placebo for 12 weeks, and pain fell by half in the pill group.';

describe('conflicts of interest said in a quote’s attribution', () => {
  it('ticks a company officer named in the words around a quote', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“The results show the pill works in real patients,” Dr. Ada Finch, who is also Chief Technology Officer at Brightpath Labs, said.',
    );
    const row = conflicts(facts);
    expect(row.reported).toBe(true);
    expect(row.lines.length).toBeGreaterThan(0);
  });

  it('ticks a quoted speaker whose role is at a company', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“We are very pleased with these results,” said Tom Reyes, Vice President of Business Development.',
    );
    expect(conflicts(facts).reported).toBe(true);
    expect(conflicts(facts).note).toBe('a quoted speaker works for or advises a company');
  });

  it('does not tick an officer of a university or a society', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“This is welcome news for patients,” said Dr. Lena Voss, Executive Vice President for Medical Affairs at the state university.',
    );
    expect(conflicts(facts).reported).toBe(false);
  });
});

describe('study kind: people treated over past years', () => {
  it('a sample of patients treated between two years is an observational study, not a trial', () => {
    const facts = story(
      'Older mood drug has fewer side effects than newer ones',
      'The older drug causes no more side effects than three newer drugs, a new study has found.',
      'The researchers studied a nationally representative sample of 5,120 patients across the country who were treated for the illness between 1996 and 2012.',
      'Of those, 1,900 had taken the older drug and 1,400 had taken one of the newer drugs.',
      'Patients on the older drug were less likely to gain weight than patients on the other drugs.',
    );
    expect(facts.derived.studyType?.value).toBe('observational');
  });
});
