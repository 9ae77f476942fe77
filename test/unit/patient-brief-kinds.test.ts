// The patient brief follows the kind of study and its verdict (facts.derived), issue #13:
// one composed brief per study kind and per verdict, each from hand-written Facts with the
// derived facts set, checked for its main message, call to action, questions and what is
// not known. The rule under all of them: a reader is never invited to ask for what they
// cannot get, and never told to "stay on" a treatment plan the story is not about.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Facts, type DerivedFacts, type SourceRef } from '../../src/article/schema.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { visibleText } from '../../src/audiences/text.js';
import type { PatientBriefModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts, type FactsOverrides } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

let nextLine = 2;
const ref = (text: string): SourceRef => ({ text, line: nextLine++, column: 1 });
const fact = (value: string, sentence = `${value}.`) => ({ value, source: ref(sentence), origin: 'extracted' as const });
const finding = (text: string) => ({ text, source: ref(text), origin: 'extracted' as const, numbers: [], timepoints: [] });
const count = (value: number, sentence: string) => ({ ...fact(String(value), sentence), value, raw: String(value) });
const judged = <T>(value: T, basis = 'set for the test') => ({ value, basis, sources: [ref(basis)], origin: 'derived' as const });

type Kind = NonNullable<DerivedFacts['studyType']>['value'];
type VerdictValue = NonNullable<DerivedFacts['verdict']>['value'];
interface Story {
  kind: Kind | null;
  verdict?: VerdictValue;
  randomised?: NonNullable<DerivedFacts['randomised']>['value'];
  stage?: NonNullable<DerivedFacts['stage']>['value'];
  availability?: NonNullable<DerivedFacts['availability']>['value'];
  agency?: string;
}

/** A migraine drug story: the same extracted facts, told as whatever kind of study `story` says. */
function facts(story: Story, extra: FactsOverrides = {}): Facts {
  return blankFacts({
    intervention: fact('Neurafenib'),
    condition: fact('migraine'),
    participants: count(400, 'The study enrolled 400 people.'),
    comparator: story.randomised && story.randomised !== 'single group' ? fact('placebo') : null,
    followUp: fact('two years'),
    results: [
      // Background: never the key result of the main message.
      finding('Migraine has been treated with triptans since 1991.'),
      finding('People taking Neurafenib had fewer migraine days than those on placebo.'),
    ],
    harms: [{ ...finding('Some people taking Neurafenib felt dizzy.'), kind: 'side-effect' }],
    derived: {
      studyType: story.kind ? judged(story.kind) : null,
      verdict: judged(story.verdict ?? 'benefit'),
      randomised: judged(story.randomised ?? 'single group'),
      stage: story.stage ? judged(story.stage) : null,
      availability: story.availability ? { ...judged(story.availability), agency: story.agency ?? null } : null,
      acronyms: { value: [], basis: 'no short forms defined in the text', sources: [], origin: 'derived', intervention: null, named: [] },
    },
    ...extra,
  });
}

const brief = (story: Story, extra?: FactsOverrides) => composePatientBrief(facts(story, extra), glossary, { buildDate: '2025-07-01' });
const message = (model: PatientBriefModel) => model.mainMessage.map((t) => t.text);
const action = (model: PatientBriefModel) => model.callToAction.map((t) => t.text).join(' ');
const questions = (model: PatientBriefModel) => model.questions.items.map((t) => t.text);
const unknown = (model: PatientBriefModel) => model.knowledge.unknown.map((t) => t.text).join(' ');
const everything = (model: PatientBriefModel) => visibleText(model).join('\n');

/** Asking whether it "could be right for you" is for what a reader can get. */
const INVITES = /could be right for you/;

describe('patient brief by kind of study', () => {
  it('randomized trial still in studies: says so, and points to treatments that can be had now', () => {
    const model = brief({ kind: 'randomized trial', randomised: 'randomised', stage: 'late clinical', availability: 'not available' });
    expect(message(model)).toEqual([
      'A study of 400 people tested Neurafenib for migraine.',
      'People taking Neurafenib had fewer migraine days than those on placebo.',
    ]);
    expect(action(model)).toBe(
      'Do not change your care because of this news alone. Neurafenib is not available yet, the source says. Ask your care team about treatments you can get now.',
    );
    expect(action(model)).not.toMatch(INVITES);
    expect(questions(model)).toContain('Could I take part in a study like this?');
    expect(model.stage.rows[0]!.value.text).toBe('Late stage of research in people.');
    // "Can people get it now?" agrees with the call to action (01-nih said "not available" above "Not reported").
    expect(model.stage.rows[1]!.value.text).toBe('Not yet, the source says.');
  });

  it('randomized trial of something approved: asks whether it could be right for you', () => {
    const model = brief({ kind: 'randomized trial', randomised: 'randomised', availability: 'approved', agency: 'FDA' });
    expect(action(model)).toMatch(/Ask your care team if Neurafenib could be right for you\./);
    expect(questions(model)).not.toContain('Could I take part in a study like this?');
  });

  it('single-arm trial whose availability the source does not give: says so, invites nothing', () => {
    const model = brief({ kind: 'single-arm trial' });
    expect(action(model)).toBe(
      'Do not change your care because of this news alone. The source does not say who can get Neurafenib now. Ask your care team what this news means for you.',
    );
    expect(unknown(model)).toMatch(/does not describe a group to compare with/);
    expect(model.study.rows.find((row) => row.id === 'type-of-study')?.value.text).toBe('A study in which everyone got the treatment.');
  });

  it('lab or animal study: tested in mice, too early to know if it helps people, nothing to ask for', () => {
    const model = brief(
      { kind: 'lab or animal', stage: 'laboratory' },
      { participants: null, population: fact('mice'), results: [finding('Mice given Neurafenib had fewer attacks.')] },
    );
    expect(message(model).slice(0, 2)).toEqual([
      'A lab study tested Neurafenib for migraine.',
      'This was tested in mice. It is too early to know if it helps people.',
    ]);
    expect(action(model)).toBe('Do not change your care because of this news alone. Ask your care team about treatments you can get now.');
    expect(everything(model)).not.toMatch(INVITES);
    // Nothing about "people" that took part or groups "put by chance": it was mice.
    expect(unknown(model)).not.toMatch(/how many people took part|put into groups by chance|group to compare with/);
    expect(unknown(model)).toMatch(/often do not hold in people/);
    expect(questions(model)).not.toContain('Could this treatment help someone like me?');
    expect(model.stage.rows.map((row) => row.value.text)).toEqual([
      'Lab or animal research. It has not been tested in people yet.',
      'Not for this use. It has only been tested in the lab or in animals.',
    ]);
  });

  it('diagnostic accuracy: a test, not a treatment; says when the source does not tell how often it is wrong', () => {
    const model = brief(
      { kind: 'diagnostic accuracy' },
      { intervention: fact('cells'), results: [finding('The blood test found migraine in 300 of the 400 people.')] },
    );
    expect(message(model)[0]).toBe('A study of 400 people looked at a test for migraine.');
    expect(model.title.text).toBe('What a study of a test for migraine found');
    expect(action(model)).toMatch(/The source does not say who can get this test now\. Ask your care team what this news means for you\./);
    expect(questions(model)).toContain('How often does it give a wrong answer?');
    expect(unknown(model)).toMatch(/does not say how often the test gives a wrong answer/);
    expect(unknown(model)).not.toMatch(/how much the treatment itself helped/);
    const told = brief(
      { kind: 'diagnostic accuracy' },
      { results: [finding('The test had a sensitivity of 90 percent, with few false positives.')] },
    );
    expect(unknown(told)).not.toMatch(/how often the test gives a wrong answer/);
  });

  it('observational: a link, not proof of cause', () => {
    const model = brief({ kind: 'observational', randomised: 'controlled, not randomised' });
    expect(message(model).slice(0, 2)).toEqual([
      'A study of 400 people looked for links between Neurafenib and migraine.',
      'A study like this can find a link. It cannot prove that one thing causes the other.',
    ]);
    expect(action(model)).toBe('Do not change your care because of this news alone. Ask your care team what this news means for you.');
    expect(unknown(model)).toMatch(/Other differences between the people compared may explain the link/);
    expect(unknown(model)).not.toMatch(/does not say if people were put into groups by chance/);
    expect(questions(model)).toContain('Does this link apply to someone like me?');
  });

  it('review or meta-analysis: a review of earlier studies', () => {
    const model = brief({ kind: 'review or meta-analysis' }, { participants: null });
    expect(message(model)[0]).toBe('A review of earlier studies looked at Neurafenib for migraine.');
    expect(model.title.text).toBe('What a review of studies of Neurafenib for migraine found');
    expect(action(model)).not.toMatch(INVITES);
    expect(unknown(model)).not.toMatch(/how many people took part|group to compare with/);
  });

  it('regulatory approval: who approved it, for whom, and the invitation to ask', () => {
    const model = brief({ kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' });
    // An approval is not a study's finding: the title says what the news is.
    expect(model.title.text).toBe('What the approval of Neurafenib for migraine means');
    expect(message(model).slice(0, 2)).toEqual([
      'The FDA approved Neurafenib for migraine.',
      'It is approved for some people with this health problem.',
    ]);
    expect(action(model)).toBe(
      'Do not change your treatment before you talk with your care team. Ask your care team if Neurafenib could be right for you.',
    );
    expect(questions(model)).not.toContain('Could I take part in a study like this?');
  });

  it('a clearance is said as one: "The FDA cleared …", never "approved" (review 10: 08 "cleared for marketing")', () => {
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      { availability: fact('cleared for marketing Neurafenib', 'The FDA cleared for marketing Neurafenib.') },
    );
    expect(model.title.text).toBe('What the clearance of Neurafenib for migraine means');
    expect(message(model).slice(0, 2)).toEqual([
      'The FDA cleared Neurafenib for migraine.',
      'It is cleared for some people with this health problem.',
    ]);
  });

  it('a symptom named with its disease reads short: "nausea in migraine", the disease never alone', () => {
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      { condition: fact('nausea associated with the attacks experienced by some people with migraine') },
    );
    expect(model.title.text).toBe('What the approval of Neurafenib for nausea in migraine means');
    expect(message(model)[0]).toBe('The FDA approved Neurafenib for nausea in migraine.');
  });

  it('other (no study): says so plainly, with no result of its own and nothing to ask for', () => {
    const model = brief({ kind: 'other' });
    expect(message(model)).toEqual(['This story does not report a new study.', 'It is about Neurafenib for migraine.']);
    expect(model.title.text).toBe('What the news says about Neurafenib for migraine');
    expect(action(model)).toBe('Do not change your care because of this news alone. Ask your care team what this news means for you.');
    expect(unknown(model)).not.toMatch(/people took part|followed/);
  });

  it('a kind the derive stage could not name: a study, with no invitation and no claim it is unavailable', () => {
    const model = brief({ kind: null });
    expect(message(model)[0]).toBe('A study of 400 people tested Neurafenib for migraine.');
    expect(action(model)).toMatch(/The source does not say who can get Neurafenib now/);
    expect(action(model)).not.toMatch(/joining a study|not available/);
  });

  it('never tells a reader to stay on a treatment plan the story may not be about', () => {
    const kinds: Array<Kind | null> = [
      'randomized trial',
      'single-arm trial',
      'lab or animal',
      'diagnostic accuracy',
      'observational',
      'review or meta-analysis',
      'regulatory approval',
      'other',
      null,
    ];
    for (const kind of kinds) expect(everything(brief({ kind })), String(kind)).not.toMatch(/Stay on your current treatment plan/);
  });
});

