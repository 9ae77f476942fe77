// Numbers as people write them, in words and digits, with their units; and numbers
// that only label something, which must not be read as counts.
import { describe, expect, it } from 'vitest';
import { findNumbers, findPhases, findProportions, findRanges, findTimepoints, parseNumberWord } from '../../src/article/numbers.js';

const mentions = (text: string) => findNumbers(text).map((n) => [n.raw, n.value, n.unit]);

describe('parseNumberWord', () => {
  it.each([
    ['Ten', 10],
    ['twelve', 12],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['one hundred', 100],
    ['two hundred and fifty', 250],
    ['1,558', 1558],
    ['0.8', 0.8],
    ['dozens', null],
  ])('%s → %s', (raw, value) => expect(parseNumberWord(raw)).toBe(value));
});

describe('findNumbers', () => {
  it('reads number words and digits with thousands separators', () => {
    expect(mentions('Ten participants stopped insulin, while the remaining two needed less.')).toEqual([
      ['Ten', 10, 'count'],
      ['two', 2, 'count'],
    ]);
    expect(mentions('three trials of 1,558 subjects')).toEqual([
      ['three', 3, 'count'],
      ['1,558', 1558, 'count'],
    ]);
  });

  it('reads groups: "a dozen", "two decades", "2.2 million"', () => {
    expect(mentions('a dozen patients')).toEqual([['a dozen', 12, 'count']]);
    expect(mentions('for over two decades')).toEqual([['over two decades', 20, 'duration']]);
    expect(mentions('2.2 million children')).toEqual([['2.2 million', 2_200_000, 'count']]);
  });

  it('keeps qualifiers in the raw text: "more than 1,200", "about half"', () => {
    const [more] = findNumbers('More than 1,200 patients were included.');
    expect(more).toMatchObject({ raw: 'More than 1,200', value: 1200, unit: 'count', qualifier: 'more than' });
    expect(findNumbers('about half of the participants')[0]).toMatchObject({ raw: 'about half', value: 0.5, unit: 'other' });
  });

  it('reads percentages, money, measures and durations', () => {
    expect(mentions('69 percent of trial participants')).toEqual([['69 percent', 69, 'percent']]);
    expect(mentions('Twelve percent of users, and 20 per cent of others, below 7%')).toEqual([
      ['Twelve percent', 12, 'percent'],
      ['20 per cent', 20, 'percent'],
      ['7%', 7, 'percent'],
    ]);
    expect(mentions('about $1850 per injection')).toEqual([['about $1850', 1850, 'money']]);
    expect(mentions('lost an average of 0.8 pounds')).toEqual([['0.8 pounds', 0.8, 'measure']]);
    expect(mentions('a 1.4-year increase after 12 weeks')).toEqual([
      ['1.4-year', 1.4, 'duration'],
      ['12 weeks', 12, 'duration'],
    ]);
  });

  it('reads "n=24" as a count', () => {
    expect(mentions('enrolled 312 adults (n=312) and, later, N = 1,024')).toEqual([
      ['312', 312, 'count'],
      ['n=312', 312, 'count'],
      ['N = 1,024', 1024, 'count'],
    ]);
  });

  it('gives both ends of a range its unit', () => {
    expect(mentions('95–99 percent of patients')).toEqual([
      ['95', 95, 'percent'],
      ['99 percent', 99, 'percent'],
    ]);
    expect(mentions('every 4-16 weeks')).toEqual([
      ['4', 4, 'duration'],
      ['16 weeks', 16, 'duration'],
    ]);
    expect(mentions('(7.7 vs. 6.3 years)')).toEqual([
      ['7.7', 7.7, 'duration'],
      ['6.3 years', 6.3, 'duration'],
    ]);
  });

  it('tells labels, timepoints, years and dates from counts', () => {
    expect(mentions('type 1 diabetes, genotypes 4, 5 or 6, COVID-19, FLT3 and HbA1c')).toEqual([
      ['1', 1, 'other'],
      ['4', 4, 'other'],
      ['5', 5, 'other'],
      ['6', 6, 'other'],
    ]);
    expect(mentions('by day 365')).toEqual([['365', 365, 'time']]);
    expect(mentions('published Feb. 1 in Neurology and on April 3, 2016')).toEqual([['2016', 2016, 'year']]);
    // A year-like number that counts people is a count.
    expect(mentions('a trial of 2000 patients in 2019')).toEqual([
      ['2000', 2000, 'count'],
      ['2019', 2019, 'year'],
    ]);
  });

  it('does not read a pronoun "one" as a figure', () => {
    expect(findNumbers('one of the drugs worked')).toEqual([]);
  });

  it('gives each mention its index in the text', () => {
    const text = 'Of 40 people, 10 improved.';
    for (const n of findNumbers(text)) expect(text.slice(n.index, n.index + n.raw.length)).toBe(n.raw);
  });
});

describe('findProportions', () => {
  it('reads "10 of 12", "nine out of 10", "one in five"', () => {
    expect(findProportions('10 of 12 patients, nine out of 10 people and one in five adults').map((p) => [p.raw, p.part, p.whole])).toEqual(
      [
        ['10 of 12', 10, 12],
        ['nine out of 10', 9, 10],
        ['one in five', 1, 5],
      ],
    );
    expect(findProportions('Ten of the 12 participants')[0]).toMatchObject({ part: 10, whole: 12 });
  });

  it('reads fractions of people: "half of", "two-thirds of patients"', () => {
    expect(findProportions('about half of the participants')[0]).toMatchObject({ raw: 'half', value: 0.5 });
    expect(findProportions('two-thirds of patients')[0]!.value).toBeCloseTo(2 / 3);
  });

  it('ignores a part larger than the whole', () => {
    expect(findProportions('12 of 10 sites')).toEqual([]);
  });
});

