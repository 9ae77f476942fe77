// Medical words the patient brief uses must be explained there: every glossary term it
// uses appears in its "Words to know", and every abbreviation is either defined there or
// spelled out in the text ("multiple sclerosis (MS)").
import { termsUsed, type Glossary } from '../glossary.js';
import type { PatientBriefModel, Text } from '../view-models.js';

/** HbA1c, FDA, MS, tDCS: words with two or more capitals, at least one after the first letter. */
const ABBREVIATION = /(?<![\p{L}\p{N}-])(?=[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\p{Lu})[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

export function undefinedTerms(model: PatientBriefModel, lines: Text[], glossary: Glossary): string[] {
  const body = lines.filter((line) => line.kind !== 'citation').map((line) => line.text);
  const defined = new Set((model.glossary?.terms ?? []).map((term) => term.label.text.toLowerCase()));
  const missing = new Set<string>();
  // "diabetes" is explained where "type 1 diabetes" is.
  const isDefined = (term: string) => [...defined].some((d) => d === term || d.includes(term));
  for (const entry of termsUsed(glossary, body)) if (!isDefined(entry.term.toLowerCase())) missing.add(entry.term);
  const all = body.join('\n');
  for (const [word] of all.matchAll(ABBREVIATION)) {
    if (/^[IVX]+$/.test(word)) continue; // Roman numerals ("Class II"), not abbreviations
    if (/^[\p{Lu}][\p{Ll}]/u.test(word) && !/\p{Lu}.*\p{Lu}.*\p{Ll}|\p{Ll}.*\p{Lu}/u.test(word.slice(1))) continue; // "McDonald"-style names
    const spelledOut = new RegExp(`\\(${word}\\)|${word} \\(`).test(all);
    if (!spelledOut && !isDefined(word.toLowerCase())) missing.add(word);
  }
  return [...missing];
}
