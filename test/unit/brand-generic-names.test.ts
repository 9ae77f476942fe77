// A drug named by its brand with its generic in brackets ("Harbocept (harbinib)") is named by
// either later on (holdout: an approval story whose response rate was told of the generic
// was briefed "A small study of 55 people tested …" and its press lede said only "… was approved").
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/index.js';
import { factsFrom } from '../helpers/article.js';

const approvalStory = factsFrom(
  [
    'Agency announces new drug for rare tumours',
    '',
    'Doctors have waited a long time for this. The U.S. Food and Drug Administration announced Monday night it granted accelerated approval to Harbocept (harbinib), a treatment for adults whose tumours carry a rare gene change.',
    '',
    'This is the second time the agency has approved a cancer drug based on a gene change rather than where the tumour started.',
    '',
    'Harbinib showed a 70 percent overall response rate across different types of solid tumours in 60 patients.',
    '',
  ].join('\n'),
  'story.txt',
).facts;

describe('brand and generic names', () => {
  it('reads "announced … it granted accelerated approval" and "the agency has approved" as an approval story', () => {
    expect(approvalStory.derived.studyType?.value).toBe('regulatory approval');
  });

  it('leads the press digest with the result told of the generic name', () => {
    const digest = compose(approvalStory, 'press-digest', { buildDate: null });
    expect(digest.view.lede.text).toMatch(/harbinib showed a 70 percent overall response rate/i);
  });
});
