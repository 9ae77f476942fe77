// Hand-written Facts for view-model tests: everything empty but a title, so a test states
// only the facts its rule is about, and the schema (Facts.parse) still holds it to the contract.
import { findNumbers } from '../../src/article/numbers.js';
import { Facts, type Finding, type SourceRef } from '../../src/article/schema.js';

export type FactsOverrides = Partial<Omit<Facts, 'meta'>> & { meta?: Partial<Facts['meta']> };

export function blankFacts(overrides: FactsOverrides = {}): Facts {
  const { meta, ...rest } = overrides;
  return Facts.parse({
    meta: {
      slug: 'story',
      file: 'story.txt',
      language: 'en',
      url: null,
      publisher: null,
      author: null,
      date: null,
      embargo: null,
      contact: null,
      dateline: null,
      ...meta,
    },
    title: { value: 'A headline', source: { text: 'A headline', line: 1, column: 1 }, origin: 'extracted' },
    intervention: null,
    interventionDescription: null,
    condition: null,
    population: null,
    participants: null,
    phase: null,
    design: null,
    comparator: null,
    followUp: null,
    setting: null,
    funding: null,
    registration: null,
    journal: null,
    published: null,
    availability: null,
    results: [],
    harms: [],
    quotes: [],
    nextSteps: [],
    caveats: [],
    context: [],
    independentExperts: [],
    removed: [],
    derived: {
      studyType: null,
      verdict: null,
      randomised: null,
      stage: null,
      availability: null,
      acronyms: { value: [], basis: 'no short forms defined in the text', sources: [], origin: 'derived', intervention: null, named: [] },
    },
    ...rest,
  });
}

let findingLine = 2;
/** A sentence of the imagined article, on its own line, with its numbers as the extractor reads them. */
export function sourceFinding(text: string): Finding {
  findingLine += 2;
  const numbers = findNumbers(text).map(({ raw, value, unit }) => ({ raw, value, unit }));
  return { text, source: { text, line: findingLine, column: 1 }, origin: 'extracted', numbers, timepoints: [] };
}

/** An extracted text fact whose source sentence is `sentence` (the value itself by default). */
export const textFactOf = (value: string, sentence = value) => ({
  value,
  source: { text: sentence, line: 3, column: 1 },
  origin: 'extracted' as const,
});

/** An extracted count ("the trial enrolled 400 people"). */
export const countOf = (value: number, sentence: string) => ({ ...textFactOf(sentence), value, raw: String(value) });

/** Blank Facts with a headline, and the overrides a test is about. */
export const headlineFacts = (overrides: FactsOverrides = {}): Facts => blankFacts({ title: textFactOf('A headline'), ...overrides });

/** A derived judgement (facts.derived.*) for hand-written Facts: the value, with a sentence it rests on. */
export const judgedAs = <V extends string>(value: V, sentence = 'The text says so.') => ({
  value,
  basis: 'test',
  sources: [{ text: sentence, line: 5, column: 1 }],
  origin: 'derived' as const,
});

/** Blank derived facts with some judgements set. */
export const derivedWith = (over: Partial<Facts['derived']>): Facts['derived'] => ({ ...blankFacts().derived, ...over });

type Unit = Finding['numbers'][number]['unit'];

/**
 * Builders for hand-written facts whose source lines follow one another as a story's do
 * (each fact cites a line of its own): a source reference, an extracted text fact, a
 * derived judgement and a finding with the numbers the test gives.
 */
export function numberedFacts(firstLine = 2) {
  let next = firstLine;
  const ref = (text: string): SourceRef => ({ text, line: next++, column: 1 });
  const fact = (value: string, sentence = `${value}.`) => ({ value, source: ref(sentence), origin: 'extracted' as const });
  const judged = <T>(value: T) => ({ value, basis: 'set for the test', sources: [ref('set for the test')], origin: 'derived' as const });
  const finding = (text: string, numbers: Array<[string, number, Unit]> = []) => ({
    text,
    source: ref(text),
    origin: 'extracted' as const,
    numbers: numbers.map(([raw, value, unit]) => ({ raw, value, unit })),
    timepoints: [],
  });
  /** Derived facts of a study of the kind given, found to benefit, with no short forms. */
  const derivedStudy = (
    studyType: NonNullable<Facts['derived']['studyType']>['value'],
    randomised: Facts['derived']['randomised'] = null,
  ) => ({
    studyType: judged(studyType),
    verdict: judged('benefit' as const),
    randomised,
    stage: null,
    availability: null,
    acronyms: {
      value: [],
      basis: 'no short forms defined in the text',
      sources: [],
      origin: 'derived' as const,
      intervention: null,
      named: [],
    },
  });
  return { ref, fact, judged, finding, derivedStudy };
}
