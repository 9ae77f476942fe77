// Capitalising a sentence's first word, for every layer (extraction names speakers with it,
// the composers open sentences with it).

/**
 * Uppercases the first letter only when the first word is all lower case, so names such
 * as "tDCS" or "iPhone" keep their spelling.
 */
export function capitalize(value: string): string {
  const match = /^(\s*["“‘(]?)(\p{L})(\S*)/u.exec(value);
  if (!match) return value;
  const [, lead = '', first = '', rest = ''] = match;
  if (/\p{Lu}/u.test(rest)) return value;
  return lead + first.toUpperCase() + value.slice(lead.length + 1);
}
