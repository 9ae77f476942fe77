// Short forms the article defines: "hematopoietic cell transplant (HCT)", "transcranial
// direct current stimulation, or tDCS". A short form counts when its capitals spell the
// initials of the words before it, so "(NIH)" after "National Institutes of Health" is
// one but "(2017)" or "(the drug)" are not. The intervention's own short form is read as
// the composers read it: from its value, or right after it in its source sentence.
import { cues, type Cue } from '../cues/cues.js';
import type { ArticleText } from '../facts/context.js';
import type { Acronym, DerivedFacts, Facts, NamedShortForm } from '../schema.js';
import { sourceRef } from '../sentences.js';
import { derivedFact } from './derived.js';

/** HbA1c, FDA, MS, tDCS, MADIT-CRT: words with two or more capitals, at least one after the first letter. */
export const ABBREVIATION =
  /(?<![\p{L}\p{N}-])(?=[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\p{Lu})[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

/** Short forms every reader knows ("USA", "DNA"): cue short-form-everyday in cues/short-forms.yaml. */
export function isEverydayShortForm(word: string): boolean {
  everyday ??= cues('short-forms')
    .filter((cue) => cue.meta.everyday === true)
    .map((cue) => new RegExp(`^(?:${cue.source})$`, cue.regex.flags));
  return everyday.some((regex) => regex.test(word));
}
let everyday: RegExp[] | undefined;
let naming: { cue: Cue; next: RegExp }[] | undefined;

const SHORT = '([A-Za-z][A-Za-z0-9/-]{1,14})';
const hasTwoCapitals = (value: string) => /[A-Z].*[A-Z]/.test(value);
const clean = (value: string) =>
  value
    .replace(/(\*{1,2}|_{1,2})(\S[^*_]*?\S|\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words before a short form whose initials it spells ("Food and Drug Administration" for "FDA"). */
export function expansion(before: string, short: string): string | null {
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2) return null;
  const words = before.trim().split(/\s+/);
  const minor = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'with', 'a', '&']);
  // Walk back from the short form, matching its letters to word initials from the end.
  let need = letters.length - 1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (word === '') return null;
    const initials = word
      .split(/[-/]/)
      .filter(Boolean)
      .map((part) => part[0])
      .join('');
    // "double-blind" may stand for one letter or for one per part.
    if (initials.length > 1 && letters.slice(need - initials.length + 1, need + 1) === initials) need -= initials.length;
    else if (initials[0] === letters[need]) need--;
    else if (minor.has(word)) continue;
    else return null;
    if (need < 0)
      return words
        .slice(i)
        .join(' ')
        .replace(/[,;:]$/, '');
  }
  return null;
}

function interventionAcronym(facts: Omit<Facts, 'derived'>): string | null {
  const intervention = facts.intervention;
  if (!intervention) return null;
  const own = new RegExp(`\\(${SHORT}\\)`).exec(intervention.value)?.[1];
  if (own && hasTwoCapitals(own)) return own;
  const after = new RegExp(`${escape(clean(intervention.value))}\\s*(?:\\(${SHORT}[);]|,\\s+or\\s+${SHORT}\\b)`, 'i').exec(
    clean(intervention.source.text),
  );
  const found = after?.[1] ?? after?.[2];
  return found && hasTwoCapitals(found) ? found : null;
}

/**
 * "THC (tetrahydrocannabinol)": a short form with its long name after it in brackets. The
 * short form's letters must appear in order in the long name, the first one opening it
 * (Schwartz and Hearst's test), so "HCT (the transplant)" is not one.
 */
function spelledOutAfter(short: string, long: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  const name = long.toLowerCase();
  if (letters.length < 2 || name[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = name.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const LONG_AFTER = new RegExp(`(?<![\\p{L}\\p{N}-])${SHORT}\\s+\\((\\p{Ll}[\\p{L} -]{3,60}\\p{L})\\)`, 'gu');
/**
 * "The DASH (Dietary Approaches to Stop Hypertension) diet": a short form with its long name
 * after it in capitals, each word's initial spelling the short form (minor words aside), as
 * `expansion` reads a long name before one.
 */
const TITLED_AFTER = new RegExp(`(?<![\\p{L}\\p{N}-])${SHORT}\\s+\\((\\p{Lu}[\\p{L} -]{3,80}\\p{L})\\)`, 'gu');

/** Short forms the article uses without defining them, named by the word after them ("the MADIT-CRT trial"). */
function namedShortForms(article: ArticleText, known: ReadonlySet<string>): NamedShortForm[] {
  // Compiled once per process: the word after a short form, anchored.
  naming ??= cues('short-forms')
    .filter((cue) => typeof cue.meta.names === 'string')
    .map((cue) => ({ cue, next: new RegExp(`^\\s+(?:${cue.source})(?![\\p{L}-])`, 'iu') }));
  const named: NamedShortForm[] = [];
  for (const sentence of article.sentences) {
    const text = clean(sentence.text);
    for (const match of text.matchAll(ABBREVIATION)) {
      const short = match[0];
      if (known.has(short) || isEverydayShortForm(short) || named.some((form) => form.short === short)) continue;
      const after = text.slice(match.index + short.length);
      const cue = naming.find((candidate) => candidate.next.test(after))?.cue;
      if (cue) named.push({ short, names: String(cue.meta.names), source: sourceRef(sentence), rule: cue.id });
    }
  }
  return named;
}

export function deriveAcronyms(facts: Omit<Facts, 'derived'>, article: ArticleText): DerivedFacts['acronyms'] {
  const found: Acronym[] = [];
  for (const sentence of article.sentences) {
    const text = clean(sentence.text);
    for (const match of text.matchAll(new RegExp(`\\(${SHORT}[);]|,\\s+or\\s+${SHORT}\\b`, 'g'))) {
      const short = match[1] ?? match[2]!;
      if (!hasTwoCapitals(short) || found.some((a) => a.short === short)) continue;
      const long = expansion(text.slice(0, match.index), short);
      if (long) found.push({ short, long, source: sourceRef(sentence) });
    }
    for (const match of text.matchAll(LONG_AFTER)) {
      const [, short, long] = match;
      if (!short || !long || !hasTwoCapitals(short) || found.some((a) => a.short === short)) continue;
      if (spelledOutAfter(short, long)) found.push({ short, long, source: sourceRef(sentence) });
    }
    for (const match of text.matchAll(TITLED_AFTER)) {
      const [, short, long] = match;
      if (!short || !long || !hasTwoCapitals(short) || found.some((a) => a.short === short)) continue;
      if (expansion(long, short) === long) found.push({ short, long, source: sourceRef(sentence) });
    }
  }
  const defined = new Set(found.map((a) => a.short));
  const intervention = interventionAcronym(facts);
  const basis = found.length > 0 ? `defined in the text as “long name (SHORT)”` : 'no short forms defined in the text';
  return {
    ...derivedFact(
      found,
      intervention ? `${basis}; the intervention is called ${intervention}` : basis,
      found.map((a) => a.source),
    ),
    intervention,
    named: namedShortForms(article, defined),
  };
}
