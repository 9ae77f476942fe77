// Editors' judgements in front matter (`facts: { study_type: observational }`) win over the
// derive stage, and say so: origin "editor", the front-matter line as the source. Values
// are validated with the front matter (front-matter.ts), so a bad one never gets here.
import type { FrontMatter } from '../front-matter.js';
import { EDITABLE_DERIVED_FIELDS, type DerivedFacts, type SourceRef } from '../schema.js';

export function applyEditorJudgements(derived: DerivedFacts, frontMatter: FrontMatter, lineOf: (key: string) => number): DerivedFacts {
  const given = frontMatter.facts ?? {};
  const out: DerivedFacts = { ...derived };
  const ref = (key: string, value: unknown): SourceRef => ({ text: `facts.${key}: ${String(value)}`, line: lineOf(key), column: 1 });
  for (const [key, { key: field }] of Object.entries(EDITABLE_DERIVED_FIELDS)) {
    const value = given[key as keyof typeof EDITABLE_DERIVED_FIELDS];
    if (value === undefined) continue;
    const judgement = { value, basis: 'set by the editor in front matter', sources: [ref(key, value)], origin: 'editor' as const };
    if (field === 'availability')
      out.availability = { ...judgement, value: value as 'approved', agency: derived.availability?.agency ?? null };
    else (out as Record<string, unknown>)[field] = judgement;
  }
  if (given.acronyms !== undefined) {
    const source = ref('acronyms', Object.keys(given.acronyms).join(', '));
    const list = Object.entries(given.acronyms).map(([short, long]) => ({ short, long, source }));
    const name = derived.acronyms.intervention;
    out.acronyms = {
      value: list,
      basis: 'set by the editor in front matter',
      sources: [source],
      origin: 'editor',
      intervention: name && given.acronyms[name] !== undefined ? name : (derived.acronyms.intervention ?? null),
      // What the article only names ("the MADIT-CRT trial") stays, unless the editor spells it out.
      named: derived.acronyms.named.filter((form) => given.acronyms?.[form.short] === undefined),
    };
  }
  return out;
}
