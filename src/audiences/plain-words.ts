// Plain-word swaps for the patient brief (NIH/MedlinePlus easy-to-read guidance). Each swap
// keeps the meaning of the source clause: only register changes, never claims. Words with a
// technical meaning ("significantly", "median") are left alone: the glossary explains them.

/**
 * Hype adjectives and adverbs that can go without changing what a clause claims ("an
 * innovative therapy" → "a therapy"). "cure" and friends are not here: they carry the
 * claim, so a clause that holds them is quoted exactly instead (see plain-finding.ts).
 */
const DROPPABLE_HYPE = [
  'breakthrough', 'revolutionary', 'groundbreaking', 'ground-breaking', 'transformative', 'unprecedented',
  'remarkable', 'remarkably', 'astonishing', 'stunning', 'amazing', 'spectacular', 'extraordinary', 'dramatic',
  'dramatically', 'promising', 'innovative', 'cutting-edge', 'state-of-the-art', 'landmark', 'esteemed',
  'game-changing', 'life-changing',
];
const DROPPABLE = `(?<![\\p{L}-])(?:${DROPPABLE_HYPE.join('|')})(?![\\p{L}-])`;

/** Removes droppable hype words before a word, fixing "a"/"an" ("an innovative therapy" → "a therapy"). */
export function dropHype(value: string): string {
  const withArticle = new RegExp(`\\b(a|an)\\s+(?:${DROPPABLE},?\\s+)+(\\p{L})`, 'giu');
  return value
    .replace(withArticle, (_match, article: string, next: string) => {
      const an = /^[aeiou]/i.test(next) ? 'an' : 'a';
      return `${/^A/.test(article) ? an.charAt(0).toUpperCase() + an.slice(1) : an} ${next}`;
    })
    .replace(new RegExp(`${DROPPABLE},?\\s+(?=\\p{L})`, 'giu'), '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bprior to\b/gi, 'before'],
  [/\bpost-(infusion|treatment|transplant|surgery)\b/gi, 'after the $1'],
  [/\bin order to\b/gi, 'to'],
  [/\bthe majority of\b/gi, 'most'],
  [/\ba number of\b/gi, 'some'],
  [/\bin addition\b/gi, 'also'],
  [/\bceased\b/gi, 'stopped'],
  [/\bceases\b/gi, 'stops'],
  [/\bcease\b/gi, 'stop'],
  [/\bapproximately\b/gi, 'about'],
  [/\badditional\b/gi, 'more'],
  [/\badministered\b/gi, 'given'],
  [/\binitiated\b/gi, 'started'],
  [/\bcommenced\b/gi, 'started'],
  [/\b(has|have|had) demonstrated\b/gi, '$1 shown'],
  [/\bdemonstrated\b/gi, 'showed'],
  [/\butiliz(e|ed|es)\b/gi, 'us$1'],
  [/\brequired\b/gi, 'needed'],
  [/\brequires\b/gi, 'needs'],
  [/\brequire\b/gi, 'need'],
  [/\bsufficient\b/gi, 'enough'],
  [/\bnumerous\b/gi, 'many'],
  [/\bsubsequently\b/gi, 'later'],
  [/\bobtained\b/gi, 'got'],
  [/\bobtain\b/gi, 'get'],
  [/\bregarding\b/gi, 'about'],
  [/\bexperienced\b/gi, 'had'],
];

/** Keeps the case of the first letter of what was replaced ("Prior to" → "Before"). */
function keepCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

const PEOPLE_NOUN = /\b(individuals|participants|subjects|patients)\b/gi;
const FUNCTION_WORD =
  /^(the|all|some|most|many|no|none|these|those|several|few|both|other|remaining|of|among|for|in|with|and|or|but|while|when|that|who|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

/**
 * "participants" → "people", except after a name ("Lucentis participants", "Eylea
 * patients"), where the noun names a study group and "people" would blur which one.
 */
function plainPeople(value: string): string {
  return value.replace(PEOPLE_NOUN, (match: string, _noun: string, offset: number) => {
    const before = /(\S+)\s+$/.exec(value.slice(0, offset))?.[1] ?? '';
    const named = /^\p{Lu}/u.test(before) && !FUNCTION_WORD.test(before);
    return named ? match : keepCase(match, 'people');
  });
}

export function plainWords(value: string): string {
  const grouped = dropHype(value).replace(/\b(trial|study) (?:participants|patients|subjects)\b/gi, 'people in the $1');
  let out = plainPeople(grouped);
  for (const [pattern, replacement] of SWAPS) {
    out = out.replace(pattern, (match, ...groups: unknown[]) => {
      const filled = replacement.replace(/\$1/g, typeof groups[0] === 'string' ? groups[0] : '');
      return keepCase(match, filled);
    });
  }
  return out;
}
