// People the story cites who took no part in the study ("who was not involved in the
// research", "an independent expert"): their comments are outside views, which readers
// and the evidence checklist weigh differently from the investigators' own. Each is the
// sentence that says so, with the nearest name before the cue when there is one.
import { cues, firstCue } from '../cues/cues.js';
import type { IndependentExpert } from '../schema.js';
import { sourceRef } from '../sentences.js';
import type { ArticleText } from './context.js';

/** "Dr. Lynn Schuchter", "Carol Routledge", "Dr Richard Russell": a title and capitalised words. */
const NAME = /(?:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;
/** Capitalised words that are not a person's name. */
const NOT_A_NAME =
  /\b(?:University|Institute|Center|Centre|Hospital|School|College|Health|Research|Society|Association|Foundation|Clinic|NHS|Department|Medical|Journal|UK|US)\b/;

export function extractIndependentExperts(article: ArticleText): IndependentExpert[] {
  const out: IndependentExpert[] = [];
  for (const sentence of article.body) {
    const cue = firstCue(cues('independent'), sentence.text);
    if (!cue) continue;
    const at = cue.regex.exec(sentence.text)!.index;
    const names = [...sentence.text.slice(0, at).matchAll(NAME)].map((m) => m[0]).filter((name) => !NOT_A_NAME.test(name));
    out.push({ speaker: names.at(-1) ?? null, source: sourceRef(sentence), origin: 'extracted', rule: cue.id });
  }
  return out;
}
