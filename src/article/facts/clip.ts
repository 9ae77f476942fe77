// A fact's value kept short for a table cell: cut at a word boundary, never mid-word, and
// without a dangling connective ("…, and", "… of the"). Shared by the study details,
// funding and availability extractors.

/** A clause's characters: anything but the end of a sentence ("DRCR.net" keeps its dot). */
export const CLAUSE = String.raw`(?:[^.;]|\.(?=\w))`;

/** Cuts a value to at most `max` characters at a word boundary, dropping a dangling connective. */
export function clip(value: string, max = 140): string {
  let out = value.trim();
  if (out.length > max) out = out.slice(0, out.lastIndexOf(' ', max));
  return out.replace(/[\s,;:]+(?:and|or|of|the|a|an|to|in|for|with|by|at)?$/i, '').replace(/[\s,;:]+$/, '');
}
