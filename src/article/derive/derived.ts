// The shape every derived fact shares: its value, the basis in words, and the sentences
// it rests on. One constructor, so every judgement says why and from where.
import type { DerivedFacts, SourceRef } from '../schema.js';

type AnyDerived = NonNullable<DerivedFacts['studyType']>;

export function derivedFact<T>(
  value: T,
  basis: string,
  sources: readonly SourceRef[],
  rule?: string,
): Omit<AnyDerived, 'value'> & { value: T } {
  const unique = sources.filter((ref, i) => sources.findIndex((other) => other.line === ref.line && other.column === ref.column) === i);
  return { value, basis, sources: unique, origin: 'derived', ...(rule ? { rule } : {}) };
}

/** "“in mice” (line 4)": a cue's words as the reader finds them in the source. */
export function quoteOf(match: string, source: SourceRef): string {
  return `“${match.trim()}” (line ${source.line})`;
}
