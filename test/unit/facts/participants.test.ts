// Participants on short invented stories, one per kind of error seen on real news: the
// main study's enrolment, arm counts summed, and abstention when a count is not clearly
// the study's (a doctor's patients, an institution's staff, two studies' sizes).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../../helpers/article.js';

const factsOf = (text: string) => factsFrom(text, 'story.txt').facts;

describe('participants', () => {
  it('takes the count an enrolment verb or "a trial of" names', () => {
    const facts = factsOf('Pill eases gout\n\nA new pill eased gout. The trial enrolled 240 adults with gout at 12 clinics.\n');
    expect(facts.participants).toMatchObject({ value: 240, rule: 'participants-enrolled' });
    expect(
      factsOf('Pill eases gout\n\nA pill eased gout in a randomized trial of 180 patients who had not been treated before.\n').participants
        ?.value,
    ).toBe(180);
  });

  it('sums arm counts where only those are given', () => {
    const facts = factsOf(
      'Gel helps knees\n\nResearchers randomly assigned adults with knee pain to the gel (n = 120) or a placebo gel (n = 118). Pain fell more with the gel.\n',
    );
    expect(facts.participants).toMatchObject({
      value: 238,
      origin: 'derived',
      rule: 'participants-arms-summed',
      derivedFrom: 'n = 120 + n = 118',
    });
    const groups = factsOf(
      'Scan spots autism\n\nThe team studied 30 healthy adults and another 25 adults with autism, and the scan told them apart.\n',
    );
    expect(groups.participants?.value).toBe(55);
  });

  it('does not sum the groups of a result', () => {
    const facts = factsOf(
      'Combo shrinks tumours\n\nTumours shrank in 60 percent of the 70 patients who got the combination versus 10 percent among the 30 who got one drug.\n',
    );
    expect(facts.participants).toBeNull();
  });

  it('takes the whole that a share is taken from: "each of the 25 patients"', () => {
    const facts = factsOf('Shots for knees\n\nEach of the 25 patients enrolled in the study had two bad knees.\n');
    expect(facts.participants?.value).toBe(25);
  });

  it('a count with no study behind it is no participant count', () => {
    expect(factsOf('Old drug, new use\n\nAfter treating more than 100 patients, the doctor knows its limits.\n').participants).toBeNull();
    expect(
      factsOf('Centre opens\n\nThe centre offers a new therapy. The school has a faculty of more than 3,000 physicians and scientists.\n')
        .participants,
    ).toBeNull();
  });

  it("a separate group or another team's confirmation is not the main study", () => {
    const facts = factsOf(
      'Compound kills cancer cells\n\nThe experiments comprising 800 cancer cell lines found the compound potent. Similar results were obtained by another institute in tests on 60 cell lines.\n',
    );
    expect(facts.participants?.value).toBe(800);
  });

  it('abstains when two studies give sizes with equal evidence', () => {
    const facts = factsOf(
      'Two drugs help\n\nIn a study involving 675 people, drug A worked. In a second report, 502 patients were enrolled in a trial of drug B.\n',
    );
    expect(facts.participants).toBeNull();
  });
});
