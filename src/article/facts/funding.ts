// Who paid for the study: the first sentence about the reported study (not plans, not
// another study, not mostly quoted) that names its funder, by the cues in cues/funding.yaml.
// A press release often says it after its "###" end mark, with the authors' disclosures: the
// release's own statement about the study, so those sentences are read too, after the body.
import { cues } from '../cues/cues.js';
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { FUTURE, OTHER_STUDY, quotedShare, textFact, type ArticleText } from './context.js';
import { clip } from './clip.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

const aboutTheStudy = (s: Sentence): boolean =>
  s.block.kind !== 'heading' && !FUTURE.test(s.text) && !OTHER_STUDY.test(s.text) && quotedShare(s.text) <= 0.5;

/**
 * "director of the Acme Institute, a group … that paid for the study": the funder's words start at its name;
 * "Lee says makers of both drugs (…), which also funded these studies": after the speaker's "says".
 */
const trimmed = (value: string): string =>
  value
    .replace(/^.*?\b(?:says|said|notes|noted|adds|added|explains|explained)\s+(?:that\s+)?(?=[\w(])/, '')
    .replace(/^.*?\b(?:director|head|chief|president|founder|chair(?:man|woman)?|dean|member)\s+of\s+/i, '')
    .replace(/^(?:[a-z][\w’'-]*,?\s+)+(?=(?:the\s+)?[A-Z])/, '');

/**
 * The funder's words only: not what the sentence goes on to say ("…, but the pills were
 * provided by …", "… and titled X, is published by …"). A list of funders is kept whole up to
 * a length a row can hold (a row that stops after "the Department of Defense" hides who else
 * paid); a longer one ends at the last whole name that fits, never inside one ("… of the National").
 */
function clipFunder(value: string): string {
  let out = value
    .replace(/,?\s+(?:but|while|whereas)\s[\s\S]*$/i, '')
    .replace(/,?\s+and\s+(?:titled|entitled|is|was|appears?|published)\b[\s\S]*$/i, '');
  const max = 360;
  if (out.length > max) {
    const cut = out.lastIndexOf(', ', max);
    if (cut > 60 && /^,\s+(?:and\s+)?(?:the\s+)?\p{Lu}/u.test(out.slice(cut))) out = out.slice(0, cut);
  }
  return clip(out, max);
}

/** Names the text gives as companies ("Acme Medical’s device", "drugmaker Acme"), by the company-name cues. */
function companies(sentences: readonly Sentence[]): string[] {
  const list = cues('funding').filter((cue) => cue.meta['company-name'] === true);
  const names = new Set<string>();
  for (const sentence of sentences)
    for (const cue of list)
      for (const match of sentence.text.matchAll(new RegExp(cue.regex.source, 'g')))
        for (const name of match.slice(1)) if (name && !/^(?:The|A|An|This|That|Its|Their)$/.test(name)) names.add(name.trim());
  return [...names];
}

/** "a large Acme study", "an Acme-funded trial": the company the text names as one ran or paid for the study. */
function companyStudy(sentence: Sentence, names: readonly string[]): string | null {
  for (const name of names) {
    const pattern = new RegExp(
      String.raw`\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}${escapeRegExp(name)}(?:-(?:funded|sponsored|backed|financed))?\s+(?:stud(?:y|ies)|trials?)\b`,
    );
    const match = pattern.exec(sentence.text);
    if (match) return match[0];
  }
  return null;
}

export function extractFunding(article: ArticleText): TextFact | null {
  const sentences = [...article.body, ...(article.endMatter ?? [])].filter(aboutTheStudy);
  const list = cues('funding').filter((cue) => cue.meta['company-name'] !== true);
  for (const sentence of sentences) {
    for (const cue of list) {
      const match = cue.regex.exec(sentence.text);
      if (match) return textFact(clipFunder(cue.meta.named === true ? trimmed(match[0]) : match[0]), sentence);
    }
  }
  // No sentence names a funder: a study the text calls a company's own is the company's.
  const names = companies([...article.body, ...(article.endMatter ?? [])]);
  for (const sentence of sentences) {
    const study = companyStudy(sentence, names);
    if (study) return textFact(clip(study), sentence);
  }
  return null;
}
