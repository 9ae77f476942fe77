// Review 9 (holdout) class 1: the main result missing while a side sentence is filed as the
// study's finding. Each test is one kind of side sentence news writing puts beside a result:
// another study set beside this one, a panel's advice, what the study left out, a disease on
// the rise, the writer's own story, earlier work, how the study ran. Texts are invented.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';
import { blankFacts, countOf, sourceFinding, textFactOf } from '../helpers/facts.js';
import { mainResults } from '../../src/audiences/main-result.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const texts = (items: { text: string }[]) => items.map((i) => i.text).join(' | ');

describe('side sentences are not results of the study', () => {
  it('a smaller or earlier study set beside this one is another study, to where the article comes back', () => {
    const facts = read(
      'Valve clip helps failing hearts',
      'Doctors were not sure that repairing the valve would help. A smaller study in Spain with similar patients failed to find a benefit for the clip.',
      'But that research included patients with milder disease.',
      'In the new trial, 500 patients were randomly assigned to the clip or to usual care. After two years, 70 percent of those given the clip felt better, compared with 40 percent of the others.',
    );
    expect(texts(facts.results)).not.toMatch(/smaller study/);
    expect(texts(facts.results)).toMatch(/70 percent/);
  });

  it('a panel\'s advice ("One group has recommended a target of …") is guidance, not a finding', () => {
    const facts = read(
      'Lower sugar target helps older adults',
      'The study found that a lower blood sugar target reduced strokes by 20 percent among adults over 70.',
      'One group has recommended a target of 8 percent for persons aged 80 or older, while another recommended a target of 7.5 percent.',
    );
    expect(texts(facts.results)).not.toMatch(/recommended a target/);
    expect(texts(facts.results)).toMatch(/reduced strokes/);
  });

  it('what the study left out ("The study did not address whether …") is not its finding', () => {
    const facts = read(
      'Screening babies finds inherited disease',
      'For every 1,000 babies screened in the study, three children were identified as having the inherited condition.',
      'The study did not address whether screening saves money.',
    );
    expect(texts(facts.results)).not.toMatch(/did not address/);
    expect(texts(facts.results)).toMatch(/were identified as having/);
  });

  it('one person\'s diagnosis ("She was diagnosed with the disease at 19") is a story, not a screening yield', () => {
    const facts = read(
      'Screening babies finds inherited disease',
      'Anna was 21 and studying at night when she was diagnosed with the disease.',
    );
    expect(facts.results).toEqual([]);
  });

  it('a disease on the rise, told in the present, is background', () => {
    const facts = read(
      'New drug shrinks rare tumours',
      'A rare cancer of the ear canal is on the increase, and now researchers have reported results of the first trial of the drug Zelvora.',
      'The drug shrank tumours in six of 20 patients treated in the trial.',
    );
    expect(texts(facts.results)).not.toMatch(/on the increase/);
    expect(texts(facts.results)).toMatch(/six of 20 patients/);
  });

  it("the writer's own story outside quotation marks is an anecdote, not a result", () => {
    const facts = read(
      'New shots cut headache days',
      'When I grew older and had two children, my headaches changed and became worse.',
      'In the trial, people given the shots had two fewer headache days a month than those given a placebo.',
    );
    expect(texts(facts.results)).not.toMatch(/my headaches/);
    expect(texts(facts.results)).toMatch(/fewer headache days/);
  });

  it('what the team found before ("previously identified") is the background the new study builds on', () => {
    const facts = read(
      'Milk protein eases taste loss',
      'The team previously identified the role of the protein in reducing the metallic taste that chemotherapy stimulated.',
      'In the new study, 40 percent of patients given the protein reported better taste after a month.',
    );
    expect(texts(facts.results)).not.toMatch(/previously identified/);
  });

  it('a national share told in the present, a survey of adults in the country, is not a result', () => {
    const facts = read(
      'Pill helps heavy drinkers cut back',
      'A nationwide survey by a health agency found that 28 percent of adults in the U.S. are heavy drinkers.',
      'In the trial, 45 percent of those given the pill cut their drinking by half, compared with 20 percent on placebo.',
    );
    expect(texts(facts.results)).not.toMatch(/heavy drinkers/);
  });

  it('how the study ran ("recruited 218 healthy, overweight women", "assigning half to …", "All participants received …") is not a result', () => {
    const facts = read(
      'Vitamin eases inflammation',
      'The researchers recruited 218 healthy, overweight older women who had low levels of the vitamin.',
      'The study tapped more than 2,600 volunteers aged 75 and older, assigning half to a target blood pressure of less than 140 and half to a target of less than 120.',
      'All participants received counselling throughout the study, and about 10 percent of the women quit smoking.',
      'Those given the vitamin had a 37 percent reduction in a marker of inflammation, compared with those given a placebo.',
    );
    expect(texts(facts.results)).not.toMatch(/recruited 218|assigning half|received counselling/);
    expect(texts(facts.results)).toMatch(/37 percent/);
  });

  it('"those who participated in the study" names the people; it does not make a result a method', () => {
    const facts = read(
      'Massage eases back pain',
      'More than 50 percent of those who participated in the study experienced meaningful improvements in their back pain.',
    );
    expect(texts(facts.results)).toMatch(/More than 50 percent/);
  });
});

