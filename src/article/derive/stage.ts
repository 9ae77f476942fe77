// Where the thing studied stands between the laboratory and the clinic: from the kind of
// study (a lab or animal study is laboratory work; an approval is an approval), the
// availability, the trial phase, or words that say an application is under review.
// Abstains when none of these says: an observational study or a test has no phase.
import { cues, firstCue } from '../cues/cues.js';
import type { ArticleText } from '../facts/context.js';
import { FUTURE } from '../facts/context.js';
import type { DerivedFacts, Facts } from '../schema.js';
import { sourceRef } from '../sentences.js';
import { derivedFact, quoteOf } from './derived.js';

type Extracted = Omit<Facts, 'derived'>;

/** "has not submitted …", "isn't at this point seeking approval": the words just before say it is not so. */
const NOT_SO = /\b(?:not|never|no plans? to|yet to)\b(?:\s+[\w-]+){0,4}\s*$|n['’]t(?:\s+[\w-]+){0,4}\s*$/i;

/** The cue is said in the negative in every place the sentence says it. */
function denied(text: string, cue: RegExp): boolean {
  const every = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  const places = [...text.matchAll(every)];
  return places.length > 0 && places.every((m) => NOT_SO.test(text.slice(Math.max(0, m.index - 60), m.index)));
}
type Partial = Pick<DerivedFacts, 'studyType' | 'availability'>;

export function deriveStage(facts: Extracted, derived: Partial, article: ArticleText): DerivedFacts['stage'] {
  const { studyType, availability } = derived;
  if (studyType?.value === 'lab or animal')
    return derivedFact('laboratory', `a lab or animal study (${studyType.basis})`, studyType.sources);
  if (studyType?.value === 'regulatory approval' || availability?.value === 'approved') {
    const from = studyType?.value === 'regulatory approval' ? studyType : availability!;
    return derivedFact('approved', `approved for use (${from.basis})`, from.sources);
  }
  for (const sentence of article.body) {
    const cue = firstCue(
      cues('stage').filter((c) => c.id.startsWith('stage-review')),
      sentence.text,
    );
    if (cue && !FUTURE.test(sentence.text) && !denied(sentence.text, cue.regex)) {
      const ref = sourceRef(sentence);
      return derivedFact(
        'regulatory review',
        `an application for approval: ${quoteOf(cue.regex.exec(sentence.text)![0], ref)}`,
        [ref],
        cue.id,
      );
    }
  }
  const phase = facts.phase;
  if (phase) {
    const value = phase.value.toLowerCase().replace(/^phase\s*/, '');
    const stage = /^(?:0|1|i)(?:[ab])?$|^(?:1|i)\s*\/\s*(?:2|ii)/.test(value)
      ? 'early clinical'
      : /^(?:2|ii)(?:[ab])?$|^(?:2|ii)\s*\/\s*(?:3|iii)/.test(value)
        ? 'mid clinical'
        : /^(?:3|iii)(?:[ab])?$/.test(value)
          ? 'late clinical'
          : /^(?:4|iv)$/.test(value)
            ? 'approved'
            : null;
    if (stage) return derivedFact(stage, `a phase ${phase.value.replace(/^phase\s*/i, '')} trial`, [phase.source]);
  }
  // "a midstage study", "a late-stage trial": the stage named in words, when no phase is given.
  for (const sentence of article.body) {
    const cue = firstCue(
      cues('stage').filter((c) => c.id.startsWith('stage-named')),
      sentence.text,
    );
    if (cue && !FUTURE.test(sentence.text)) {
      const ref = sourceRef(sentence);
      const stage = cue.meta.stage === 'late clinical' ? 'late clinical' : 'mid clinical';
      return derivedFact(stage, `the source names the trial so: ${quoteOf(cue.regex.exec(sentence.text)![0], ref)}`, [ref], cue.id);
    }
  }
  for (const sentence of article.body) {
    const cue = firstCue(
      cues('stage').filter((c) => c.id.startsWith('stage-early')),
      sentence.text,
    );
    if (cue && !FUTURE.test(sentence.text)) {
      const ref = sourceRef(sentence);
      return derivedFact('early clinical', `an early study in people: ${quoteOf(cue.regex.exec(sentence.text)![0], ref)}`, [ref], cue.id);
    }
  }
  return null;
}
