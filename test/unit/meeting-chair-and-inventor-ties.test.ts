// Review 15 (issue #13): "Independent sources: not reported" where the story quotes the chair
// of the meeting the study was presented at, judging it ("the study was well conducted"),
// and "Funding and conflicts of interest: not reported" where the test studied was created by
// one of the study's own authors. Hand-written stories, read by the extractor.
import { describe, expect, it } from 'vitest';
import { evidenceChecklist } from '../../src/audiences/evidence-checklist.js';
import { quoteItem } from '../../src/audiences/quotes.js';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'chair.md').facts;
const row = (facts: ReturnType<typeof story>, id: string) => evidenceChecklist(facts).find((c) => c.id === id)!;

describe('an outside voice named by the meeting role', () => {
  it('counts the chair of the meeting who judges the study as an independent source', () => {
    const facts = story(
      'Daily tea linked to fewer strokes',
      'Tea drinkers had a 12% lower risk of stroke over 20 years, according to a study of 60,000 adults presented at a heart meeting on Monday.',
      '“Tea is cheap and easy to drink,” said Ann Cole, the study’s lead author.',
      'Ben Hart, the program chair for the Stroke Society annual meeting, thought the presentation was a useful one.',
      '“The study was well done and the findings look robust,” Hart said in an emailed statement.',
    );
    expect(facts.independentExperts.map((expert) => expert.rule)).toContain('independent-meeting-chair');
    expect(row(facts, 'independent-sources').reported).toBe(true);
  });

  it('does not count a chair of a university department', () => {
    const facts = story(
      'Daily tea linked to fewer strokes',
      'Tea drinkers had a 12% lower risk of stroke over 20 years, according to a study of 60,000 adults.',
      '“Tea is cheap and easy to drink,” said Ann Cole, chair of medicine at Eastfield University and the study’s lead author.',
    );
    expect(facts.independentExperts).toEqual([]);
  });
});

describe('an author who created the test studied', () => {
  const facts = story(
    'Hormone may prevent early miscarriage',
    'Researchers studied 90 women who had lost two or more pregnancies.',
    'To find the women who might benefit, the team used a lining test, which was created by study co-author Paul Grant, director of a placental research unit.',
    '“When we give the hormone back, the lining feeds the embryo,” said Grant.',
  );

  it('ticks conflicts of interest', () => {
    const conflicts = row(facts, 'conflicts-of-interest');
    expect(conflicts.reported).toBe(true);
    expect(conflicts.lines).toContain(5);
  });

  it('prints the tie beside the author’s quote', () => {
    const quote = facts.quotes.find((q) => q.speaker?.includes('Grant'))!;
    expect(quoteItem(quote, facts).attribution.text).toMatch(/ties the source reports: .*created by study co-author/);
  });
});
