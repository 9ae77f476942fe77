// What happens next, on short invented articles: future words that state no plan of the
// research (a hypothetical, a prognosis in a quote, a step of the treatment as it is given,
// past work told after "Next,", clinics started by others) are left out, and a next step's
// text is the sentence or clause that states it, not a caveat beside it.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const nextTexts = (facts: ReturnType<typeof read>) => facts.nextSteps.map((n) => n.text);

describe('future words that are no plan', () => {
  it('leaves out what a speaker would do if', () => {
    const facts = read(
      'Scalp lotion thickens thin hair',
      'A lotion called Capilla thickened thin hair in 60 percent of 200 adults who used it for six months, researchers reported.',
      '“I have very pale skin,” one user said. “I would look ridiculous if I lost my hair.”',
    );
    expect(nextTexts(facts).join(' ')).not.toMatch(/look ridiculous/);
  });

  it('leaves out a prognosis for the public told in a quote', () => {
    const facts = read(
      'New compound kills resistant tumour cells',
      'A compound called Osmex killed 80 percent of resistant tumour cells in laboratory tests, the team reported.',
      '“Figures show that one in three people will develop some kind of cancer during their life,” said the lead chemist.',
    );
    expect(nextTexts(facts).join(' ')).not.toMatch(/one in three people/);
  });

  it('leaves out a step of the treatment as it is given', () => {
    const facts = read(
      'Short talk in clinic cuts repeat visits',
      'A short talk with a nurse halved repeat emergency visits among 800 patients compared with usual care, the study found.',
      'First the nurse asks about warning signs. The next step is for the patient, with help from the nurse, to write down people to call.',
    );
    expect(nextTexts(facts).join(' ')).not.toMatch(/next step is for the patient/);
  });

  it('leaves out past work told after "Next,", but keeps the next goal', () => {
    const facts = read(
      'Two creams rebuild nerve coating in mice',
      'Two skin creams helped mice rebuild the coating of their nerves, researchers found.',
      'Next, they examined whether the creams, when injected into mice, could speed recovery.',
      'The next goal is to test them in people.',
    );
    expect(nextTexts(facts).join(' ')).not.toMatch(/they examined whether/);
    expect(nextTexts(facts)).toContain('The next goal is to test them in people.');
  });

  it('leaves out clinics others have started, but keeps a trial that has started', () => {
    const facts = read(
      'Old anaesthetic eases depression',
      'An anaesthetic called Sedora eased depression within a day in 70 of 100 patients treated at one hospital, its doctors reported.',
      'Dozens of private clinics offer it. Others have been started by eager surgeons who know little about depression.',
      'A larger trial of Sedora has already been started at six hospitals.',
    );
    const next = nextTexts(facts).join(' ');
    expect(next).not.toMatch(/eager surgeons/);
    expect(next).toMatch(/larger trial of Sedora has already been started/);
  });
});

describe('a next step apart from the caveat beside it', () => {
  it('keeps the plan, not the warning before it in the same quote', () => {
    const facts = read(
      'Foot powders wake nerve repair cells',
      'Two foot powders woke nerve repair cells in mice and reversed their paralysis, researchers found.',
      '“Using the powders on your skin will not help your nerves. We are working hard to ready a safe drug for clinical use,” the lead author said.',
    );
    const next = nextTexts(facts);
    expect(next.join(' ')).toMatch(/working hard to ready a safe drug/);
    expect(next.join(' ')).not.toMatch(/will not help your nerves/);
  });

  it('keeps the clause after "but say" when the first clause is a caveat', () => {
    const facts = read(
      'Fish oil in pregnancy tied to fewer allergies',
      'Children of mothers who took fish oil in pregnancy had fewer allergies in a study of 90,000 mother-child pairs.',
      'The authors stress that their findings cannot establish cause and effect, but say they raise questions that warrant further investigation.',
    );
    const next = nextTexts(facts);
    expect(next).toContain('they raise questions that warrant further investigation.');
    expect(next.join(' ')).not.toMatch(/cause and effect/);
    expect(facts.caveats.map((c) => c.text).join(' ')).toMatch(/cannot establish cause and effect/);
  });
});
