// Review 15 (issue #13): a short story that gives a result tested for significance ("had no
// significant effect on the plaques") but names no journal, count or design was read as
// reporting no study of its own, and the documents then said "This story does not report a
// new study" beside "The study did not find …". A significance test comes from a study:
// its kind may go unsaid, but it is not "no study". Hand-written stories, read by the extractor.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'sig.md').facts;

describe('a result tested for significance says a study was done', () => {
  it('does not call the story one with no study of its own', () => {
    const facts = story(
      'Why rival drugmakers are relieved by the latest memory-drug data',
      'Acme’s drug, zenolumab, had no significant effect on the buildup of plaques in the brain. The company had already said the drug failed to help memory, but the new data shed light on the biology.',
    );
    expect(facts.derived.studyType?.value).not.toBe('other');
  });

  it('still finds no study in a product story without one', () => {
    const facts = story(
      'A new inhaler to guard the lungs from smog',
      'Acme has launched an inhaler that coats the airways, and it costs £17 a month. The company says it could help people who live in polluted cities.',
    );
    expect(facts.derived.studyType?.value ?? 'other').toBe('other');
  });
});
