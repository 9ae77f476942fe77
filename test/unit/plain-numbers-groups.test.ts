// Natural frequencies keep who a share is of, and a count already inside "N of the M" is not
// counted again against the whole study (review 12: h034 lost "men" and "women"; a count of a
// group became "6 of the 9 of the 20 people").
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/article/numbers.js';
import { naturalFrequency } from '../../src/audiences/plain-numbers.js';

const rewrite = (clause: string, participants: number | null, singleGroup: boolean) =>
  naturalFrequency(clause, findNumbers(clause), { participants, singleGroup });

describe('naturalFrequency: who a share is of', () => {
  it('"about 10 percent of men and 20 percent of women" keeps men and women', () => {
    const { text, frequency } = rewrite(
      'In one survey, about 10 percent of men and 20 percent of women had hay fever last spring.',
      null,
      false,
    );
    expect(text).toBe('In one survey, about 10 of every 100 men and 20 of every 100 women had hay fever last spring.');
    expect(frequency?.phrase).toBe('about 10 of every 100 men');
  });
  it('a study word for its people still becomes "people"', () => {
    expect(rewrite('By then, 30 percent of participants felt dizzy.', null, false).text).toBe(
      'By then, 30 of every 100 people felt dizzy.',
    );
  });
});

describe('naturalFrequency: a count of a group is not counted again', () => {
  it('"6 of the 9 people who used the cream" in a 20-person study stays as written', () => {
    const { text } = rewrite('Six of the nine people who used the cream had less itching.', 20, true);
    expect(text).not.toMatch(/of the 20 people/);
    expect(text).toBe('Six of the nine people who used the cream had less itching.');
  });
  it('"Of the 20 patients" in a 20-person study is still "Of all 20 people"', () => {
    expect(rewrite('Of the 20 patients, 12 had less itching.', 20, true).text).toMatch(/^Of all 20 people,/);
  });
});
