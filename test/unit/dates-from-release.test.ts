// Review 8: documents said "Not in the source: date" although the release gave one — in a
// dateline whose place is in ordinary capitals, only in its embargo line, or in a citation
// line that abbreviates the journal. Made-up releases, one per way of giving the date.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const release = (...paragraphs: string[]) =>
  factsFrom(`Daily pill eases asthma attacks\n\n${paragraphs.join('\n\n')}\n`, 'release.txt').facts;
const STORY = 'Northwind Biosciences said its daily pill cut asthma attacks by a third in a trial of 120 adults, the company reported.';

describe('release dates', () => {
  it('reads a dateline whose place is in ordinary capitals before a full date ("Springfield, Ill. -March 3, 2025 -")', () => {
    const facts = release(`Springfield, Ill. -March 3, 2025 - ${STORY}`);
    expect(facts.meta.date).toBe('March 3, 2025');
    expect(facts.meta.dateline).toBe('Springfield, Ill.');
    const plain = release(`Leeds, England Oct. 8, 2024 – ${STORY}`);
    expect(plain.meta.date).toBe('Oct. 8, 2024');
  });

  it('does not take an ordinary opening with a date for a dateline', () => {
    const facts = release(`In March 3, 2025 - the first day - ${STORY}`);
    expect(facts.meta.date).toBeNull();
  });

  it('dates a release by its embargo line when nothing else dates it', () => {
    const facts = release('EMBARGOED FOR RELEASE: 11 A.M. (ET) TUESDAY, MARCH 3, 2025', STORY);
    expect(facts.meta.embargo).toMatch(/MARCH 3, 2025/);
    expect(facts.meta.date).toBe('March 3, 2025');
    expect(release('EMBARGOED UNTIL 11 A.M. ET', STORY).meta.date).toBeNull();
  });

  it('dates the paper from a citation line, even one cut as media furniture', () => {
    const online = release(
      `${STORY} The study appears in the journal Respiratory Medicine Reports.`,
      '(Resp Med Rep. Published online March 3, 2025. doi:10.1000/rmr.2025.1. Available pre-embargo to the media at http://media.example.org.)',
    );
    expect(online.journal?.value).toBe('Respiratory Medicine Reports');
    expect(online.published?.value).toBe('March 3, 2025');
  });

  it('dates the paper from a reference whose year follows the journal name after a full stop', () => {
    const facts = release(
      `${STORY} The study is published in the journal Respiratory Medicine Reports.`,
      'Read the paper: Lee A, Park B. A daily pill for asthma: a randomised trial, Respiratory Medicine Reports. 2025. Doi:10.1000/rmr.2025.1',
    );
    expect(facts.published?.value).toBe('2025');
  });
});
