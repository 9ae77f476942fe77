// No number in a document that is not in the source or computed from it. Every number a
// page shows must appear in a source sentence behind the facts, or be declared by the
// composer as derived (with the arithmetic behind it).
import { findNumbers, findPhases } from '../../article/numbers.js';
import type { Facts } from '../../article/schema.js';
import type { Text } from '../view-models.js';

/** Every number the source sentences behind the facts contain, as values. */
export function sourceNumbers(facts: Facts): Set<number> {
  const values = new Set<number>();
  const add = (text: string) => {
    for (const n of findNumbers(text)) values.add(n.value);
    for (const [digits] of text.matchAll(/\d+(?:[.,]\d+)*/g)) values.add(Number(digits.replace(/,/g, '')));
    // "Phase II" is printed "Phase 2": the phase's number is the source's, in other digits.
    for (const phase of findPhases(text)) for (const part of phase.value.match(/\d/g) ?? []) values.add(Number(part));
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const fact = value as { source?: { text?: unknown }; origin?: unknown; value?: unknown };
      if (fact.source && typeof fact.source.text === 'string') add(fact.source.text);
      // A number computed from the source's numbers (participants summed over the arms) is
      // marked as derived in the facts and says from what: it may be printed too.
      if (fact.origin === 'derived' && typeof fact.value === 'number') values.add(fact.value);
      Object.values(value).forEach(visit);
    }
  };
  visit(facts);
  add(facts.title.value);
  // Release date, embargo, contact and dateline come from the article's own lines too.
  for (const value of Object.values(facts.meta))
    if (typeof value === 'string' && value !== facts.meta.slug && value !== facts.meta.file) add(value);
  return values;
}

export interface UntraceableNumber {
  number: string;
  text: string;
  /** The printed text it is in (whose source lines say where to look). */
  in: Text;
}

export function untraceableNumbers(texts: Text[], allowed: Set<number>): UntraceableNumber[] {
  const problems: UntraceableNumber[] = [];
  for (const text of texts) {
    const derived = new Set(text.derived.map((d) => d.value));
    const mentions = [
      ...findNumbers(text.text).map((n) => ({ raw: n.raw, value: n.value })),
      ...[...text.text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => ({ raw: m[0], value: Number(m[0].replace(/,/g, '')) })),
    ];
    for (const { raw, value } of mentions) {
      if (!allowed.has(value) && !derived.has(value)) problems.push({ number: raw, text: text.text, in: text });
    }
  }
  return problems;
}
