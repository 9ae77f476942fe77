// The patient brief prints no sentence that leans on one it does not show (review 13,
// "garbled, dangling or subjectless"): a caveat set on what was just said ("As sure as that
// looks, …"), one that carries on ("But as with any new field …"), a set named only before
// ("The new one …", "The other pills …"); "But we don't know …" stands, as its "But" goes.
// And "Words to know" says something about each term it lists: no Roman numeral as "the
// name of a study", no name "of what this story is about" when the name says it is a device.
// Texts and Facts written for these tests.
import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/audiences/compose.js';
import type { PatientBriefModel } from '../../src/audiences/view-models.js';
import { inSequence, readsInContext } from '../../src/audiences/patient-brief/sequence.js';
import { leansBack } from '../../src/audiences/wording.js';
import type { Finding } from '../../src/article/schema.js';
import type { FindingItem } from '../../src/audiences/view-models.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, derivedWith, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

describe('leansBack: sentences that point to the one before', () => {
  it.each([
    'As sure as that looks, the proof is thin.',
    'Despite this, most of the mice lived longer.',
    'But as with any new field, more work is needed.',
    'So it is hard to say what the next years will bring.',
    'Yet the pills did not lower the count.',
    'The new one was too short to tell.',
    'The other 40 percent got worse.',
    'The latter group slept better.',
  ])('"%s" points back', (sentence) => expect(leansBack(sentence)).toBe(true));

  it.each([
    'So far, people on the pills report mild aches.',
    "But we don't know all the answers yet.",
    'Two people had a rash.',
    'Those who took the pill slept longer.',
    'These results are early.',
    'The pill lowered the count in 8 of 10 people.',
    'Both types of cream eased the itch.',
    // (A harm may follow: "The two pills work well together, because the main side effect …")
    'The two pills work well together.',
  ])('"%s" stands on its own', (sentence) => expect(leansBack(sentence)).toBe(false));
});

describe('a brief keeps no caveat whose antecedent it does not show', () => {
  const facts = blankFacts({
    context: [sourceFinding('Many people believe the cream helps.')],
    caveats: [sourceFinding('As sure as that sounds, the proof is thin.')],
  });
  const [before, caveat] = [facts.context[0]!, facts.caveats[0]!];

  it('drops it when the sentence it points to is not shown', () => {
    expect(readsInContext(facts, new Set())(caveat)).toBe(false);
  });
  it('keeps it under the sentence it points to', () => {
    expect(readsInContext(facts, new Set([before]))(caveat)).toBe(true);
  });
});

describe('inSequence: a result that carries on from a sentence not shown', () => {
  const item = (finding: Finding): FindingItem =>
    ({ sentences: [{ text: finding.text, kind: 'source', lines: [] }] }) as unknown as FindingItem;

  it('is shown only under it', () => {
    const facts = blankFacts({
      results: [
        sourceFinding('The cream eased the itch in 30 of 50 people.'),
        sourceFinding('So it is hard to say how long the effect lasts.'),
      ],
      context: [sourceFinding('Many had used other creams before.')],
    });
    const [main, leaning] = [facts.results[0]!, facts.results[1]!];
    const pair = [item(main), item(leaning)];
    const of = (shown: FindingItem) => (shown === pair[0] ? main : leaning);
    // The sentence just before it in the source is the first result: kept under it.
    expect(inSequence(facts, of)(pair)).toEqual(pair);
    // Alone, it goes.
    expect(inSequence(facts, of)([pair[1]!])).toEqual([]);
  });
});

describe('words to know: no entry that only restates its term', () => {
  const terms = (view: PatientBriefModel) => (view.glossary?.terms ?? []).map((term) => `${term.label.text}: ${term.value.text}`);

  it('lists no Roman numeral as the name of a study', () => {
    const next = sourceFinding('The makers plan to start Phase II trials next year.');
    const facts = blankFacts({
      intervention: textFactOf('cream'),
      nextSteps: [next],
      derived: derivedWith({
        acronyms: {
          ...blankFacts().derived.acronyms,
          named: [{ short: 'II', names: 'a study', source: next.source, rule: 'short-form-names-study' }],
        },
      }),
    });
    const view = composeDocument('patient-brief', facts, glossary, { buildDate: null }).view as PatientBriefModel;
    expect(terms(view).some((term) => term.startsWith('II:'))).toBe(false);
  });

  it('says a name in capitals is a device’s, in a story with no study of its own', () => {
    const facts = blankFacts({
      intervention: textFactOf('ZENTRO MARK Locator System', 'The ZENTRO MARK Locator System helps surgeons.'),
      condition: textFactOf('breast cancer'),
      derived: derivedWith({ studyType: judgedAs('other') }),
    });
    const view = composeDocument('patient-brief', facts, glossary, { buildDate: null }).view as PatientBriefModel;
    expect(terms(view)).toContain('ZENTRO MARK: The name of the device this story is about.');
  });
});

// Review 13/14 (h049): "So it's hard to say what the next 10 to 20 will bring." was printed
// under "What happens next", pointing to a sentence the brief did not show; "These encouraging
// results support a larger trial." names the study's results and stands.
describe('"What happens next" keeps no step whose antecedent it does not show', () => {
  const brief = (step: string) =>
    (
      composeDocument('patient-brief', blankFacts({ nextSteps: [sourceFinding(step)] }), glossary, { buildDate: null })
        .view as PatientBriefModel
    ).knowledge.next.map((item) => item.text);

  it('drops a step that carries on from an unseen sentence', () => {
    expect(brief('So it is hard to say what the next ten years will bring.')).toEqual(['Not reported in the source.']);
  });
  it('keeps a step that names the results it rests on', () => {
    expect(leansBack('These encouraging results support the development of a larger trial.')).toBe(false);
    expect(brief('These encouraging results support the development of a larger trial.')).toEqual([
      'These encouraging results support the development of a larger trial.',
    ]);
  });
});
