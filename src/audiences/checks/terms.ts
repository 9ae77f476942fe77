// Medical words the patient brief uses must be explained there: every glossary term it
// uses appears in its "Words to know", and every abbreviation is either defined there or
// spelled out in the text ("multiple sclerosis (MS)").
import { ABBREVIATION, isEverydayShortForm } from '../../article/derive/acronyms.js';
import { termsUsed, type Glossary } from '../glossary.js';
import type { PatientBriefModel, Text } from '../view-models.js';

export function undefinedTerms(model: PatientBriefModel, lines: Text[], glossary: Glossary): string[] {
  const body = lines.filter((line) => line.kind !== 'citation').map((line) => line.text);
  const defined = new Set((model.glossary?.terms ?? []).map((term) => term.label.text.toLowerCase()));
  // The treatment's own name ("ValvoGrip") is explained where the brief's "What it is" row says what it is.
  const rows = model.study.rows;
  const treatment = rows.find((row) => row.id === 'treatment')?.value.text.replace(/\.$/, '');
  if (treatment && rows.some((row) => row.id === 'what-it-is')) defined.add(treatment.toLowerCase());
  const missing = new Set<string>();
  // "diabetes" is explained where "type 1 diabetes" is.
  const isDefined = (term: string) => [...defined].some((d) => d === term || d.includes(term));
  for (const entry of termsUsed(glossary, body)) if (!isDefined(entry.term.toLowerCase())) missing.add(entry.term);
  const all = body.join('\n');
  for (const [word] of all.matchAll(ABBREVIATION)) {
    if (/^[IVX]+$/.test(word)) continue; // Roman numerals ("Class II"), not abbreviations
    if (isEverydayShortForm(word)) continue; // "USA", "DNA", "MD": every reader knows them
    if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(word)) continue; // "Pinto-Martin", "Al-Hendy": a double-barrelled name
    if (/^\p{Lu}{8,}$/u.test(word)) continue; // "ANESTHESIOLOGY": a word set in capitals, not a short form
    if (/^[\p{Lu}][\p{Ll}]/u.test(word) && !/\p{Lu}.*\p{Lu}.*\p{Ll}|\p{Ll}.*\p{Lu}/u.test(word.slice(1))) continue; // "McDonald"-style names
    const spelledOut = new RegExp(`\\(${word}\\)|${word} \\(`).test(all);
    if (!spelledOut && !isDefined(word.toLowerCase())) missing.add(word);
  }
  return [...missing];
}
