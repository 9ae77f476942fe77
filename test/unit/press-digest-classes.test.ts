// The reading review's press-digest classes D2-D5 (review/classes.md), each on hand-written
// Facts: the lede states the main result, the key-numbers box holds the treatment's own
// figures, quotes name who spoke and put the study's people before a company's, and the
// label says what kind of source the digest is of only on the metadata's word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts, Quote } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { wordCount } from '../../src/shared/count-words.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts, countOf, headlineFacts, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const press = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const facts = headlineFacts;
const fact = textFactOf;
const finding = sourceFinding;

let quoteLine = 40;
const quote = (speaker: string | null, role: string | null, affiliation: string | null, text = 'We are encouraged.'): Quote => ({
  text,
  speaker,
  role,
  affiliation,
  source: { text: `"${text}" said ${speaker ?? 'someone'}.`, line: quoteLine++, column: 1 },
  origin: 'extracted',
});

describe('D2: the lede states the main result', () => {
  it('leads with a result whose figure sits in a dashed aside, without the aside, rather than "reports its results"', () => {
    const digest = press(
      facts({
        intervention: fact('MAFTest'),
        condition: fact('breast cancer'),
        participants: countOf(3360, 'The trial enrolled 3,360 women.'),
        journal: fact('Lancet Oncology'),
        results: [
          finding(
            'Women who do not carry the gene - approximately 80 per cent of women with breast cancer - were found to benefit from the bone strengthening treatment.',
          ),
        ],
      }),
    );
    expect(digest.lede.text).not.toMatch(/reports its results/);
    expect(digest.lede.text).toMatch(/^A study of MAFTest.* reports that women who do not carry the gene were found to benefit/);
    expect(wordCount(digest.lede.text, { by: 'spaces' })).toBeLessThanOrEqual(25);
    // The aside's share of all women with the disease is no result: no box for it.
    expect(digest.keyNumbers).toBeNull();
  });

  it('leads an approval story whose one result no lede can hold with the approval', () => {
    const source = { text: 'The FDA approved Noctiva for nocturia.', line: 3, column: 1 };
    const digest = press(
      facts({
        intervention: fact('Noctiva'),
        condition: fact('nocturia'),
        comparator: fact('placebo'),
        availability: { value: 'The FDA approved Noctiva for nocturia.', source, origin: 'extracted' },
        results: [
          finding(
            'Although these trials showed a small reduction in the average number of night-time urinations with Noctiva compared to placebo, more patients treated with Noctiva were able to at least halve their number of night-time urinations.',
          ),
        ],
        derived: {
          ...blankFacts().derived,
          studyType: { value: 'regulatory approval', basis: 'test', sources: [source], origin: 'derived' },
          availability: { value: 'approved', basis: 'test', sources: [source], origin: 'derived', agency: 'FDA' },
        },
      }),
    );
    expect(digest.lede.text).toBe('The FDA approved Noctiva for nocturia.');
  });

  it('leads with a shorter form of a long result, and a result that names its own study stands first ("In a review of all 18 studies, …")', () => {
    const digest = press(
      facts({
        intervention: fact('breastfeeding'),
        condition: fact('childhood leukemia'),
        journal: fact('JAMA Pediatrics'),
        results: [
          finding(
            'In a review of all 18 studies, the authors found breastfeeding for six months or longer was associated with a 19 percent lower risk compared with no breastfeeding or breastfeeding for a shorter period of time.',
          ),
        ],
      }),
    );
    expect(digest.lede.text).toBe(
      'In a review of all 18 studies, breastfeeding for six months or longer was associated with a 19 percent lower risk.',
    );
  });

  it('a product name with a version number keeps its capital ("Gardasil 9", not "gardasil 9")', () => {
    const digest = press(facts({ intervention: fact('Nerivax 9'), condition: fact('cervical cancer'), results: [] }));
    expect(digest.lede.text).toMatch(/Nerivax 9/);
  });
});