describe('patient brief by verdict', () => {
  it('no benefit: says so in the main message, with no key result and no invitation even when it is approved', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised', verdict: 'no benefit', availability: 'approved' },
      { results: [finding('Neurafenib did not reduce migraine days compared with placebo.')] },
    );
    expect(message(model)).toEqual([
      'A study of 400 people tested Neurafenib for migraine.',
      'Neurafenib did not work better than placebo in this study.',
    ]);
    expect(action(model)).not.toMatch(INVITES);
    expect(action(model)).toMatch(/Ask your care team what this news means for you\./);
  });

  it('no benefit in a study of links: no clear link', () => {
    const model = brief({ kind: 'observational', verdict: 'no benefit' });
    expect(message(model)).toContain('The study found no clear link.');
  });

  it('harm: a possible harm, and not to stop a medicine on their own', () => {
    const model = brief({ kind: 'randomized trial', randomised: 'randomised', verdict: 'harm', availability: 'approved' });
    expect(message(model)).toContain('The study points to a possible harm.');
    expect(action(model)).toMatch(/^Do not stop a medicine on your own\. Talk with your care team first\./);
    expect(action(model)).not.toMatch(INVITES);
    const linked = brief({ kind: 'observational', verdict: 'harm' });
    expect(message(linked)).toContain('It found a link with a higher risk of harm.');
  });

  it('mixed: benefits and harms both', () => {
    expect(message(brief({ kind: 'randomized trial', verdict: 'mixed' }))).toContain('The study found both benefits and harms.');
  });

  it('mixed with no harm in the source: no "both benefits and harms" above "harms: not reported" (review 10: h004, h016, h040)', () => {
    expect(message(brief({ kind: 'randomized trial', verdict: 'mixed' }, { harms: [] }))).not.toContain(
      'The study found both benefits and harms.',
    );
  });

  it('unclear: no clear result, and no result chosen as if it were one', () => {
    const model = brief({ kind: 'single-arm trial', verdict: 'unclear' });
    expect(message(model)).toEqual(['A study of 400 people tested Neurafenib for migraine.', 'The source does not give a clear result.']);
  });
});

describe('patient brief main message: the key result', () => {
  it('is a main result of the study, never background or colour', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [finding('Migraine has been treated with triptans since 1991.'), finding("He's been a migraine sufferer for 4 decades.")],
      },
    );
    expect(message(model)).toEqual(['A study of 400 people tested Neurafenib for migraine.']);
  });
});

