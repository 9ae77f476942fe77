// People the story cites who took no part in the study ("who was not involved in the
// research", "an independent expert"): their comments are outside views, which readers
// and the evidence checklist weigh differently from the investigators' own. Each is the
// sentence that says so, with the nearest name before the cue when there is one.
import { cues, firstCue } from '../cues/cues.js';
import type { IndependentExpert } from '../schema.js';
import { sourceRef } from '../sentences.js';
import type { ArticleText } from './context.js';

/** "Dr. Lynn Schuchter", "Dr. Nelson", "Carol Routledge": a title and a name, or two capitalised words. */
const NAME =
  /\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)*|\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;
/** Capitalised words that are not a person's name. */
const NOT_A_NAME =
  /\b(?:University|Institute|Center|Centre|Hospital|School|College|Health|Research|Society|Association|Foundation|Clinic|NHS|Department|Medical|Journal|Program|Programme|Laboratory|Unit|Network|UK|US)\b/;

/** Words for people in general, which open a sentence as a surname does ("Kellum had no role …"). */
const PEOPLE_IN_GENERAL = /^(?:Experts?|Researchers?|Scientists?|Doctors?|Physicians?|Specialists?|Others?|Critics?|Some|Many|Several)$/;

export function extractIndependentExperts(article: ArticleText): IndependentExpert[] {
  const out: IndependentExpert[] = [];
  for (const [index, sentence] of article.body.entries()) {
    const cue = firstCue(cues('independent'), sentence.text);
    if (!cue) continue;
    const found = cue.regex.exec(sentence.text)!;
    const at = found.index;
    const names = [...sentence.text.slice(0, at).matchAll(NAME)].map((m) => m[0]).filter((name) => !NOT_A_NAME.test(name));
    // "Kellum had no role in …": a surname alone, as the subject of the sentence.
    // "Experts not involved in the research …" names a kind of person, not a person.
    const subject = /^(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(sentence.text.slice(0, at))?.[1];
    const person = subject && !PEOPLE_IN_GENERAL.test(subject) ? subject : undefined;
    // An editorial's author is named first ("write Anne Lee, of the University of X, San Y, in an
    // accompanying editorial"): places come between the name and the cue.
    const name = cue.meta['first-name'] === true ? names[0] : names.at(-1);
    // "…," said Dr. Lee, the lead author. An editorial accompanying the study added …: the
    // editorial speaks unnamed, and the name before it is the author's.
    const unnamed = cue.meta['unnamed'] === true;
    out.push({
      speaker: unnamed
        ? null
        : (name ?? person ?? (cue.meta['speaker-after'] === true ? nameAfter(article, index, at + found[0].length) : null)),
      source: sourceRef(sentence),
      origin: 'extracted',
      rule: cue.id,
    });
  }
  return out;
}

/**
 * "Commenting on the study, Dr. Lee said …", "Other experts are more cautious. '…,' says
 * Dr. Lee": the outside voice named after the cue, in the same sentence or the next one of
 * its paragraph.
 */
function nameAfter(article: ArticleText, index: number, at: number): string | null {
  const sentence = article.body[index]!;
  const next = article.body[index + 1];
  const texts = [sentence.text.slice(at), ...(next && next.blockIndex === sentence.blockIndex ? [next.text] : [])];
  for (const text of texts) {
    const name = [...text.matchAll(NAME)]
      .map((m) => m[0])
      .find((found) => !NOT_A_NAME.test(found) && !/^(?:Other|Outside|Commenting)\b/.test(found));
    if (name) return name;
  }
  return null;
}
