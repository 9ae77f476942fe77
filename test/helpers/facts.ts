// Hand-written Facts for view-model tests: everything empty but a title, so a test states
// only the facts its rule is about, and the schema (Facts.parse) still holds it to the contract.
import { findNumbers } from '../../src/article/numbers.js';
import { Facts, type Finding } from '../../src/article/schema.js';

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