// Classes of error found reading the corpus briefs beside their sources.
describe('patient brief: errors found in the corpus', () => {
  const rowIds = (model: PatientBriefModel) => model.study.rows.map((row) => row.id);
  const notInSource = (model: PatientBriefModel) => model.study.rows.find((row) => row.id === 'not-in-source')?.value.text ?? '';

  it('a lab study lists no people who took part or were followed, given or missing (100-newsweek: mice)', () => {
    const model = brief({ kind: 'lab or animal', stage: 'laboratory' }, { followUp: null });
    expect(rowIds(model)).not.toContain('who-took-part');
    expect(notInSource(model)).not.toMatch(/people/);
    expect(visibleText(model.study).join(' ')).not.toMatch(/400 people/);
  });

  it('a test, a link or a story with no study does not call a treatment "not in the source" (140-bmj, 110-usatoday)', () => {
    const none = { intervention: null, comparator: null, participants: null, followUp: null };
    expect(notInSource(brief({ kind: 'observational' }, none))).not.toMatch(/treatment/);
    expect(notInSource(brief({ kind: 'diagnostic accuracy' }, none))).not.toMatch(/treatment/);
    expect(rowIds(brief({ kind: 'other' }, none))).not.toContain('not-in-source');
  });

  it('never says people were put into groups by chance when "Not known yet" says the source does not (145-huffingtonpost)', () => {
    const model = brief({ kind: 'randomized trial', randomised: 'controlled, not randomised' });
    expect(model.study.rows.find((row) => row.id === 'type-of-study')?.value.text).toBe('A study that compared groups.');
    expect(unknown(model)).toMatch(/does not say if people were put into groups by chance/);
    const random = brief({ kind: 'randomized trial', randomised: 'randomised' });
    expect(random.study.rows.find((row) => row.id === 'type-of-study')?.value.text).toBe('A study that put people into groups by chance.');
  });

  it('prints a sentence filed as both a caveat and a next step once, under "What happens next" (140-bmj, 109-cnn; review 8: 120)', () => {
    const both = finding('More research is needed to know if the scan helps.');
    const model = brief({ kind: 'single-arm trial' }, { caveats: [both], nextSteps: [both] });
    expect(unknown(model)).not.toMatch(/More research is needed/);
    expect(model.knowledge.next.map((t) => t.text)).toEqual(['More research is needed to know if the scan helps.']);
  });

  it('a link makes no claim on how groups were formed that the randomisation judgement may contradict (147-philly)', () => {
    const model = brief({ kind: 'observational', randomised: 'randomised' });
    expect(unknown(model)).not.toMatch(/by chance/);
  });

  it('shows no finding that points back to a sentence it does not show ("Of these, 4,791 died", 147-philly)', () => {
    const model = brief(
      { kind: 'single-arm trial' },
      { harms: [{ ...finding('Of these, 41 people taking Neurafenib died of the disease.'), kind: 'death' }] },
    );
    expect(visibleText(model.harms).join(' ')).not.toMatch(/Of these/);
  });

  it('P1: a trial phase or a filing does not make a treatment "not available": no study to join, no "when could I get it" (113, 130, 138, 141, 145)', () => {
    for (const stage of ['early clinical', 'mid clinical', 'late clinical', 'regulatory review'] as const) {
      const model = brief({ kind: 'randomized trial', randomised: 'randomised', stage });
      expect(action(model)).not.toMatch(/joining a study|not available|outside a study/);
      expect(action(model)).not.toMatch(INVITES);
      expect(questions(model)).not.toContain('Could I take part in a study like this?');
      expect(questions(model)).not.toContain('When could I get it, and what would it cost?');
      expect(model.stage.rows[1]!.value.text).toBe('Not reported in the source.');
    }
    // A test whose availability is not given is not "a test you cannot get now" either.
    expect(action(brief({ kind: 'diagnostic accuracy' }))).not.toMatch(/tests you can get now|not offered/);
  });

  it('P1: an availability sentence about another product says nothing of this one (116-nytimes: "ACell’s powder … has been approved")', () => {
    const sentence = 'The idea that ACell’s powder, which has been approved by the government, could grow hair has stirred the field.';
    const source = ref(sentence);
    const other = brief(
      { kind: 'other' },
      {
        availability: { value: 'approved by the government', source, origin: 'extracted' },
        derived: {
          ...facts({ kind: 'other' }).derived,
          stage: { value: 'approved', basis: 'the availability sentence says “approved”', sources: [source], origin: 'derived' },
          availability: { value: 'approved', basis: 'the sentence says “approved”', sources: [source], origin: 'derived', agency: null },
        },
      },
    );
    expect(other.stage.rows.map((row) => row.value.text)).toEqual(['This story does not report a study.', 'Not reported in the source.']);
    expect(questions(other)).not.toContain('What would it cost, and would my insurance pay?');
    // The same sentence naming the treatment, or a maker its own sentence names, is about it.
    const maker = 'Boston Scientific’s device was approved by the FDA for severe heart failure.';
    const makerSource = ref(maker);
    const own = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        intervention: fact('Neurafenib', 'Neurafenib, a Boston Scientific device, was tested.'),
        availability: { value: maker, source: makerSource, origin: 'extracted' },
        derived: {
          ...facts({ kind: 'randomized trial' }).derived,
          availability: {
            value: 'approved',
            basis: 'the sentence says “approved”',
            sources: [makerSource],
            origin: 'derived',
            agency: 'FDA',
          },
        },
      },
    );
    expect(action(own)).toMatch(INVITES);
  });

  it('P1: an approval the derive stage read as one for other uses is not printed as access to this one (100: "the FDA has now approved several medicines derived from THC", mice)', () => {
    const sentence = 'Meanwhile, the FDA has now approved several medicines derived from Neurafenib.';
    const source = ref(sentence);
    const model = brief(
      { kind: 'lab or animal' },
      {
        availability: { value: 'approved several medicines derived from Neurafenib', source, origin: 'extracted' },
        derived: {
          ...facts({ kind: 'lab or animal' }).derived,
          stage: { value: 'approved', basis: 'the availability sentence says “approved”', sources: [source], origin: 'derived' },
          availability: {
            value: 'not available',
            basis: 'a lab or animal study: “approved” is said of other uses',
            sources: [source],
            origin: 'derived',
            rule: 'availability-other-uses',
            agency: 'FDA',
          },
        },
      },
    );
    expect(model.stage.rows.map((row) => row.value.text)).toEqual([
      'Lab or animal research. It has not been tested in people yet.',
      'Not for this use. It has only been tested in the lab or in animals.',
    ]);
    expect(action(model)).not.toMatch(INVITES);
  });

  it('P7: a test or a link found by watching people is not called a treatment, and a harm linked to it says nothing of stopping medicines (109, 135, 143)', () => {
    const label = (model: PatientBriefModel, id: string) => model.study.rows.find((row) => row.id === id)?.label.text;
    const test = brief({ kind: 'diagnostic accuracy' }, { intervention: fact('neck scan') });
    expect(label(test, 'treatment')).toBe('Test');
    const link = brief({ kind: 'observational', verdict: 'harm' }, { intervention: fact('neck scan') });
    expect(label(link, 'treatment')).toBe('What was studied');
    expect(action(link)).not.toMatch(/medicine/i);
    const trial = brief({ kind: 'randomized trial', randomised: 'randomised', verdict: 'harm' });
    expect(label(trial, 'treatment')).toBe('Treatment');
    expect(action(trial)).toMatch(/Do not stop a medicine on your own/);
  });

  it('P1: an "availability" sentence the derive stage could not read as access is not printed under "Can people get it now?" (128: "Overall survival data was not yet available.")', () => {
    const sentence = 'Overall survival data was not yet available.';
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      { availability: { value: 'not yet available', source: ref(sentence), origin: 'extracted' } },
    );
    const access = model.stage.rows.find((row) => row.id === 'availability')!.value.text;
    expect(access).not.toMatch(/survival data/);
    expect(access).toBe('Not reported in the source.');
  });

  it('P1: with no treatment named, an "availability" sentence about something else named in it is not access ("Chang’s method was commonly used", holdout h055)', () => {
    const sentence = 'By that time, Chang’s method was commonly used everywhere.';
    const model = brief(
      { kind: null, availability: 'available' },
      { intervention: null, availability: { value: 'was commonly used everywhere', source: ref(sentence), origin: 'extracted' } },
    );
    const access = model.stage.rows.find((row) => row.id === 'availability')!.value.text;
    expect(access).toBe('Not reported in the source.');
    const about = brief(
      { kind: null, availability: 'available' },
      {
        intervention: null,
        availability: { value: 'is sold in pharmacies', source: ref('The cream is sold in pharmacies.'), origin: 'extracted' },
      },
    );
    expect(about.stage.rows.find((row) => row.id === 'availability')!.value.text).not.toBe('Not reported in the source.');
  });

  it('P1: a study of a design not said that names no treatment looked at the condition; it did not "test a treatment" (holdout h016, a look back over records)', () => {
    const model = brief({ kind: null }, { intervention: null });
    expect(message(model)[0]).toBe('A study of 400 people looked at migraine.');
  });

  it('P1: the main message never leads with what the researchers went on to do ("X then began testing rats with Neurafenib", holdout h008)', () => {
    const model = brief(
      { kind: 'lab or animal' },
      {
        results: [finding('Dr. Hale then began testing rats with Neurafenib.')],
      },
    );
    expect(message(model).join(' ')).not.toMatch(/began testing/);
  });

  it('P1: a story with no study of its own shows no length, design or count: those are the cited studies’ (holdout h025 "How long: 12-week study", "Type of study: Controlled")', () => {
    const model = brief({ kind: 'other' }, { design: fact('controlled') });
    const ids = model.study.rows.map((row) => row.id);
    expect(ids).not.toContain('how-long');
    expect(ids).not.toContain('type-of-study');
    expect(ids).not.toContain('who-took-part');
  });

  it('P3: serious harms come first and are never lost to the cap; a list is never split into fragments (05, 07, 09, 114)', () => {
    const harm = (text: string, kind: 'side-effect' | 'death' | 'risk' | 'warning') => ({ ...finding(text), kind });
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      {
        harms: [
          harm('Common side effects include nausea, headache, tiredness and rash.', 'side-effect'),
          harm('Some people felt dizzy.', 'side-effect'),
          harm('Some people had a sore throat.', 'side-effect'),
          harm('Some people had back pain.', 'side-effect'),
          harm('Women who are pregnant should not take Neurafenib.', 'warning'),
          harm(
            'As with other drugs of its class, Neurafenib has a Boxed Warning alerting health care professionals about an increased risk of death associated with the use of these drugs to treat older people with dementia-related psychosis.',
            'death',
          ),
          harm(
            'Neurafenib should not be used in people at risk of low sodium, such as those with kidney damage, those with heart failure, and in those using certain medicines, known as loop diuretics or glucocorticoids.',
            'warning',
          ),
        ],
      },
    );
    const harms = visibleText(model.harms).slice(1);
    // The boxed warning (too long to put plainly) still gets a line, first.
    expect(harms.slice(0, 3)).toEqual([
      'Neurafenib has a boxed warning.',
      'This is the strongest warning a medicine can carry.',
      'The source warns of a risk of death in older people with dementia-related psychosis.',
    ]);
    expect(harms).toContain('Women who are pregnant should not take Neurafenib.');
    expect(harms.indexOf('Women who are pregnant should not take Neurafenib.')).toBeLessThan(
      harms.findIndex((line) => /side effects/.test(line)),
    );
    // The appositive and its list stay with their item.
    expect(harms).toContain('In those using certain medicines, known as loop diuretics or glucocorticoids');
    expect(harms.some((line) => /^(Known as|Glucocorticoids)/.test(line))).toBe(false);
    // A trial's outcome about another drug is not turned into a warning.
    const trial = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        harms: [
          harm(
            'The risk of heart attack, stroke, or death from a cardiovascular condition or an unknown cause by the end of the trial was higher among participants in the placebo group.',
            'death',
          ),
        ],
      },
    );
    expect(visibleText(trial.harms).join(' ')).not.toMatch(/warn/);
  });

  it('P4: funding, ties, costs and blinding are not "Not known yet" (120, 142, 138, 108, 132)', () => {
    const caveat = (text: string, rule: string) => ({ ...finding(text), rule });
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        caveats: [
          caveat('This study was funded by Radius Health.', 'industry-funded-by-name'),
          caveat('Dr. Smith has served as a consultant to the maker.', 'industry-author-ties'),
          caveat('The devices cost up to $35,000.', 'caveat-cost'),
          caveat('did not know which knee received the stem cells.', 'caveat-unknown'),
          caveat('It is not yet known whether the benefit lasts.', 'caveat-unknown'),
          caveat('And remember there is no silver bullet.', 'caveat-no-cure-all'),
        ],
      },
    );
    expect(unknown(model)).toMatch(/It is not yet known whether the benefit lasts/);
    expect(unknown(model)).not.toMatch(/funded|consultant|cost|which knee|silver bullet/);
  });

  it('P2: a result or harm too long to print whole is shortened to its claim and figures, not "too detailed" (07, 101, 109, 142, 100)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          {
            ...finding(
              'People with the most frequent attacks, which pointed to a more severe migraine, were 50% more likely to respond to Neurafenib, the research found, because the drug blocks a pain signal in the brain.',
            ),
            numbers: [{ raw: '50%', value: 50, unit: 'percent' as const }],
          },
        ],
        harms: [
          {
            ...finding(
              'Some people taking Neurafenib felt dizzy during the first weeks of treatment, according to a report published by the company in The Journal of Headache and Pain.',
            ),
            kind: 'side-effect' as const,
          },
        ],
      },
    );
    expect(visibleText(model.findings).join(' ')).toMatch(
      /People with the most frequent attacks were 50% more likely to respond to Neurafenib\./,
    );
    expect(visibleText(model.harms).join(' ')).toMatch(/Some people taking Neurafenib felt dizzy during the first weeks of treatment\./);
    expect(everything(model)).not.toMatch(/too detailed/);
  });

  it('P2: a main result over the word limit loses a closing comparison without figures or a dashed aside, not the result; no picture of a figure it no longer prints (123, 125, 143)', () => {
    const comparison = brief(
      { kind: 'observational' },
      {
        results: [
          finding(
            'Taking Neurafenib for six months or longer was linked to a lower risk of chronic migraine compared with people who never took it or who took it for a shorter time.',
          ),
        ],
      },
    );
    expect(visibleText(comparison.findings).join(' ')).toMatch(
      /Taking Neurafenib for six months or longer was linked to a lower risk of chronic migraine\.$/,
    );
    const aside = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          {
            ...finding(
              'Women who do not carry the gene - approximately 80 per cent of women with migraine - were found to benefit from the Neurafenib treatment.',
            ),
            numbers: [{ raw: '80 per cent', value: 80, unit: 'percent' as const }],
          },
        ],
      },
    );
    const item = aside.findings.items[0]!;
    expect(visibleText(item).join(' ')).toMatch(/Women who do not carry the gene were found to benefit/);
    expect(item.lead).toBeNull();
    expect(item.icons).toBeNull();
  });

  it('P2: the main message never opens on a result that adds to another ("Other markers … also improved"), and a "however" result goes without the one it answers (119, 125)', () => {
    const other = finding('Other markers of migraine also improved in the Neurafenib groups.');
    const dose = finding('No single dose of Neurafenib seemed safer than another.');
    // What the "however" answers is background, not shown in the findings.
    const answered = finding('Migraine was 45 percent more common in rural areas.');
    const however = finding('The use of Neurafenib in rural clinics, however, was only 22 percent higher.');
    const model = brief({ kind: 'randomized trial', randomised: 'randomised' }, { results: [other, dose, however], context: [answered] });
    expect(message(model).join(' ')).not.toMatch(/Other markers/);
    expect(visibleText(model.findings).join(' ')).not.toMatch(/however/);
  });

  it('P6: plain words never garble: a hype word goes with its "very", names keep their words, no "melanoma people" (146, 108, 110, 130)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding('There was a very dramatic reduction in migraine days with Neurafenib.'),
          finding('Melanoma patients made at the Mayo Human Cell Therapy Lab got physical therapy.'),
          finding('People who got Neurafenib had to be monitored.'),
        ],
      },
    );
    const shown = visibleText(model.findings).join(' ');
    expect(shown).toMatch(/There was a drop in migraine days with Neurafenib\./);
    expect(shown).toMatch(/Melanoma patients made at the Mayo Human Cell Therapy Lab got physical therapy\./);
    expect(shown).toMatch(/had to be watched/);
    expect(shown).not.toMatch(/very reduction|melanoma people|Cell Treatment|physical treatment|be followed/i);
  });

  it('P6: a noun that names the group keeps "patients" ("acupuncture patients", never "acupuncture people"); a describing word does not (holdout h047, h052, h040)', async () => {
    const { plainWords } = await import('../../src/audiences/plain-words.js');
    expect(plainWords('Acupuncture patients had less pain than warfarin patients.')).toBe(
      'Acupuncture patients had less pain than warfarin patients.',
    );
    expect(plainWords('Some older patients had less pain.')).toBe('Some older people had less pain.');
  });

  it('P3: a reading-level cut never takes the common side effects when a boxed warning stays (07)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised', availability: 'approved', agency: 'FDA' },
      {
        condition: fact('hallucinations and delusions associated with psychosis experienced by some people with Parkinsonian degeneration'),
        harms: [
          {
            ...finding(
              'As with other atypical antipsychotic medications, Neurafenib has a Boxed Warning about an increased risk of death in elderly patients with dementia-related psychosis.',
            ),
            kind: 'death',
          },
          {
            ...finding('The most common side effects were: peripheral swelling of the ankles; nausea; and confusion.'),
            kind: 'side-effect',
          },
        ],
      },
    );
    const harms = visibleText(model.harms).join(' ');
    expect(harms).toMatch(/boxed warning/i);
    expect(harms).toMatch(/nausea/i);
  });

  it('P5: "Words to know" calls a test a test, not "the treatment this study tested", and lists a glossary term once (111, 117, 131)', () => {
    const terms = (model: PatientBriefModel) => (model.glossary?.terms ?? []).map((term) => `${term.label.text}: ${term.value.text}`);
    const test = brief(
      { kind: 'diagnostic accuracy' },
      {
        intervention: fact('NeuroScan blood test'),
        results: [finding('The NeuroScan blood test found migraine in most people who had it.')],
      },
    );
    expect(terms(test)).toContain('NeuroScan: Short for NeuroScan blood test, the test this study looked at.');
    expect(terms(test).join(' ')).not.toMatch(/treatment this study tested/);
    const hba1c = brief(
      { kind: 'observational' },
      { intervention: fact('HbA1c test'), results: [finding('People with a high HbA1c test result had more migraine days.')] },
    );
    expect(terms(hba1c).filter((term) => term.startsWith('HbA1c:'))).toHaveLength(1);
    expect(terms(hba1c).join(' ')).not.toMatch(/Short for HbA1c/);
  });

  it("P10: every short form the brief prints is explained: defined in the article, named by the word after it, or the treatment's own code name (100, 119, 129, 133, 140, 146)", () => {
    const terms = (model: PatientBriefModel) => (model.glossary?.terms ?? []).map((term) => `${term.label.text}: ${term.value.text}`);
    const acronyms = (extra: Partial<DerivedFacts['acronyms']>): DerivedFacts['acronyms'] => ({
      ...judged([]),
      intervention: null,
      named: [],
      ...extra,
    });
    const model = brief(
      { kind: 'lab or animal' },
      {
        intervention: fact('NX42'),
        results: [
          finding('Mice given NX42 had fewer seizures linked to ASD than untreated mice.'),
          finding('In the EPIC-MIG trial, mice with TRK fusions did best.'),
        ],
      },
    );
    const withAcronyms = composePatientBrief(
      {
        ...facts({ kind: 'lab or animal' }),
        intervention: fact('NX42'),
        results: [
          finding('Mice given NX42 had fewer seizures linked to ASD than untreated mice.'),
          finding('In the EPIC-MIG trial, mice with TRK fusions did best.'),
        ],
        derived: {
          ...facts({ kind: 'lab or animal' }).derived,
          acronyms: acronyms({
            value: [{ short: 'ASD', long: 'autism spectrum disorder', source: ref('autism spectrum disorder (ASD)') }],
            named: [
              { short: 'EPIC-MIG', names: 'a study', source: ref('the EPIC-MIG trial'), rule: 'short-form-names-study' },
              { short: 'TRK', names: 'a gene or protein in the body', source: ref('TRK fusions'), rule: 'short-form-names-gene' },
            ],
          }),
        },
      },
      glossary,
      { buildDate: '2025-07-01' },
    );
    expect(terms(withAcronyms)).toEqual(
      expect.arrayContaining([
        'ASD: Short for autism spectrum disorder.',
        'EPIC-MIG: The name of a study.',
        'NX42: The name of what this study tested in the lab.',
        'TRK: The name of a gene or protein in the body.',
      ]),
    );
    // Without the derived short forms only the treatment's code name can be explained.
    expect(terms(model)).toContain('NX42: The name of what this study tested in the lab.');
  });

  it('P9: a statement that opens on someone it never names is not printed ("He knew the drug had risks", 103, 115, 108, 100)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding('People taking Neurafenib had fewer migraine days than those on placebo.'),
          finding('He knew the drug had risks.'),
          finding('Now he wants to figure out why it works.'),
        ],
        caveats: [
          { ...finding('They cannot yet recommend it for routine care.'), rule: 'caveat-unknown' },
          { ...finding('It is not yet known whether the benefit lasts.'), rule: 'caveat-unknown' },
        ],
      },
    );
    expect(everything(model)).not.toMatch(/He knew|Now he wants|They cannot yet/);
    expect(visibleText(model.findings).join(' ')).toMatch(/fewer migraine days/);
    expect(unknown(model)).toMatch(/It is not yet known whether the benefit lasts/);
  });

  it('P9: nothing printed alone opens on someone unnamed or is a clause without a subject, not even as a fallback; a statement keeps its claim without "He also points out that" (110, 113, 130, 132, 140)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding('He says his patients, average age 39, have had a 92% success rate with Neurafenib over many long and difficult years.'),
        ],
        harms: [
          { ...finding('He also points out that both drugs do have side effects so patients have to be monitored.'), kind: 'side-effect' },
        ],
        caveats: [
          { ...finding('Which is why he says what to do is still not clear-cut.'), rule: 'caveat-unknown' },
          { ...finding('It is not yet known whether the benefit lasts.'), rule: 'caveat-unknown' },
        ],
        nextSteps: [finding('But say they raise questions that warrant further study.'), finding('A larger trial starts next year.')],
      },
    );
    const all = everything(model);
    expect(all).not.toMatch(/He says his patients|Which is why|But say they/);
    expect(visibleText(model.harms).join(' ')).toMatch(/^What were the harms\? Both drugs do have side effects/);
    expect(all).toMatch(/A larger trial starts next year/);
    expect(unknown(model)).toMatch(/not yet known whether the benefit lasts/);
  });

  it('the main message never gives one group\'s figure alone: the comparison group\'s figure printed with it comes too; "…, he notes." loses its unnamed speaker (113)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        comparator: fact('placebo'),
        results: [
          {
            ...finding(
              'In the trial, 80% of the people on Neurafenib felt better on the seventh day; 74% of the people taking a placebo also felt better on the seventh day.',
            ),
            numbers: [
              { raw: '80%', value: 80, unit: 'percent' as const },
              { raw: '74%', value: 74, unit: 'percent' as const },
            ],
          },
          finding('In outcomes for pain, there was no difference, he notes.'),
        ],
      },
    );
    const said = message(model).join(' ');
    expect(said).toMatch(/80 of every 100 people on Neurafenib/);
    expect(said).toMatch(/74 of every 100 people taking a placebo/);
    expect(visibleText(model.findings).join(' ')).toMatch(/there was no difference\.(?! he)/);
    expect(everything(model)).not.toMatch(/he notes/);
  });

  it('a caution that it is not yet recommended comes first in "Not known yet", shortened to its claim when long (125, 131)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        caveats: [
          { ...finding('It is not yet known whether the benefit lasts.'), rule: 'caveat-unknown' },
          { ...finding('The trial was small.'), rule: 'caveat-small-study' },
          {
            ...finding(
              'Due to the small size of the study and the short follow-up time, researchers say it is too soon to recommend use of Neurafenib for migraine.',
            ),
            rule: 'caveat-design',
          },
        ],
      },
    );
    expect(model.knowledge.unknown[0]?.text).toBe('It is too soon to recommend use of Neurafenib for migraine.');
  });

  it('a list is split into its items, never inside "high and low" (126: "Women with high / Low functional abilities")', () => {
    const model = brief(
      { kind: 'observational' },
      {
        results: [
          finding(
            'The link was present in all types of women in the study, including women who were obese, women with high and low functional abilities and women older and younger than 80.',
          ),
        ],
      },
    );
    const bullets = model.findings.items.flatMap((item) => item.bullets.map((bullet) => bullet.text));
    expect(bullets).toEqual(['Women who were obese', 'Women with high and low functional abilities', 'Women older and younger than 80']);
  });

  it('a long harm is cut into sentences that keep it: its examples go, its figures and its reason become sentences of their own; a death warning beside a plain boxed warning is kept (128, 05, 114)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        harms: [
          { ...finding('Neurafenib has a boxed warning because it can cause low sodium levels in the blood.'), kind: 'warning' },
          {
            ...finding(
              'Severe low sodium can be life-threatening if it is not promptly diagnosed and treated, leading to seizures, coma or death in some very rare and unlucky cases.',
            ),
            kind: 'death',
          },
          {
            ...finding(
              'The combination of the two drugs also led to far higher levels of side effects, such as colitis and inflammation of lung tissue, at 54 percent versus 24 percent for placebo alone.',
            ),
            kind: 'side-effect',
          },
          {
            ...finding(
              'Women who are pregnant or breastfeeding should not take Neurafenib because it may cause harm to a developing fetus or a newborn baby.',
            ),
            kind: 'warning',
          },
        ],
      },
    );
    const harms = visibleText(model.harms).join(' ');
    expect(harms).toMatch(/The source warns of a risk of death\./);
    expect(harms).toMatch(/far higher levels of side effects\. This was 54 percent versus 24 percent for placebo alone\./);
    expect(harms).toMatch(/should not take Neurafenib\. It may cause harm to a developing fetus/);
  });

  it('"What happens next" prints whole statements only: never the second half of one already shown, a clause without its subject, or words quoted out of someone\'s sentence (132, 140)', () => {
    const both =
      'The researchers stress that their findings cannot establish cause and effect, but say they raise questions that warrant further study.';
    const quoted = 'However, they say these findings “raise questions that warrant investigation” and call for more trials.';
    const model = brief(
      { kind: 'observational' },
      {
        caveats: [{ ...finding(both), rule: 'caveat-not-cause' }],
        nextSteps: [finding(both), { ...finding('raise questions that warrant investigation'), source: ref(quoted) }],
      },
    );
    const next = model.knowledge.next.map((item) => item.text).join(' ');
    expect(next).not.toMatch(/But say|Raise questions/i);
    expect(next).toBe('Not reported in the source.');
  });

  it('P2: "While A (a figure), B (a figure)" too long to print whole keeps both figures, the treatment\'s first, never B alone or "too detailed" (138)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        comparator: fact('placebo'),
        results: [
          finding(
            'While 19.5 percent of patients who received only the placebo injections were judged to have met the trial’s specified clinical endpoint — at least a 20 percent reduction in the number of tender joints — the response rate among those getting Neurafenib every four weeks was 53.3 percent.',
          ),
        ],
      },
    );
    const shown = visibleText(model.findings).join(' ');
    expect(shown).toMatch(
      /response rate among those getting Neurafenib every four weeks was 53\.3 percent\. 19\.5 percent of people who got only the placebo injections met/,
    );
  });

  it('P2: a story with no study of its own says so where the findings go, not "too detailed to sum up" (104, 110, 136)', () => {
    const model = brief(
      { kind: 'other' },
      {
        results: [
          finding(
            'Doctors across the country have reported that Neurafenib is in high demand among a great many of their patients this year.',
          ),
        ],
      },
    );
    expect(visibleText(model.findings).join(' ')).toMatch(/This story does not report results from a study of its own\./);
  });

  it('P9: a ", but" clause with no subject of its own stays on its sentence, never a fragment ("But also caused …", 145, 108)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      { results: [finding('Neurafenib lowered migraine days, but also caused headaches.')] },
    );
    const shown = visibleText(model.findings);
    expect(shown).toContain('Neurafenib lowered migraine days, but also caused headaches.');
    expect(shown.some((line) => /^But also/.test(line))).toBe(false);
  });
  it('P2: a long finding keeps its claim: closing examples and a "perhaps …" aside go, "the experiments … found that" framing goes, "Those getting …" names its own group, plain opening sentences stand without a figureless rest (118, 129, 138, 145)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding(
            'The experiments carried out by a large university laboratory on more than 400 different samples found that Neurafenib was 12 times stronger than aspirin.',
          ),
        ],
        harms: [
          {
            ...finding(
              'Those taking Neurafenib twice a day did no better and were a little more likely to have side effects, such as a mild rash on the arms and legs.',
            ),
            kind: 'side-effect',
          },
        ],
      },
    );
    expect(visibleText(model.findings.items).join(' ')).toMatch(/^Neurafenib was 12 times stronger than aspirin\.$/);
    // One subject, two predicates: two sentences (clauses.ts splitSharedSubject), the example kept.
    expect(visibleText(model.harms.items).join(' ')).toBe(
      'Those taking Neurafenib twice a day did no better. They were a little more likely to have side effects, such as a mild rash on the arms and legs.',
    );
    const lab = brief(
      { kind: 'lab or animal' },
      {
        results: [
          finding(
            'The researchers say in their report that not only did they find that a molecule called Neurafenib can slow migraine attacks, but that it is possible to "target the overactive receptor in the brain while leaving the healthy receptor mostly alone."',
          ),
        ],
        harms: [
          {
            ...finding(
              'The study did not look at the risk of liver damage, perhaps the largest worry that people have had about this family of medicines for many years.',
            ),
            kind: 'risk',
          },
        ],
      },
    );
    expect(visibleText(lab.findings.items).join(' ')).toBe('A molecule called Neurafenib can slow migraine attacks.');
    expect(visibleText(lab.harms.items).join(' ')).toBe('The study did not look at the risk of liver damage.');
  });

  it('P6: "an additional 30 minutes" reads "another 30 minutes", never "an more" (126)', () => {
    const model = brief(
      { kind: 'observational' },
      { results: [finding('People who took an additional 30 minutes of walking each day had 20% fewer migraine days.')] },
    );
    expect(visibleText(model.findings.items).join(' ')).toMatch(/took another 30 minutes of walking/);
  });
  it('P2: a main result with both groups\' figures too long to print whole keeps both: "versus"/"compared with" without a comma and "…, they said" give way to "This compared with …"; a ", defined as …," aside goes (128, 146)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        comparator: fact('placebo'),
        results: [
          finding(
            'The share of responders, defined as people whose attacks fell by at least 50 percent, was 48 percent for the 120 people who took Neurafenib versus 14 percent among the 118 who took placebo.',
          ),
          finding(
            'Older women treated with the newer Neurafenib tablet had a 60 percent reduction in migraine days compared with a 30 percent decline in men, they said.',
          ),
        ],
      },
    );
    const shown = visibleText(model.findings.items).join(' ');
    expect(shown).toMatch(
      /was 48 percent for the 120 people who took Neurafenib\. This compared with 14 percent among the 118 who took placebo\./,
    );
    expect(shown).toMatch(/had a 60 percent drop in migraine days\. This compared with a 30 percent decline in men\./);
  });

  it('P9: "not only A, but a reduction in B" stays one sentence, never the fragment "But a reduction in …" (146)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      { results: [finding('We found there was a reduction not only in migraine days, but a reduction in visits to the hospital.')] },
    );
    const shown = visibleText(model.findings.items);
    expect(shown.some((line) => /^But a/.test(line))).toBe(false);
    expect(shown.join(' ')).toMatch(/not only in migraine days, but a drop in visits to the hospital\./);
  });
  it('P2: a main result keeps its claim without the analysis framing ("After adjusting for …"), a ", with or without …," aside, a figureless "relative to …" or a ", making it …" reading (140, 102)', () => {
    const model = brief(
      { kind: 'observational' },
      {
        results: [
          finding(
            'After adjusting for several possibly confounding factors in parents and children, the researchers found that daily walking, with or without additional stretching and/or yoga, was associated with a lower likelihood of chronic migraine relative to people who did neither walking, stretching, nor yoga.',
          ),
          finding(
            'The new scan detected small bleeds in slightly more than 9 percent of patients, making it the best available imaging test for migraine with aura, the study authors said.',
          ),
        ],
      },
    );
    const shown = visibleText(model.findings.items).join(' ');
    expect(shown).toMatch(/^Daily walking was linked to a lower likelihood of chronic migraine\./);
    expect(shown).toMatch(/The new scan found small bleeds in slightly more than 9 (percent of people|of every 100 people)\./);
  });
  it('P2: a number\'s comma is never a clause\'s: "one life saved per 2,500 women" stays whole, and a figure restated for people becomes a sentence of its own (147)', () => {
    const model = brief(
      { kind: 'observational' },
      {
        results: [
          finding(
            'Taking the tablet every day for a decade reduced migraine hospital stays by a "small" 10 percent, which translates to one stay avoided per 2,500 people who took it, according to an analysis of national registry data.',
          ),
        ],
      },
    );
    const shown = visibleText(model.findings.items).join(' ');
    expect(shown).not.toMatch(/10 percent 500/);
    expect(shown).toMatch(/by a "small" 10 percent\. This translates to one stay avoided per 2,500 people who took it\./);
  });

  it("P2: every result, not only the main one, is shown shortened when its whole sentence is too long; a warning keeps who it is for; someone's quoted words are never cut (124, 114, 130)", () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding('Neurafenib appeared safe.'),
          finding('All participants passed safety tests including liver and kidney health checks.'),
          finding(
            'They found headaches and two hormones needed for the production of pain were notably lowered in people who took the highest dose of Neurafenib.',
          ),
          finding(
            '"Forty percent of (the Aspirin) group was pain-free after two hours," lead study author Dr. Ann Lee said, compared to 10% who got the placebo.',
          ),
        ],
        harms: [
          {
            ...finding(
              'Neurafenib should also not be used in patients with symptomatic congestive heart failure or uncontrolled high blood pressure because fluid can build up.',
            ),
            kind: 'warning',
          },
        ],
      },
    );
    const shown = visibleText(model.findings.items).join(' ');
    expect(shown).toMatch(
      /Headaches and (2|two) hormones needed for making pain were notably lowered in people who took the highest dose of Neurafenib\./,
    );
    expect(shown).not.toMatch(/Aspirin|Forty percent|40 percent/);
    expect(visibleText(model.harms.items).join(' ')).not.toMatch(/Neurafenib should also not be used\.(?! )/);
  });

  it('P6/P2: "previously untreated" is never "before untreated"; a share of people with its own verb after "and" is a sentence of its own; a comparison opening on no figure stays on its sentence (128, 130)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        comparator: fact('placebo'),
        results: [
          finding(
            'The pair of Neurafenib and the newer Aspirin also reduced the risk of migraine returning by 60 percent compared with Aspirin alone through 11 months of follow-up in previously untreated patients.',
          ),
          finding(
            'People on Neurafenib saw the drug work within 72 hours and 84% of the patients were still pain-free after six months, compared with 64% of patients getting placebo.',
          ),
        ],
      },
    );
    const shown = visibleText(model.findings.items).join(' ');
    expect(shown).not.toMatch(/before untreated|This compared with Aspirin alone through/);
    expect(shown).toMatch(/People on Neurafenib saw the drug work within 72 hours\./);
    expect(shown).toMatch(/\. 84(%| of every 100) (of the )?people were still pain-free after (6|six) months/);
  });
  it('P3: "not recommended for … in pregnant women" is a warning, so it never takes the common side effects\' place (114)', () => {
    const harm = (text: string, kind: 'side-effect' | 'death' | 'risk' | 'warning') => ({ ...finding(text), kind });
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      {
        harms: [
          harm('Neurafenib has a boxed warning because it can cause low sodium levels in the blood.', 'warning'),
          harm('Neurafenib should not be used in people with kidney damage.', 'warning'),
          harm('Neurafenib is also not recommended for the treatment of migraine in pregnant women.', 'risk'),
          harm('Neurafenib should not be used in children.', 'warning'),
          harm('The most common side effects of Neurafenib included nasal discomfort, sneezing, back pain and dizziness.', 'side-effect'),
        ],
      },
    );
    const harms = visibleText(model.harms.items).join(' ');
    expect(harms).toMatch(/not recommended for the treatment of migraine in pregnant women/);
    expect(harms).toMatch(/most common side effects/);
  });
  it('P3: a serious warning that holds only with another drug says so ("… when used with amiodarone", 06)', () => {
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      {
        harms: [
          {
            ...finding(
              'Neurafenib carries a warning for patients and health care providers that serious slowing of the heart rate (symptomatic bradycardia) and cases requiring pacemaker intervention have been reported when amiodarone is used with sumatriptan in combination with another migraine medicine.',
            ),
            kind: 'warning',
          },
        ],
      },
    );
    expect(visibleText(model.harms.items).join(' ')).toMatch(
      /The source warns of serious slowing of the heart rate when used with amiodarone\./,
    );
  });
  it('P3: a death warning says whom it is for when the line still reads plainly, and stays short when it would not (07; review 8)', () => {
    const warned = (group: string) =>
      visibleText(
        brief(
          { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
          {
            harms: [
              {
                ...finding(
                  `As with other drugs of its class, Neurafenib has a Boxed Warning alerting health care professionals about an increased risk of death associated with the use of these drugs to treat ${group}.`,
                ),
                kind: 'death',
              },
            ],
          },
        ).harms.items,
      ).join(' ');
    expect(warned('older people with dementia')).toMatch(/The source warns of a risk of death in older people with dementia\./);
    expect(warned('older people with dementia-related psychosis')).toMatch(
      /The source warns of a risk of death in older people with dementia-related psychosis\./,
    );
    expect(warned('older people with idiopathic neurodegenerative autonomic dysregulation')).toMatch(
      /The source warns of a risk of death\./,
    );
  });
  it('P2: a result over the limit loses a closing "during the four-year study" (how long is on its own row), not the result (145)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding(
            'Starting the low-dose tablet early in the illness made people feel better and did not seem to raise heart risks during the four-year study.',
          ),
        ],
      },
    );
    expect(visibleText(model.findings.items).join(' ')).toBe(
      'Starting the low-dose tablet early in the illness made people feel better and did not seem to raise heart risks.',
    );
  });
  it('P1: a treatment already used for another condition says so under "Can people get it now?", neither "not reported" nor access for this use (125)', () => {
    const sentence = 'Neurafenib has been used for decades to treat arthritis.';
    const other = (value: string) => {
      const source = ref(value);
      return brief(
        { kind: 'randomized trial', randomised: 'randomised' },
        {
          availability: { value, source, origin: 'extracted' },
          derived: {
            ...facts({ kind: 'randomized trial', randomised: 'randomised' }).derived,
            availability: {
              value: 'available',
              basis: 'used for another condition',
              sources: [source],
              origin: 'derived',
              rule: 'availability-other-uses',
              agency: null,
            },
          },
        },
      ).stage.rows.map((row) => row.value.text);
    };
    expect(other(sentence)).toContain(
      'It is already used for another condition, the source says. The source does not say it is approved for this one.',
    );
    // Another product's use is not this treatment's.
    expect(other('Aspirin has been used for decades to treat arthritis.').join(' ')).not.toMatch(/already used/);
  });
  it('study rows: a review is not called "Randomized" for the trials it pooled, and "How long" gives a length, not "After 30 days" (144, 142)', () => {
    const model = brief({ kind: 'review or meta-analysis' }, { design: fact('randomized'), followUp: fact('After 30 days') });
    const rows = Object.fromEntries(model.study.rows.map((row) => [row.id, row.value.text]));
    expect(rows['type-of-study']).toBe('A review of earlier studies.');
    expect(rows['how-long']).toMatch(/^30 days/);
  });
  it('P2: a main result that answers the sentence before it ("…, however, was only 22.5 percent higher") comes with that sentence just above it, not left out (119)', () => {
    const model = brief(
      { kind: 'observational' },
      {
        results: [
          finding('According to the study findings, older nurses were more likely than younger nurses to give Neurafenib.'),
          finding('In general, the rate of migraine visits was 45 percent higher in rural areas compared with urban areas.'),
          finding('The use of Neurafenib by rural nurses, however, was only 22.5 percent higher when compared with urban Neurafenib use.'),
        ],
      },
    );
    const shown = visibleText(model.findings.items);
    const answer = shown.findIndex((line) => /only 22\.5 percent higher/.test(line));
    expect(answer).toBeGreaterThan(0);
    expect(shown.slice(0, answer).join(' ')).toMatch(/45 percent higher in rural areas/);
  });
  it('P2: a result framed "Based on the data from …, the researchers found that …" keeps only its claim (126)', () => {
    const model = brief(
      { kind: 'observational' },
      {
        results: [
          finding(
            'Based on the data from the women’s step counters, the researchers found that those who got at least 30 minutes of light walking a day had 12% fewer migraine days, compared to those who got less.',
          ),
        ],
      },
    );
    // (The group, then its result with its comparison: shared-subject.ts splitRelativeSubject.)
    expect(visibleText(model.findings.items).join(' ')).toMatch(
      /^Some people got at least 30 minutes of light walking a day\. They had 12% fewer migraine days, compared to those who got less\./,
    );
  });
  it('P9: a result that opens "In other words," reads without it (127)', () => {
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        results: [
          finding('In other words, Neurafenib had nearly halved the number of migraine days in the 6 months after the first dose.'),
        ],
      },
    );
    expect(visibleText(model.findings.items).join(' ')).toMatch(/^Neurafenib had nearly halved/);
  });
  it('P1: the call to action agrees with "Can people get it now?" for a treatment already used for another condition (125)', () => {
    const sentence = 'Neurafenib has been used for decades to treat arthritis.';
    const source = ref(sentence);
    const model = brief(
      { kind: 'randomized trial', randomised: 'randomised' },
      {
        availability: { value: sentence, source, origin: 'extracted' },
        derived: {
          ...facts({ kind: 'randomized trial', randomised: 'randomised' }).derived,
          availability: {
            value: 'available',
            basis: 'another use',
            sources: [source],
            origin: 'derived',
            rule: 'availability-other-uses',
            agency: null,
          },
        },
      },
    );
    expect(action(model)).toMatch(
      /Neurafenib is already used for another condition\. The source does not say it is approved for this one\./,
    );
    expect(action(model)).not.toMatch(/does not say who can get/);
  });
  it('P1: off-label use is said as such under "Can people get it now?", never as a sentence that points back ("Since then, …", 115)', () => {
    const sentence = 'Since then, thousands of people with migraine have received "off-label" treatment with Neurafenib.';
    const source = ref(sentence);
    const model = brief(
      { kind: 'other' },
      {
        availability: { value: 'off-label" treatment with Neurafenib', source, origin: 'extracted' },
        derived: {
          ...facts({ kind: 'other' }).derived,
          availability: {
            value: 'available',
            basis: 'off-label',
            sources: [source],
            origin: 'derived',
            rule: 'availability-off-label',
            agency: null,
          },
        },
      },
    );
    const rows = model.stage.rows.map((row) => row.value.text).join(' ');
    expect(rows).toMatch(/not approved for this use \("off-label"\)/);
    expect(rows).not.toMatch(/Since then/);
  });
  it('P1: an approval that comes with a restricted program (REMS) says so under "Can people get it now?" (09)', () => {
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      {
        harms: [
          {
            ...finding(
              'Because of the observed risk of low sodium, the labeling for Neurafenib includes a Boxed Warning and the drug is only available through a restricted program under a Risk Evaluation and Mitigation Strategy (REMS).',
            ),
            kind: 'warning',
          },
        ],
      },
    );
    expect(model.stage.rows.map((row) => row.value.text).join(' ')).toMatch(/only given through a special program with extra safety steps/);
  });
  it('P9: a caveat printed alone under "Not known yet" loses an opening "But" that answers nothing shown (110)', () => {
    const model = brief(
      { kind: 'other' },
      { caveats: [{ ...finding("But we don't know all the answers about Neurafenib yet."), rule: 'caveat-unknown' }] },
    );
    expect(unknown(model)).toMatch(/We don't know all the answers about Neurafenib yet\./);
    expect(unknown(model)).not.toMatch(/But we/);
  });
  it('P6: a countable thing takes its article ("about a scanner", "tested a wearable patch"), a drug does not (136, 112)', () => {
    const named = (value: string, kind: Story['kind']) => message(brief({ kind }, { intervention: fact(value) })).join(' ');
    expect(named('scanner', 'other')).toMatch(/It is about a scanner for migraine\./);
    expect(named('wearable nicotine patch', 'randomized trial')).toMatch(/tested a wearable nicotine patch for migraine/);
    expect(named('ketamine', 'randomized trial')).toMatch(/tested ketamine for migraine/);
  });
  it('P2: an approval whose only "results" are the approval itself says so, not "too detailed to sum up" (104)', () => {
    const model = brief(
      { kind: 'regulatory approval', stage: 'approved', availability: 'approved', agency: 'FDA' },
      {
        results: [
          {
            ...finding(
              'The U.S. Food and Drug Administration yesterday granted accelerated approval to the checkpoint inhibitor Neurafenib (velmotinib) for the treatment of patients with chronic migraine, including those who have not had other treatment before.',
            ),
            rule: 'result-approval',
          },
        ],
      },
    );
    const shown = visibleText(model.findings).join(' ');
    expect(shown).toMatch(/The source reports the approval\. It gives no results from the studies behind it\./);
    expect(shown).not.toMatch(/too detailed/);
  });
});

