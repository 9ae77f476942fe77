// Who paid for the study: the first sentence about the reported study (not plans, not
// another study, not mostly quoted) that names its funder, by the cues in cues/funding.yaml.
// A press release often says it after its "###" end mark, with the authors' disclosures: the
// release's own statement about the study, so those sentences are read too, after the body.
import { cues } from '../cues/cues.js';
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { FUTURE, OTHER_STUDY, quotedShare, textFact, type ArticleText } from './context.js';
import { clip } from './clip.js';

const aboutTheStudy = (s: Sentence): boolean =>
  s.block.kind !== 'heading' && !FUTURE.test(s.text) && !OTHER_STUDY.test(s.text) && quotedShare(s.text) <= 0.5;

/** "director of the Acme Institute, a group … that paid for the study": the funder's words start at its name. */
const trimmed = (value: string): string =>
  value
    .replace(/^.*?\b(?:director|head|chief|president|founder|chair(?:man|woman)?|dean|member)\s+of\s+/i, '')
    .replace(/^(?:[a-z][\w’'-]*,?\s+)+(?=(?:the\s+)?[A-Z])/, '');

export function extractFunding(article: ArticleText): TextFact | null {
  const sentences = [...article.body, ...(article.endMatter ?? [])].filter(aboutTheStudy);
  const list = cues('funding');
  for (const sentence of sentences) {
    for (const cue of list) {
      const match = cue.regex.exec(sentence.text);
      if (match) return textFact(clip(cue.meta.named === true ? trimmed(match[0]) : match[0]), sentence);
    }
  }
  return null;
}