describe('D4: key numbers are the treatment’s own', () => {
  it('boxes the treatment’s figure first, not the placebo group’s that opens the sentence', () => {
    const digest = press(
      facts({
        intervention: fact('ixekizumab'),
        condition: fact('psoriatic arthritis'),
        comparator: fact('placebo'),
        results: [
          finding(
            'While 19.5 percent of patients who received only the placebo injections were judged to have met the endpoint — at least a 20 percent reduction in tender joints — the response rate among those getting the real drug was 53.3 percent.',
          ),
        ],
      }),
    );
    expect(digest.keyNumbers?.items[0]?.label.text).toBe('53.3% vs 19.5%');
    expect(digest.keyNumbers?.items.map((item) => item.label.text).join(' ')).not.toMatch(/\b20%/);
  });

  it('keeps out a figure for "the drug" when the story’s other results name the treatment (it may be another drug)', () => {
    const digest = press(
      facts({
        intervention: fact('aromatase inhibitors'),
        condition: fact('breast cancer'),
        results: [
          finding(
            'Researchers found that in postmenopausal women with breast cancer, the drug could reduce the risk of death by 18 per cent.',
          ),
          finding(
            'Taking aromatase inhibitors for 5 years reduced the risk of women with breast cancer dying of their disease by 40 percent, compared with no hormonal treatment.',
          ),
        ],
      }),
    );
    const labels = digest.keyNumbers?.items.map((item) => item.label.text) ?? [];
    expect(labels).toContain('40%');
    expect(labels).not.toContain('18%');
  });

  it('keeps out what is in use now (“The UK currently uses …”)', () => {
    const digest = press(
      facts({
        intervention: fact('Gardasil'),
        results: [
          finding('Among uninfected women, Gardasil 9 was 97 per cent effective at preventing high-grade cervical disease.'),
          finding('The UK currently uses Gardasil which offers about 70 per cent protection against cervical cancer.'),
        ],
      }),
    );
    const labels = digest.keyNumbers?.items.map((item) => item.label.text) ?? [];
    expect(labels).toContain('97%');
    expect(labels.join(' ')).not.toMatch(/70%/);
  });
});

describe('D5: quotes name who spoke, the study’s people before a company’s', () => {
  it('prints "the scientists" as no one named, after a named speaker', () => {
    const digest = press(
      facts({
        quotes: [
          quote('the scientists', null, null, 'Together, these results reveal a profound improvement.'),
          quote('Zameel Cader', 'associate professor in clinical neurosciences', 'Oxford University'),
        ],
      }),
    );
    const attributions = digest.quotes.items.map((item) => item.attribution.text);
    expect(attributions[0]).toBe('Zameel Cader, associate professor in clinical neurosciences, Oxford University');
    expect(attributions[1]).toMatch(/^Attributed to “the scientists” \(no speaker named in the source\)/);
  });

  it('quotes an independent expert and a study author before the company’s chief executive, one quote each', () => {
    const digest = press(
      facts({
        quotes: [
          quote('Alan Levy', 'chairman and CEO of Chrono Therapeutics', 'Chrono Therapeutics', 'Cravings fell.'),
          quote('Alan Levy', 'chairman and CEO of Chrono Therapeutics', 'Chrono Therapeutics', 'We will file soon.'),
          quote('Jane Roe', 'lead author of the study', 'University of Leeds', 'The effect was modest.'),
          quote('Richard Russell', 'a consultant respiratory physician', null, 'It is promising.'),
        ],
        independentExperts: [
          {
            speaker: 'Richard Russell',
            source: { text: 'Richard Russell, who was not involved in the research, said …', line: 50, column: 1 },
            origin: 'extracted',
          },
        ],
      }),
    );
    expect(digest.quotes.items.map((item) => item.attribution.text.split(',')[0])).toEqual(['Jane Roe', 'Richard Russell']);
  });
});

describe('D3: the label says what the source is only on the metadata’s word', () => {
  it('calls a text put out by a research institution a press release', () => {
    expect(press(facts({ meta: { publisher: 'National Eye Institute' } })).label.text).toBe(
      'Press digest of a press release from National Eye Institute',
    );
  });

  it('claims neither a press release nor a published article when the metadata shows nothing', () => {
    const digest = press(facts({ results: [finding('Ten of the 12 people stopped needing insulin.')] }));
    expect(digest.label.text).toBe('Press digest of the source article');
    expect(digest.releaseLine).toBeNull();
    expect(digest.meta.subject).not.toMatch(/news report/);
  });
});