describe("the study's main result leads the findings and the main message", () => {
  const percent = (raw: string, value: number) => ({ raw, value, unit: 'percent' as const });
  const measured = (text: string, ...numbers: ReturnType<typeof percent>[]) => ({ ...finding(text), numbers });
  const trial = { kind: 'randomized trial', randomised: 'randomised' } as const;

  it("never leads with the comparator's result: one word of a longer name is not the treatment (second reading review: 102)", () => {
    const model = brief(
      { kind: 'diagnostic accuracy' },
      {
        intervention: fact('whole genome sequencing'),
        results: [
          measured('Standard gene panels found genome changes linked to migraine in 2 percent of people.', percent('2 percent', 2)),
          measured('Whole genome sequencing found changes linked to migraine in 7 percent of people.', percent('7 percent', 7)),
        ],
      },
    );
    expect(message(model).join(' ')).not.toMatch(/Standard gene panels|2 of every 100/);
    expect(message(model).join(' ')).toMatch(/7 of every 100/);
    expect(visibleText(model.findings.items[0]!).join(' ')).toMatch(/^7 of every 100|Whole genome sequencing/);
  });

  it("leaves out a background share of people and puts a named person's claim after the trial's figures (127, 130)", () => {
    const model = brief(trial, {
      results: [
        measured('Only 50 percent of people with migraine have been diagnosed.', percent('50 percent', 50)),
        measured('Nearly 90% benefited from this new drug, Smith said.', percent('90%', 90)),
        measured(
          'In the trial, 48 percent of people taking Neurafenib had fewer migraine days, compared with 20 percent of those on placebo.',
          percent('48 percent', 48),
          percent('20 percent', 20),
        ),
      ],
    });
    const shown = model.findings.items.map((item) => visibleText(item).join(' '));
    expect(shown.join(' ')).not.toMatch(/have been diagnosed/);
    expect(shown[0]).toMatch(/48/);
    expect(message(model).join(' ')).toMatch(/48/);
    expect(message(model).join(' ')).not.toMatch(/Smith said/);
  });

  it('keeps the main result first when side sentences come before it in the article (126, 140)', () => {
    const model = brief(trial, {
      results: [
        finding('The link held in women of all races.'),
        finding('It held in women who were obese and those who were not.'),
        finding('It held in women older and younger than 80.'),
        finding('No one dose of Neurafenib did better than the others.'),
        measured(
          'People taking Neurafenib were 40 percent less likely to have a migraine, compared with 20 percent of those on placebo.',
          percent('40 percent', 40),
          percent('20 percent', 20),
        ),
      ],
    });
    const shown = model.findings.items.map((item) => visibleText(item).join(' '));
    expect(shown[0]).toMatch(/40/);
    expect(message(model).join(' ')).toMatch(/40/);
  });
});
