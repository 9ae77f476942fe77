// Escaping text for use inside a regular expression, in one place (Node 20 has no
// RegExp.escape). The characters are the ones MDN lists for a pattern outside a character
// class; "-" is left alone on purpose, so callers may still turn a literal hyphen or space
// into "[- ]" after escaping (glossary terms, journal names).

/** `value` as a pattern that matches exactly that text: "HDIT/HCT (n=5)" → "HDIT/HCT \(n=5\)". */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
