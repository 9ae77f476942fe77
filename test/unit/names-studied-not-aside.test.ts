// The treatment and condition named are the ones the story is about, not one met in an aside.
// The holdout review found: a drug's usual use taken for the studied one ("which has been used
// to treat depression" in a story about slowing Parkinson's), a journal's title ("the journal
// Addiction") as the condition, a side remark late in the story ("… linked to lung disease")
// as the condition, a rival drug named in a pipeline paragraph as the treatment, a drug class
// ("blood thinners") where the story names the drug, and "vitamin" for "vitamin D".
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (...paragraphs: string[]) => answerKeyView(factsFrom(paragraphs.join('\n\n'), 'article.txt').facts);

describe('condition: the studied one, not an aside', () => {
  it("does not take a drug's usual use for the disease it was studied in", () => {
    const facts = view(
      "Old heart pill could slow Huntington's",
      "Scientists have early signs that an old heart pill could slow the course of Huntington's.",
      'In a study in mice, the drug propaloxin, which has been used to treat angina and migraine, stopped harmful proteins from building up in nerve cells.',
      "The team now hopes to run a trial in people with Huntington's.",
    );
    expect(facts.condition).toBe("Huntington's");
  });

  it("does not take a journal's title for the condition", () => {
    const facts = view(
      'Group classes help people cut back',
      'People who joined weekly group classes cut back on their drinking, researchers report in the journal Addiction.',
      'The classes met for eight weeks and were run by trained counsellors in community halls.',
      'A review published in the journal Addiction found similar effects of counselling in other countries.',
    );
    expect(facts.condition).not.toBe('Addiction');
  });

  it('abstains when the only disease phrase is a side remark past the lede', () => {
    const facts = view(
      'Fish oil in pregnancy may help babies breathe',
      'Babies whose mothers took fish oil while pregnant had stronger breathing at six months, a trial found.',
      'Researchers measured how fast the babies could breathe out, a sign of how well their airways work.',
      'The team also found a gene variant in some mothers. Other studies have tied this variant to chronic obstructive pulmonary disease.',
      'The babies will be followed for two more years.',
    );
    expect(facts.condition).toBeNull();
  });

  it('keeps a condition named late when the story keeps using its words', () => {
    const facts = view(
      'Nut-rich diet keeps older minds sharp',
      'Older adults who ate a handful of nuts a day kept sharper thinking, a trial found.',
      'The trial followed 300 people for four years. Cognitive tests were given every year.',
      'Those eating nuts scored higher on cognitive tests than the control group. The nuts may slow the age-related decline of the brain.',
      'Experts said more trials of age-related cognitive decline are needed.',
    );
    expect(facts.condition).toBe('age-related cognitive decline');
  });

  it('reads fibroids and miscarriage as conditions', () => {
    expect(
      view(
        'New pill for uterine fibroids',
        'A daily pill shrank uterine fibroids in women in a new trial.',
        'Women took the pill for three months.',
      ).condition,
    ).toBe('uterine fibroids');
  });
});