describe('an animal study: the method of a control experiment, a hypothetical, and a comparison told as "percent more active than"', () => {
  const facts = read(
    'Running mothers have livelier pups',
    'To test whether exercise mattered, the researchers gave a toxin to mice that wiped out 60% of their muscle cells.',
    'The pups of the running mothers turned out to be about 40 percent more physically active than pups born to mothers without a wheel.',
    'If a similar gain was seen in people, a person of 80 could live to 92.',
  );
  it('"To test whether …, the researchers injected …" is how the study ran', () => {
    expect(texts(facts.results)).not.toMatch(/To test whether/);
  });
  it('"If a similar gain was seen in people, … could live to 92" is a hypothetical', () => {
    expect(texts(facts.results)).not.toMatch(/could live to 92/);
  });
  it('"40 percent more physically active than" compares the groups: a result', () => {
    expect(texts(facts.results)).toMatch(/40 percent more physically active/);
  });
});

describe('a reference list and a method told "as part of the trial"', () => {
  it('a paper\'s title in Title Case ("Teens Show Improved Sleep Following Yoga Classes") is not a finding', () => {
    const facts = read(
      'Yoga helps teens sleep',
      'Smith, J., & Lee, K. (2003). Teens Show Improved Sleep Following Yoga Classes. Journal of Sleep Studies, 12-19.',
    );
    expect(texts(facts.results)).not.toMatch(/Improved Sleep/);
  });
  it('"As part of the double-blind trial, an inactive pill that tastes similar to the drug was used …" is how the trial ran', () => {
    const facts = read(
      'Nasal spray eases depression',
      'As part of the double-blind, placebo-controlled trial, an inactive spray which feels similar to the drug was used in one of the sessions.',
    );
    expect(texts(facts.results)).not.toMatch(/inactive spray/);
  });
});

describe('how many people do something in general, and a study "of" its people', () => {
  it('"nine out of 10 patients try some other therapy" (present tense) is background; "Seven of 10 patients have responded" is a result', () => {
    const facts = read(
      'Acupuncture eases pain',
      'According to the authors, nine out of 10 patients try some form of other therapy, such as massage.',
      'Seven of 10 patients have responded to the needles so far.',
    );
    expect(texts(facts.results)).not.toMatch(/nine out of 10/);
    expect(texts(facts.results)).toMatch(/Seven of 10 patients have responded/);
  });
  it('"studied the scan\'s impact on 2,120 women, with less than a 15 percent lifetime risk" is the enrolment', () => {
    const facts = read(
      'Scan finds more tumours',
      "Between 2005 and 2013, the team studied the scan's impact on 2,120 women, ages 40 to 70, with less than a 15 percent lifetime risk of the disease.",
    );
    expect(facts.results).toEqual([]);
  });
});

describe('a lowered risk with its figure is a result, whatever schedule the other arm had', () => {
  it('"were 40 percent less likely to have … compared to those who received four weekly emails" is a result, not a method nor a harm', () => {
    const facts = read(
      'Online course helps new nurses',
      'Nurses who took the course were 40 percent less likely to have thoughts of suicide during the year compared to those who received four weekly emails.',
    );
    expect(texts(facts.results)).toMatch(/40 percent less likely/);
    expect(texts(facts.harms)).not.toMatch(/40 percent less likely/);
  });
});

describe('the main result: a subgroup and a figure of "7 of the 10 women"', () => {
  it('a subgroup set apart by a trait the study was not about ranks after the result for all', () => {
    const subgroup = sourceFinding(
      'Among patients with recurrent disease, survival rose from an average of 6 months to 9.2 months compared with chemotherapy alone.',
    );
    const all = sourceFinding(
      'Among all patients, survival rose from an average of 8 months to 12.6 months compared with chemotherapy alone.',
    );
    const facts = blankFacts({ results: [subgroup, all] });
    expect(mainResults(facts)[0]?.finding.text).toBe(all.text);
  });

  it('a trait of the people the study was about does not make a subgroup', () => {
    const first = sourceFinding(
      'Among patients with heart failure, survival rose from an average of 6 months to 9.2 months compared with usual care.',
    );
    const second = sourceFinding('Among all patients, survival rose from an average of 8 months to 12.6 months compared with usual care.');
    const facts = blankFacts({ results: [first, second], condition: textFactOf('heart failure') });
    expect(mainResults(facts)[0]?.finding.text).toBe(first.text);
  });

  it('"7 of the 10 women who took the drug" is a figure for the people studied', () => {
    const result = sourceFinding(
      'The company reported on Tuesday that 7 of the 10 women who took the drug in the trial had much less depression within 60 hours.',
    );
    const facts = blankFacts({ results: [result], participants: countOf(10, 'The trial enrolled 10 women.') });
    expect(mainResults(facts)[0]?.hasFigure).toBe(true);
  });
});
