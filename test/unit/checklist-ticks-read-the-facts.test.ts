// Review 13 (issue #13), checklist ticks pointing to the wrong line or contradicting the brief:
// "Alternatives" ticked on a placebo line or on "compared with those without …" (a comparison
// of people, not another treatment); "Novelty" ticked on "the first group", "treated
// previously" or "existing"; the study's own principal investigator or a co-author of another
// campus counted as an independent source; an outside voice missed because the editorial speaks
// unnamed, the speaker is a charity's, a department's "vice chairman" reads as a company role,
// or two institutions share only the city they stand in. Hand-written stories, read by the extractor.
import { describe, expect, it } from 'vitest';
import { evidenceChecklist, type CriterionId } from '../../src/audiences/evidence-checklist.js';
import { outsideVoices } from '../../src/audiences/quotes.js';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'ticks.md').facts;
const criterion = (facts: ReturnType<typeof story>, id: CriterionId) => evidenceChecklist(facts).find((c) => c.id === id)!;

const PLACEBO_TRIAL =
  'Researchers at Lakeside University gave 240 adults with gout the pill or a placebo for 12 weeks, and pain fell by half in the pill group compared with the placebo group.';

describe('alternatives: another way to treat or test, named', () => {
  it('does not tick a placebo comparison or a comparison of people', () => {
    const facts = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      'People who went on to have flares had higher urate levels than those without flares, compared with those who never had gout.',
    );
    expect(criterion(facts, 'alternatives').reported).toBe(false);
  });

  it('ticks the line that names the care people get now', () => {
    const facts = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      'Current treatments for gout, such as daily tablets that lower urate, do not suit everyone, the researchers said.',
    );
    expect(criterion(facts, 'alternatives')).toMatchObject({ reported: true, lines: [5] });
  });

  it('ticks an active comparator, and not a placebo comparator', () => {
    const active = story(
      'Pill eases gout pain',
      'Researchers at Lakeside University gave 240 adults with gout the new pill or the older pill alone for 12 weeks; pain fell by half with the new pill compared with the older pill alone.',
    );
    expect(criterion(active, 'alternatives').reported).toBe(true);
  });
});

describe('novelty: what the source says of how new the approach is', () => {
  it('does not tick "the first group", "in the first year" or "treated previously"', () => {
    const facts = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      '“In the first year, 30 people who had not been treated previously for gout joined the first group,” said Dr. Ivo Brandt, the study’s lead author.',
    );
    expect(criterion(facts, 'novelty').reported).toBe(false);
  });

  it('ticks "the first pill to" and "unlike other treatments"', () => {
    const facts = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      '“It would be the first pill to dissolve urate crystals, and unlike other gout treatments it works in the joint,” said Dr. Ivo Brandt, the study’s lead author.',
    );
    expect(criterion(facts, 'novelty')).toMatchObject({ reported: true, lines: [5] });
  });
});

describe('independent sources: people the source puts outside the study', () => {
  it('does not count the principal investigator, named as such in the next sentence', () => {
    const facts = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      '“These results suggest the promise of this pill,” said Ravi Holm, M.D., of the Northgate Joint Institute. Dr. Holm served as principal investigator of the GOUT-X study.',
    );
    expect(outsideVoices(facts)).toEqual([]);
    expect(criterion(facts, 'independent-sources').reported).toBe(false);
  });

  it('does not count a researcher of the other campus the team is from, given by its initials', () => {
    const facts = story(
      'Pill eases gout pain',
      'Writing in the journal Joints, a team of physicians from the University of Westland, Ashford, with counterparts at University of Westland, Brixham, gave 240 adults with gout the pill or a placebo.',
      '“We may be able to spare some patients from surgery,” added Ola Berg, MD, professor of medicine at UWB.',
    );
    expect(outsideVoices(facts)).toEqual([]);
  });

  it('counts an editorial that speaks unnamed, and not the lead author quoted before it', () => {
    const facts = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      '“This is a real change,” said Dr. Ann Roe, a surgeon and lead author of the study. An editorial accompanying the study added, “the time has come to change practice.”',
    );
    expect(facts.independentExperts).toMatchObject([{ speaker: null, rule: 'independent-editorial-says' }]);
    expect(criterion(facts, 'independent-sources')).toMatchObject({ reported: true, lines: [5] });
  });

  it('counts a charity’s spokesperson, but not the charity that funded the study', () => {
    const outside = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      'Sam Lee, head of information at the charity Joint Action, said: “We welcome research which adds to what we know.”',
    );
    expect(outside.independentExperts).toMatchObject([{ speaker: 'Sam Lee', rule: 'independent-charity' }]);
    const funder = story(
      'Pill eases gout pain',
      PLACEBO_TRIAL,
      'Sam Lee, head of research at the charity Joint Action, which funded the study, said the results were welcome.',
    );
    expect(funder.independentExperts).toEqual([]);
  });

  it('counts a department’s vice chairman at a university hospital, and an institution that shares only the city', () => {
    const facts = story(
      'Pill eases gout pain',
      'Researchers at Harbor Medical Center in Easton gave 240 adults with gout the pill or a placebo for 12 weeks, and pain fell by half in the pill group.',
      '“We have not had good options for a long time,” says Dr. Kai Moss, vice chairman of medicine and chief of rheumatology at Westfield University Hospital in Easton.',
    );
    expect(outsideVoices(facts).map((quote) => quote.speaker)).toEqual(['Dr. Kai Moss']);
    expect(criterion(facts, 'independent-sources').reported).toBe(true);
  });
});

// Review 14: with the ticks read strictly, "Alternatives: Not reported" and "the source leaves
// out alternatives" were printed of stories that name the standard treatment in a sentence no
// fact holds. Cue words found nowhere in the facts say nothing of the source.
describe('alternatives and novelty not found: no claim about the source', () => {
  it('says "not found in our reading" in the clinician summary, and leaves them out of the press digest\'s gaps', async () => {
    const { composeDocument, loadGlossary } = await import('../../src/audiences/compose.js');
    const facts = story('Pill eases gout pain', PLACEBO_TRIAL);
    const glossary = loadGlossary('');
    const clinician = composeDocument('clinician-summary', facts, glossary, { buildDate: null }).view as {
      checklist: { rows: Array<{ criterion: { text: string }; status: { text: string } }> };
    };
    const row = (name: string) => clinician.checklist.rows.find((r) => r.criterion.text === name)!.status.text;
    expect(row('Alternatives')).toBe('Not found in our reading; check the source');
    expect(row('Novelty')).toBe('Not found in our reading; check the source');
    expect(row('Costs')).toMatch(/^Not reported in the source/);
    const press = composeDocument('press-digest', facts, glossary, { buildDate: null }).view as {
      gaps: { items: Array<{ text: string }> };
    };
    const gaps = press.gaps.items.map((item) => item.text).join(' ');
    expect(gaps).toMatch(/costs/);
    expect(gaps).not.toMatch(/alternatives|novelty/);
  });
});
