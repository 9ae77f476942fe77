// A long main-result sentence is compressed into one or two plain sentences rather than
// "too detailed to sum up" (issue #13, review 10): constituents that carry no figure and no
// comparison go, in order and only while the sentence is over the limit — a reporting frame,
// who the people were, a closing quoted comment, a closing "whether …" concession, examples,
// "in the study" — and a list of examples inside a clause is never taken for a list.
import { describe, expect, it } from 'vitest';
import { shorten, shorterForms, toPieces } from '../../src/audiences/clauses.js';
import { plainWords } from '../../src/audiences/plain-words.js';
import { pastTense, splitSharedSubject } from '../../src/audiences/shared-subject.js';
import { neurafenibTrialBrief } from '../helpers/brief.js';
import { numberedFacts, type FactsOverrides } from '../helpers/facts.js';

const kit = numberedFacts();
const { finding } = kit;
const brief = (extra: FactsOverrides) => neurafenibTrialBrief(kit, extra);

describe('compressing a long main result (clauses.ts shorterForms, shorten, explodeList)', () => {
  const framed =
    'The trial shows that for adults aged 70 years and older with migraine, a daily dose of less than 20 mg of Neurafenib reduced rates of headache days, such as morning and evening attacks, as well as nausea, by 30 percent.';

  it('examples inside a clause whose figure comes after them are no list: no bullets "As well as nausea" / "By 30 percent"', () => {
    const pieces = toPieces(plainWords(framed));
    expect(pieces.bullets).toEqual([]);
    expect(pieces.sentences.join(' ')).not.toMatch(/^By 30 percent/m);
    // Still over the limit once the examples went: ", as well as nausea," is "and nausea".
    expect(pieces.sentences.join(' ')).toMatch(/headache days and nausea by 30 percent\./);
  });

  it('a reporting frame, the examples, and last who the people were go: the claim, its subject and figure stay', () => {
    const shown = brief({
      results: [
        finding(framed, [
          ['70', 70, 'duration'],
          ['20 mg', 20, 'measure'],
          ['30 percent', 30, 'percent'],
        ]),
      ],
    });
    expect(shown.findings).toMatch(
      /A daily dose under 20 mg of Neurafenib reduced rates of headache days, as well as nausea, by 30 percent\./,
    );
    expect(shown.all).not.toMatch(/too detailed/);
  });

  it('who the people were stays wherever the sentence fits with it ("Among untreated women, …")', () => {
    const forms = shorterForms(
      'Among untreated women, Neurafenib was 90 percent effective at preventing headache days, and was equally effective as the older drug in preventing nausea.',
      { strict: true },
    );
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(form).toMatch(/^Among untreated women, /);
  });

  it('a closing quoted comment and who said it go; the result stays', () => {
    const forms = shorterForms(
      'All of the people had fewer headache days, regardless of whether they took Neurafenib, "which shows how much sleep matters in migraine," Smith said.',
      { strict: true },
    );
    expect(forms).toContain('All of the people had fewer headache days, regardless of whether they took Neurafenib.');
  });

  it('a closing "whether …" concession and a reporting frame go ("plus each other" never printed)', () => {
    const shown = brief({
      results: [
        finding(
          'They found that pain relief and the rate of remission were similar between the two treatments, whether used alone or in combination with each other.',
        ),
      ],
    });
    expect(shown.findings).toMatch(/Pain relief and the rate of remission were about the same between the two treatments\./);
    expect(shown.all).not.toMatch(/each other|too detailed/);
  });

  it('"in the study" after a group of people, and "identified as being", say nothing the brief does not', () => {
    const shown = brief({
      results: [
        finding(
          'For every 1,000 people screened in the study, three children and five parents were identified as being at risk for early migraine.',
          [
            ['1,000', 1000, 'count'],
            ['three', 3, 'count'],
            ['five', 5, 'count'],
          ],
        ),
      ],
    });
    expect(shown.findings).toMatch(
      /For every 1,000 people screened, 3 children and 5 parents were identified as at risk for early migraine\./,
    );
  });

  it('a closing ", enough to …" reading of the result goes', () => {
    expect(
      shorterForms(
        'Neurafenib caused high rates of relief up to 2 hours after the dose, enough to let a single person go back to work without help.',
        {
          strict: true,
        },
      ),
    ).toContain('Neurafenib caused high rates of relief up to 2 hours after the dose.');
  });

  it('a subject that is one name is said again, not as "It" (a surname is no "it")', () => {
    const sentence = plainWords(
      'Smith then began testing mice with the older drug Neurafenib and found that it indeed was able to lower the amount of protein that can build up in the brain.',
    );
    const split = splitSharedSubject(sentence);
    expect(split).not.toBeNull();
    expect(split![1]).toMatch(/^Smith found that it was able to lower/);
  });
});

