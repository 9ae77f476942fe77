// Review 15, "What happens next: Not reported" where the source says what comes next: an
// intent whose object is a later trial ("hopes to lead a human trial"), money sought for the
// next phase, trials "currently being evaluated", results to be reported at a society's
// meeting named in the possessive; and next steps found but too long or too "hopeful" for
// the brief, which now has a plain form that keeps the plan.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';
import { nextStepForms } from '../../src/audiences/patient-brief/next-forms.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const nextTexts = (facts: ReturnType<typeof read>) => facts.nextSteps.map((n) => n.text).join(' | ');
const step = (text: string, rule: string) => ({ ...sourceFinding(text), rule });

describe('next steps the source states', () => {
  it('reads an intent to run a later trial, and money sought for the next phase', () => {
    const facts = read(
      'Old heart pill slows kidney damage in mice',
      'Mice given the pill lost less kidney function than untreated mice, the team reported.',
      'Dr. Varga is asking for grants for the next stage of the work and hopes to lead a human clinical trial of the pill.',
    );
    expect(nextTexts(facts)).toMatch(/hopes to lead a human clinical trial/);
  });

  it('reads later trials already running, and a meeting named in the possessive', () => {
    const facts = read(
      'Skin cream eases eczema in small study',
      'Itching fell in 30 of 40 adults who used the cream for a month, the makers said.',
      'The cream is now being tested in larger clinical trials in children.',
      "Full results will be presented at the American Academy of Dermatology's 2024 annual meeting in Denver.",
    );
    expect(nextTexts(facts)).toMatch(/now being tested in larger clinical trials/);
    expect(nextTexts(facts)).toMatch(/presented at the American Academy of Dermatology's 2024 annual meeting/);
  });

  it('does not read this study being tested, with no "now" or "currently", as a later trial', () => {
    const facts = read(
      'Skin cream eases eczema in small study',
      'The cream is being tested in a trial of 40 adults, and itching fell in 30 of them, the makers said.',
    );
    expect(nextTexts(facts)).toBe('');
  });
});

describe('plain forms of a next step for the brief', () => {
  it('keeps the plan without what the speaker did before or that they said it, and never says "hopes"', () => {
    expect(
      nextStepForms(
        'The Zurich company, which had earlier reported that the pill, the cream and the diet had eased symptoms, said on Tuesday it hopes for a fast approval from regulators for the pill.',
      ),
    ).toContain('The Zurich company would like a fast approval from regulators for the pill.');
  });

  it('keeps the first of two questions a later study asks', () => {
    expect(
      nextStepForms(
        'A key next step will be to find out who does well with the phone app alone and who is likely to need extra help from a nurse.',
      ),
    ).toContain('The next step will be to find out who does well with the phone app alone.');
  });

  it('keeps a plan that the results "show us" and says "we" as the team', () => {
    const { next } = velorinBrief({
      nextSteps: [
        step(
          'The good results show us that next we need to study the pill in a large randomized trial to confirm the findings.',
          'next-need-to-study',
        ),
      ],
    });
    expect(next).toBe('The team needs to study the pill in a large randomized trial to confirm the findings.');
  });

  it('keeps the first of two plans joined with no comma', () => {
    expect(
      nextStepForms(
        'Dr. Varga is asking for grants for the next stage of the work and hopes to lead a human clinical trial of the pill.in the coming years.',
      ),
    ).toContain('Dr. Varga is asking for grants for the next stage of the work.');
  });
});
