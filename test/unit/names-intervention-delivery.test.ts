// A story about a new way to give a substance it names only as a common word: the
// intervention is that delivery, not "Not reported". Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('intervention: a new way to deliver a known substance', () => {
  it('names the delivery and the forms the story lists', () => {
    const text = [
      'Asthma without the puffer?',
      '',
      'Three products that could get salbutamol into the lungs (dry powder disc, nasal mist, chewable film) are being tested.',
      '',
      'Many children find their puffers hard to use, and parents worry about doses missed at school.',
      '',
      'The makers hope to seek approval within three years.',
    ].join('\n');
    expect(view(text).intervention).toBe('salbutamol delivery (dry powder disc, nasal mist, chewable film)');
  });

  it('names what a drug delivery device delivers, when the story says so again and again', () => {
    const text = [
      'Start-up reports less withdrawal in small trial',
      '',
      'A start-up said its wearable skin drug delivery pump cut withdrawal symptoms in a trial of 30 adults.',
      '',
      'The pump times methadone delivery to the hours when cravings peak.',
      '',
      'In the trial, half the volunteers had methadone administered through the pump and half had a dummy solution through the same pump.',
      '',
      'Withdrawal scores fell by a third with the pump that delivered methadone, compared with the dummy solution.',
    ].join('\n');
    expect(view(text).intervention).toBe('wearable skin methadone delivery pump');
  });
});