describe('framing by a paper and its authors, and "in addition to"', () => {
  it('"In “Title: A Trial,” Ann B. Smith, MD, and her co-authors report that …" goes, the claim stays', () => {
    expect(
      shorterForms(
        'In “Neurafenib for Migraine: A Randomized Trial,” Ann B. Smith, MD, PhD, and her co-authors report that at one year, the people who took Neurafenib had fewer headache days than those on placebo.',
        { strict: true },
      ),
    ).toContain('At one year, the people who took Neurafenib had fewer headache days than those on placebo.');
  });

  it('"in addition to their usual pill" is "on top of", never "also to"', () => {
    expect(plainWords('People took Neurafenib in addition to their usual pill. In addition, they slept more.')).toBe(
      'People took Neurafenib on top of their usual pill. Also, they slept more.',
    );
  });
});

describe('a finding in the passive with closing participle phrases', () => {
  const sentence =
    'Injections of Neurafenib that calm nerve cells in the spine were found to put a stop to attacks in older adults with migraine, keeping them more active and alert for weeks, and extending their pain-free time by 20-30% compared to untreated people.';

  it('"were found to put" is "put", the figure-less phrase goes, the figure gets a sentence of its own', () => {
    const shown = brief({
      results: [
        finding(sentence, [
          ['20', 20, 'percent'],
          ['30%', 30, 'percent'],
        ]),
      ],
    });
    expect(shown.findings).toMatch(
      /Injections of Neurafenib that calm nerve cells in the spine put a stop to attacks in older adults with migraine\./,
    );
    expect(shown.findings).toMatch(/This extended their pain-free time by 20-30% compared to untreated people\./);
    expect(shown.all).not.toMatch(/too detailed|were found to/);
  });

  it('shortened in place (a key-number line), the "and" goes with the phrase: never "…, and extending"', () => {
    expect(shorten(sentence)).not.toMatch(/,\s+and extending/);
    expect(shorten(sentence)).toMatch(/with migraine, extending their pain-free time by 20-30%/);
  });

  it('past forms by compromise, null when it cannot tell', () => {
    expect(pastTense('reduce')).toBe('reduced');
    expect(pastTense('put')).toBe('put');
    expect(pastTense('slow')).toBe('slowed');
  });
});

describe('what both groups also took, and "of age"', () => {
  it('"in addition to their usual pill" goes from a long result that draws no comparison of its own; "three months of age" is "3 months old"', () => {
    const shown = brief({
      results: [
        finding(
          'At three months of age, the babies whose mothers took 50 mg of Neurafenib in addition to their usual vitamin pill had significantly fewer migraine attacks.',
          [
            ['three', 3, 'duration'],
            ['50 mg', 50, 'measure'],
          ],
        ),
      ],
    });
    expect(shown.findings).toMatch(
      /At 3 months old, the babies whose mothers took 50 mg of Neurafenib had significantly fewer migraine attacks\./,
    );
  });

  it('kept where the sentence compares with the usual care alone; "50 years of age and older" is left as it is', () => {
    const forms = shorterForms(
      'The people who took Neurafenib in addition to their usual care had 30 percent fewer attacks over the year than people who had their usual care alone.',
      { strict: true },
    );
    for (const form of forms) expect(form).toMatch(/in addition to their usual care/);
    expect(plainWords('People 50 years of age and older took part.')).toBe('People 50 years of age and older took part.');
  });
});

describe('framing with where it was published, or by a team', () => {
  it('"The results of the trial, published online on May 2 in <journal>, show that …" goes', () => {
    const forms = shorterForms(
      'The results of the trial, published online on May 2 in the Journal of Headache Medicine, show that Neurafenib reduced the number of headache days by 3 to 5 days a month in the two-year trial.',
      { strict: true },
    );
    expect(forms).toContain('Neurafenib reduced the number of headache days by 3 to 5 days a month in the two-year trial.');
  });

  it('"Analyzing these data, the Oslo team found that …": the method opening and the team go', () => {
    const forms = shorterForms(
      'Analyzing these data, the Oslo team found that children who took Neurafenib weekly had 4 fewer headache days a month than those who said they never took it.',
      { strict: true },
    );
    expect(forms).toContain(
      'Children who took Neurafenib weekly had 4 fewer headache days a month than those who said they never took it.',
    );
  });
});

