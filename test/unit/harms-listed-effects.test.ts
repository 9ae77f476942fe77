// Review 10: two ways a harm of the treatment studied was lost. A list of effects whose
// list stands before the verb ("Nausea and rash were the most common side effects in the
// trials, affecting under 10% of women") was filed as a result (a share of people), since
// only "Side effects include …" tied a list to the treatment; and a harm that "could
// compromise future surgery" read as a plan ("future") and was never read for harm.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const texts = (list: { text: string }[]) => list.map((f) => f.text).join(' | ');

describe('a list of effects, and the harm that spoils something later', () => {
  it('files "X and Y were the most common side effects …, affecting 8% of women" as a harm, not a result', () => {
    const facts = read(
      'Pill shrinks fibroids',
      'A pill called Fibrex shrank fibroids in 300 women with uterine fibroids, researchers reported.',
      'Bloating and acne were the most common side effects in the trials of FX, affecting 8% of women.',
    );
    expect(texts(facts.harms)).toMatch(/Bloating and acne were the most common side effects/);
    expect(texts(facts.results)).not.toMatch(/Bloating and acne/);
  });

  it('reads a harm that "could compromise future" treatment, and still reads a plan as a plan', () => {
    const facts = read(
      'Radiation after surgery helps some women',
      'Radiation after surgery cut the return of cancer in a study of 500 women with breast cancer, researchers said.',
      'Side effects can include blistering of the skin and stiffness severe enough to compromise future reconstruction, she said.',
      'Future studies will test shorter courses.',
    );
    expect(texts(facts.harms)).toMatch(/blistering of the skin and stiffness/);
    expect(texts(facts.nextSteps)).toMatch(/Future studies will test shorter courses/);
  });
});

describe('a harm that names no harm', () => {
  it('is left out beside a harm that names one, and kept when it is all the article says', () => {
    const named = read(
      'Old pill still best for mood swings',
      'A pill called Moodex cut relapses by half in a study of 800 people with bipolar disorder, researchers reported.',
      'Researchers claim that although the drug does carry some health risks, its overall effectiveness means it should be more widely used.',
      'They found that patients on Moodex had a higher risk of liver problems.',
    );
    expect(texts(named.harms)).toMatch(/higher risk of liver problems/);
    expect(texts(named.harms)).not.toMatch(/some health risks/);
    const alone = read(
      'Old pill still best for mood swings',
      'A pill called Moodex cut relapses by half in a study of 800 people with bipolar disorder, researchers reported.',
      'Researchers claim that although the drug does carry some health risks, its overall effectiveness means it should be more widely used.',
    );
    expect(texts(alone.harms)).toMatch(/some health risks/);
  });

  it('keeps a harm that says how bad or how it compares', () => {
    const facts = read(
      'Spray eases hay fever',
      'A nasal spray called Rhinol eased hay fever in a trial of 300 adults, researchers said.',
      'Side effects were mild.',
      'Two participants in the Rhinol group had serious infections.',
    );
    expect(texts(facts.harms)).toMatch(/Side effects were mild/);
    expect(texts(facts.harms)).toMatch(/serious infections/);
  });
});

describe('a harm told as what the treatment leaves the body open to', () => {
  it('reads "vulnerable to infectious disease" as a harm', () => {
    const facts = read(
      'Injection eases gout',
      'An injection called Uricor eased gout flares in a trial of 250 adults with gout, researchers said.',
      'Because Uricor dampens the immune response, patients were watched for signs that it left them vulnerable to infectious disease, and few observed differences turned up between the groups, the lead author said.',
    );
    expect(texts(facts.harms)).toMatch(/vulnerable to infectious disease/);
  });
});

describe('a harm cut from "Not only …, but …"', () => {
  it('is put back in statement order, so it reads as a sentence', () => {
    const facts = read(
      'Nasal spray eases migraine',
      'A nasal spray called Migrel eased migraine in a trial of 60 adults with migraine, researchers said.',
      '"Not only was Migrel well tolerated by the volunteers, with none reporting serious side effects, but the spray was also easy to use," she said.',
    );
    expect(texts(facts.harms)).toMatch(/^Migrel was well tolerated by the volunteers, with none reporting serious side effects/);
  });
});

describe('the event that brought people into the study', () => {
  it('counted among them is who was studied, not a harm; the same event told as happening again is a harm', () => {
    const paragraphs: [string, ...string[]] = [
      'Restarting a heart pill after a fall pays off',
      'In a study of how to treat patients on heart pills who suffer a serious fall injury, researchers looked at insurance records.',
      'They followed 40,000 people who took the pills Cardon or Vastol. More than 900 of those people suffered a serious fall injury while taking one of the pills.',
    ];
    expect(texts(read(...paragraphs).harms)).not.toMatch(/More than 900/);
    const again = read(...paragraphs, 'Of those who restarted Cardon, 80 people suffered a second serious fall injury within a year.');
    expect(texts(again.harms)).toMatch(/second serious fall injury/);
  });
});

describe('a subject with a finding and a harm, joined by "and"', () => {
  it('gives the finding to the results and the harm, with its subject, to the harms', () => {
    const facts = read(
      'Shot eases back pain',
      'A shot called Dorsix eased back pain in a trial of 200 adults with back pain, researchers said.',
      'Those getting the shot every week didn’t do any better and were slightly more prone to side effects, such as a sore arm.',
    );
    expect(texts(facts.results)).toMatch(/Those getting the shot every week didn’t do any better/);
    expect(texts(facts.harms)).toMatch(/^Those getting the shot every week were slightly more prone to side effects, such as a sore arm/);
    expect(texts(facts.harms)).not.toMatch(/any better/);
  });
});

describe('the harm clause after "while others …"', () => {
  it('keeps the clause "and" joins to the pronoun’s clause, not the benefit before it', () => {
    const facts = read(
      'Gene test picks who gains from bone drug',
      'A gene test picked which of 300 women with breast cancer gained from a bone drug called Zolex, researchers said.',
      '“The difficulty is knowing who will gain,” said the lead author. “It only seems to be effective in some patients, particularly older women, while others show no response and in some younger women it may even be harmful.”',
    );
    expect(texts(facts.harms)).toMatch(/^In some younger women it may even be harmful/);
    expect(texts(facts.harms)).not.toMatch(/effective in some patients/);
  });
});
