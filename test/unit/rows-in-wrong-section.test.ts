// Lines filed in the wrong section (review 15): a caveat word that states no weakness of the
// study ("physical limitations", "a lesion that cannot be felt", the limits of earlier
// studies, a concern the finding answers, the unknown cause of the disease) is no limitation;
// a harm word that names no harm found (a risk said to be absent, doctors' fears) is no
// harm; and death among other events, as a risk or as what a harm can lead to is not
// labelled "Deaths".
import { describe, expect, it } from 'vitest';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { factsFrom } from '../helpers/article.js';
import { blankFacts, sourceFinding } from '../helpers/facts.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const caveatTexts = (facts: ReturnType<typeof read>) => facts.caveats.map((c) => c.text).join(' | ');
const harmTexts = (facts: ReturnType<typeof read>) => facts.harms.map((h) => h.text).join(' | ');

describe('caveat words that state no limitation of the study', () => {
  it('leaves out a disease that causes physical limitations, and the limits of earlier studies', () => {
    const facts = read(
      'Stretching class eases neck pain',
      'A weekly stretching class eased neck pain in a trial of 200 office workers, researchers reported.',
      'Most people recover quickly, but one in ten develop lasting neck pain with severe physical limitations.',
      'Earlier studies of stretching, which were limited to athletes, gave mixed results, with findings limited by small sample sizes.',
      'But the authors cautioned that the trial was small and not blinded.',
    );
    expect(caveatTexts(facts)).not.toMatch(/physical limitations|athletes|sample sizes/);
    expect(caveatTexts(facts)).toMatch(/trial was small/);
  });

  it('leaves out a lesion that cannot be felt, and a disease whose cause is unknown', () => {
    const facts = read(
      'Tiny marker guides breast surgery',
      'Women who need surgery to remove a lump that cannot be felt may now have a tiny marker placed a week before, a hospital said.',
      'Although the ultimate cause of the disease remains unknown, surgeons hoped the marker would shorten operations.',
      'The marker cut operating time by 20 minutes in 80 women.',
    );
    expect(caveatTexts(facts)).toBe('');
  });

  it('leaves out concerns denied, answered or avoided, and keeps a concern about the study', () => {
    const facts = read(
      'Online therapy helps veterans sleep',
      'An online sleep program helped 60 of 100 veterans sleep better, a trial found.',
      'Many people shake off poor sleep with no lasting health concerns.',
      'The program can be done at home, which some veterans prefer because they avoid clinics due to concerns about stigma.',
      'The study also challenges concerns about screen time before bed.',
      'Experts raised concerns that the trial had no placebo group.',
    );
    expect(caveatTexts(facts)).not.toMatch(/lasting health|stigma|screen time/);
    expect(caveatTexts(facts)).toMatch(/no placebo group/);
  });
});

describe('harm words that state no harm found', () => {
  it("leaves out a risk said to be absent and doctors' fears of a harm", () => {
    const facts = read(
      'Zelora infusions ease depression for months',
      'Zelora infusion therapy, the disputed treatment for depression, has been resisted by many psychiatrists due to concerns about short-lived benefits, risks of addiction, and the lack of large studies. A new review of 200 patients treated over three years shows lasting benefits for many patients, with no apparent risk of addiction.',
      'Three patients had side effects such as raised blood pressure during Zelora infusions.',
    );
    expect(harmTexts(facts)).not.toMatch(/addiction/);
    expect(harmTexts(facts)).toMatch(/raised blood pressure/);
  });
});

describe('"Deaths" only over deaths', () => {
  const glossary = loadGlossary('- term: diabetes\n  definition: Too much sugar in the blood.\n');
  const labels = (...texts: string[]) =>
    composeClinicianSummary(blankFacts({ harms: texts.map((text) => ({ ...sourceFinding(text), kind: 'death' as const })) }), glossary, {
      buildDate: '2025-07-01',
    }).harms.rows.map((row) => row.label.text);

  it('labels a composite, a risk of death and a possible end as serious harms', () => {
    expect(
      labels(
        'The risk of heart attack, stroke, or death from a heart condition was higher in the Vistra group.',
        'Low sodium can be life-threatening if it is not treated, leading to seizures, coma or death.',
        'The drug carries a boxed warning about an increased risk of death in older people with dementia.',
        'Two patients died during the trial.',
      ),
    ).toEqual(['Serious harms', 'Serious harms', 'Serious harms', 'Deaths']);
  });
});