// Review 11 (holdout h015): an aside set off by closed-up dashes ("bleeding--such as in the brain
// or gut--because …", "bleeding—such as …—because") goes as a spaced one does; "The downside is
// that …" frames a statement that stands without it.
describe('closed-up dashes and a weighing frame', () => {
  const long =
    'The downside is that these drugs raise the risk of severe bleeding--such as in the brain or gut--because the blood does not clot as well as it would otherwise.';
  it('drops an aside between closed-up dashes, typewriter or em', () => {
    expect(shorten(long)).not.toMatch(/such as in the brain/);
    expect(shorten(long.replaceAll('--', '—'))).not.toMatch(/such as in the brain/);
  });
  it('offers the statement without "The downside is that"', () => {
    expect(shorterForms(long)).toContain(
      'These drugs raise the risk of severe bleeding--such as in the brain or gut--because the blood does not clot as well as it would otherwise.',
    );
  });
});

// Review 11 (holdout h048): "Maker Inc., based in Leeds, Mass., reported on Tuesday that 7 of the
// 10 women who took the drug in the trial …": who announced it frames the finding, and "in the
// trial" after what they took says again what the brief is about.
describe('an announcer’s frame and "in the trial" after what was taken', () => {
  it('offers the finding without who announced it (patient brief only)', () => {
    const long =
      'Halvern Pharma (HLV), based in Leeds, Mass., reported on Tuesday that 7 of the 10 women who took the drug in the trial improved within 60 hours of the injection.';
    expect(shorterForms(long, { strict: true })).toContain(
      '7 of the 10 women who took the drug improved within 60 hours of the injection.',
    );
    expect(shorterForms(long).some((form) => form.startsWith('7 of the 10'))).toBe(false);
  });
});

// Review 11 (holdout h058): "73 of every 100 people who took antibiotics recovered from
// appendicitis and did not need surgery for at least a year" was one 22-word sentence: a share
// of a group is "they", and "recovered from" after the "who" clause's verb is the main verb.
describe('two predicates of a share of a group', () => {
  it('are said as two sentences', () => {
    expect(
      splitSharedSubject(
        '73 of every 100 people who took the pill recovered from the illness and did not need surgery for at least a year.',
      ),
    ).toEqual(['73 of every 100 people who took the pill recovered from the illness.', 'They did not need surgery for at least a year.']);
    expect(
      splitSharedSubject('Most of the people who took the pill recovered from the illness and did not need surgery for a year.'),
    ).toEqual(['Most of the people who took the pill recovered from the illness.', 'They did not need surgery for a year.']);
  });
});

// Review 11 (holdout h037): "there was a 27% reduced risk of X, a 28% reduced risk of Y, and a
// 25% reduced risk of Z" lost its middle figure (the headline's) and printed the last without a verb.
describe('a list of figures after "there was"', () => {
  it('is a lead line and a bullet per figure in the brief, and one sentence for the press lede', () => {
    const sentence =
      'Compared with the placebo, there was a 27% lower risk of migraine days, a 28% lower risk of missing work, and a 25% lower risk of a trip to the emergency room.';
    expect(toPieces(sentence)).toEqual({
      sentences: ['Compared with the placebo, there was:'],
      bullets: [
        'a 27% lower risk of migraine days',
        'a 28% lower risk of missing work',
        'a 25% lower risk of a trip to the emergency room',
      ],
    });
    expect(toPieces(sentence, { figureLists: false }).bullets).toEqual([]);
  });
});

// Review 11 (138): "Those getting the drug every two weeks were slightly more prone to side
// effects, such as a mild reaction at the injection site" lost its example (the harm itself) when
// cut to 20 words; a study still "needed to assess side effects, such as …" names no harm.
describe('the examples of a harm', () => {
  it('become a sentence of their own rather than an aside that goes', () => {
    expect(
      shorterForms(
        'Those getting the drug every two weeks were slightly more prone to side effects, such as a mild rash at the injection site.',
        {
          strict: true,
        },
      ),
    ).toContain(
      'Those getting the drug every two weeks were slightly more prone to side effects. These included a mild rash at the injection site.',
    );
  });
  it('are not made into side effects that happened when the sentence only plans to look for them', () => {
    const forms = shorterForms(
      'Future studies with many more people are needed to formally assess the drug’s side effects, such as its effect on the liver.',
      {
        strict: true,
      },
    );
    expect(forms.join(' ')).not.toMatch(/These included/);
  });
});