describe('treatment: the studied one, not a rival, a class or a bare word', () => {
  it('does not take a rival drug in a pipeline paragraph for the one the story is about', () => {
    const facts = view(
      'New pill for uterine fibroids could come next year',
      'The first pill for uterine fibroids could be on sale next year.',
      'Regulators accepted the application for dovaprisan acetate (DA) to treat heavy bleeding from fibroids. DA has been sold in Europe for years.',
      'Two other oral medications for fibroids are also in development. One firm is running phase 3 trials of relgomab for fibroids and endometriosis.',
      'DA blocks a hormone that feeds the fibroids, which makes them shrink.',
      'The company is testing a twice daily dose of relgomab. Like older drugs, relgomab lowers the hormones that make fibroids grow.',
    );
    expect(facts.intervention).toMatch(/^dovaprisan acetate/);
    expect(facts.condition).toBe('uterine fibroids');
  });

  it('names the drug, not its class, when the story names it', () => {
    const facts = view(
      'Blood Thinners May Lower Dementia Risk in Heart Patients',
      'A study suggests blood thinners may help keep dementia away in people with an irregular heartbeat.',
      'The key is to start blood thinners, such as coumarol, early, the researchers said.',
      'People who were on coumarol had very low rates of dementia, the lead researcher said.',
      'The study looked at patients taking coumarol for at least a year.',
      'Patients should be started on coumarol or another blood thinner, he said.',
    );
    expect(facts.intervention).toBe('coumarol');
  });

  it('keeps the letter of a vitamin', () => {
    const facts = view(
      'Faster healing in a trial',
      'Patients healed faster when they took a vitamin, a trial found.',
      'Half of the 200 patients were chosen at random to receive vitamin D every day. The others were given a dummy pill.',
      'Those taking vitamin D healed two weeks sooner. The benefit of vitamin D was largest in older patients.',
    );
    expect(facts.intervention).toBe('vitamin D');
  });

  it('reads a name with its development code in brackets', () => {
    const facts = view(
      'Eczema pill could ease itching in severe cases',
      'A new pill eased itching in people with severe eczema, a small trial found.',
      'Fenoxipant (QBX042) reduced itching and redness and helped the skin heal.',
      'One group was given the drug twice a day for 12 weeks; the others got a placebo. Fenoxipant was added to the creams they already used.',
      'With Fenoxipant, the skin improved on every test, the lead researcher said.',
    );
    expect(facts.intervention).toBe('Fenoxipant');
  });

  it('does not print what is said of a treatment ("option") for the treatment', () => {
    const facts = view(
      'Needle-free option for gallstones could become common',
      'A new study suggests shock waves could be an alternative to surgery for some people with gallstones.',
      'The study found that 30% of people who received shock waves instead of surgery needed surgery within a year.',
      'Half of the 400 patients received shock waves, and half had surgery. Shock waves cost less, the researchers said.',
    );
    expect(facts.intervention ?? '').not.toMatch(/option/i);
  });

  it('takes the narrower wording of a one-word kind ("MRI screening" for "Screening")', () => {
    const facts = view(
      'Screening ULTRA benefits women with dense breasts',
      'ULTRA screening improves early diagnosis of breast cancer in women with dense breasts, a new study finds.',
      'Guidelines reserve it for women at high risk, and better screening is needed for the rest.',
      'The researchers studied 1,500 women who had normal screening mammograms. Screening found 40 more cancers.',
      'Screening was repeated every two years, and the study says screening of this kind could be offered widely.',
    );
    expect(facts.intervention).toBe('ULTRA screening');
  });

  it('takes the subject of a headline that says what should be done ("X should be more widely used")', () => {
    const facts = view(
      'Zinc should be more widely used for colds, researchers say',
      'People with colds should take zinc to shorten them, a large new study has found.',
      'The study compared four common remedies in 5,000 adults.',
      'Only about one in ten people with a cold use zinc, the researchers said.',
    );
    expect(facts.intervention).toBe('zinc');
  });

  it('takes what an observational study links an outcome to ("associated with walnut consumption")', () => {
    const facts = view(
      'Better memory in old age may be associated with almond consumption, according to research',
      'Eating almonds as part of a healthy diet may be linked with better memory later in life.',
      'A new study of 40,000 women suggests that eating a handful of almonds a week was associated with fewer memory problems.',
      'Women answered questions about their diets every four years.',
    );
    expect(facts.intervention).toBe('almond consumption');
  });

  it('takes a headline\'s descriptor after a word of grammar ("… eased with online therapy")', () => {
    const facts = view(
      "Study: Nurses' stress eased with phone therapy",
      'Night-shift nurses often face stress, but rarely seek help. A study suggests phone-based self-help therapy could be a solution.',
      'Stress was much less common in nurses who had four short calls before starting night shifts.',
      'About 150 nurses took part.',
    );
    expect(facts.intervention).toBe('phone therapy');
  });

  it('finds the coined name of a Title Case headline descriptor ("Whole-Body Scan" is the "ZXA scan")', () => {
    const facts = view(
      'Worried About Bone Loss? Try a Whole-Body Scan',
      'The Claim: A whole-body scan, called zero-energy absorptiometry, or ZXA for short, shows how dense your bones are.',
      'The Verdict: The whole-body scan is accurate, scientists say.',
      'A ZXA scan takes ten minutes and costs about $100. A ZXA scan uses a very small dose of radiation.',
    );
    expect(facts.intervention).toBe('ZXA scan');
  });
});