describe('findRanges', () => {
  it.each([
    ['95–99 percent', 95, 99, 'percent'],
    ['aged 26 to 52 years', 26, 52, 'duration'],
    ['between 15 and 35', 15, 35, 'count'],
    ['20-25 percent', 20, 25, 'percent'],
  ])('%s', (text, low, high, unit) => {
    expect(findRanges(text)[0]).toMatchObject({ low, high, unit });
  });

  it('does not read a list as a range', () => {
    expect(findRanges('genotypes 4, 5 and 6')).toEqual([]);
  });
});

describe('findPhases', () => {
  it.each([
    ['a Phase IIb trial', '2b'],
    ['phase 3 trials', '3'],
    ['three Phase III clinical trials', '3'],
    ['a phase 1/2 study', '1/2'],
    ['Phase I/II', '1/2'],
    ['the phase-three trial', '3'],
    ['phase two', '2'],
  ])('%s → %s', (text, value) => expect(findPhases(text)[0]?.value).toBe(value));

  it('finds nothing where no phase is written', () => {
    expect(findPhases('a late-stage trial in a phased roll-out')).toEqual([]);
  });
});

describe('findTimepoints', () => {
  it('finds when outcomes were measured', () => {
    expect(findTimepoints('within 90 days, C-peptide rose by day 365; four months post-infusion, levels held')).toEqual([
      'within 90 days',
      'by day 365',
      'four months post-infusion',
    ]);
  });
});

// Review 7 (an age range shown as the outcome's timepoints): an age is not when an outcome was measured.
describe('findTimepoints: ages are not timepoints', () => {
  it('skips ages and keeps the times beside them', () => {
    expect(findTimepoints('for children between the ages of 6 months and 23 months')).toEqual([]);
    expect(findTimepoints('children aged 3 years were seen again after 6 months')).toEqual(['after 6 months']);
    expect(findTimepoints('patients aged 65 years followed for 5 years; toddlers 2 years old')).toEqual(['for 5 years']);
  });
});

// Review 11 (a clinician table gave "a week" and "11-year" as an outcome's timepoints): how
// often something is done, and an age written "9- to 11-year-olds", are not when it was measured.
describe('findTimepoints: frequencies and hyphenated ages are not timepoints', () => {
  it('skips "once a week", "three days a week" and "11-year-olds", and keeps the time beside them', () => {
    expect(findTimepoints('children who eat beans at least once a week scored higher')).toEqual([]);
    expect(findTimepoints('walking three days a week for 12 weeks')).toEqual(['for 12 weeks']);
    expect(findTimepoints('a group of 300 9- to 11-year-olds was tested after 2 years')).toEqual(['after 2 years']);
    expect(findTimepoints('pills taken twice a day; seen again after one month')).toEqual(['after one month']);
  });
});

// Review 15 (the clinician table's Timepoint column read "1.4-year; 6.3 years", "8.2 months;
// within 60 days; three months", "Five years after receiving the"): a length that is itself the
// result, one side of a compared length or the amount of a change, is not when the outcome was
// measured; a treatment's length gives way to the time the outcome was measured; the same time
// is given once; "after" keeps its object.
describe('findTimepoints: lengths that are the result are not timepoints', () => {
  it('skips compared lengths, survival times and amounts of change', () => {
    expect(findTimepoints('surgery gave a 1.4-year increase in median survival (7.7 vs. 6.3 years)')).toEqual([]);
    expect(findTimepoints('survival time went from an average of 9.3 months to 17.9 months')).toEqual([]);
    expect(findTimepoints('the controls had an average progression-free survival time of eight months')).toEqual([]);
    expect(findTimepoints('the drug lengthened the time to relapse by four to eight months')).toEqual([]);
    expect(findTimepoints('they went from about 21 days of pain to about 3 days')).toEqual([]);
    // Review 16: a time inside a bracketed definition, and the end of a range of lengths.
    expect(findTimepoints('went longer (median 8.2 months) without harm (no remission within 60 days of starting) than others')).toEqual(
      [],
    );
    expect(findTimepoints('the protein was found 4–10 years before diagnosis')).toEqual([]);
  });

  it('keeps the time an outcome was measured beside them', () => {
    expect(findTimepoints('taking the pills for 5 years cut deaths by 40 percent within 10 years of starting')).toEqual([
      'within 10 years',
    ]);
    expect(findTimepoints('treated for 12 weeks; cured 12 weeks after finishing treatment')).toEqual([
      '12 weeks after finishing treatment',
    ]);
    expect(findTimepoints('half the risk of bleeding within one year compared with those on warfarin')).toEqual(['within one year']);
    expect(findTimepoints('After six weeks of treatment, 36 percent felt better')).toEqual(['After six weeks']);
    expect(findTimepoints('Five years after receiving the treatment, 69 percent were well')).toEqual([
      'Five years after receiving the treatment',
    ]);
    expect(findTimepoints('levels rose steadily by day 365')).toEqual(['by day 365']);
  });
});
