// Words that oversell research. They must never appear in text we write; the article's
// own headline may still be quoted in the citation.
export const HYPE_WORDS = [
  'breakthrough',
  'breakthroughs',
  'cure',
  'cures',
  'cured',
  'miracle',
  'miraculous',
  'game-changer',
  'game changer',
  'game-changing',
  'revolutionary',
  'revolutionize',
  'revolutionise',
  'groundbreaking',
  'ground-breaking',
  'landmark',
  'life-changing',
  'life-saving',
  'lifesaving',
  'transformative',
  'wonder drug',
  'magic bullet',
  'unprecedented',
  'remarkable',
  'astonishing',
  'stunning',
  'dramatic',
  'dramatically',
  'paradigm shift',
  'holy grail',
  'silver bullet',
  'promising',
  'hope',
  'hopes',
  'hopeful',
];

const PATTERN = new RegExp(`\\b(${HYPE_WORDS.map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|')})\\b`, 'gi');

export function findHype(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[0]);
}
