// Plain-word swaps for the patient brief (NIH/MedlinePlus easy-to-read guidance). Each swap
// keeps the meaning of the source clause: only register changes, never claims. Words with a
// technical meaning ("significantly", "median") are left alone: the glossary explains them.
import { cues } from '../article/cues/cues.js';
import nlp from 'compromise';
import { numberWords } from '../shared/word-lists.js';

/**
 * Hype adjectives and adverbs that can go without changing what a clause claims ("an
 * innovative therapy" → "a therapy"): the hype cues marked `droppable: true` in
 * src/article/cues/hype.yaml. "cure" and friends are not droppable: they carry the claim,
 * so a clause that holds them is quoted exactly instead (see plain-finding.ts).
 */
const DROPPABLE_HYPE = cues('hype').filter((cue) => cue.meta.droppable === true);
const DROPPABLE_WORDS = `(?:${DROPPABLE_HYPE.map((cue) => `(?:${cue.source})`).join('|')})`;
/** The word bare or in scare quotes ('an "unprecedented" impact'): quoted, it is still the praise. */
const DROPPABLE = `(?<![\\p{L}-])(?:["“]${DROPPABLE_WORDS}["”]|${DROPPABLE_WORDS})(?![\\p{L}-])`;
/** "a very dramatic reduction": the word that only strengthens the hype word goes with it (never "a very reduction"). */
const INTENSIFIER = `(?:(?:very|so|really|truly|extremely|quite|highly|most|more|particularly|especially|genuinely)\\s+)?`;
/** "an innovative, state-of-the-art therapy": the article goes with the words. */
const DROPPABLE_AFTER_ARTICLE = new RegExp(`\\b(a|an)\\s+(?:${INTENSIFIER}${DROPPABLE},?\\s+)+(\\p{L})`, 'giu');
const DROPPABLE_BEFORE_WORD = new RegExp(`(?<![\\p{L}-])${INTENSIFIER}${DROPPABLE},?\\s+(?=\\p{L})`, 'giu');

/** Removes droppable hype words before a word, fixing "a"/"an" ("an innovative therapy" → "a therapy"). */
export function dropHype(value: string): string {
  return value
    .replace(DROPPABLE_AFTER_ARTICLE, (_match, article: string, next: string) => {
      const an = /^[aeiou]/i.test(next) ? 'an' : 'a';
      return `${/^A/.test(article) ? an.charAt(0).toUpperCase() + an.slice(1) : an} ${next}`;
    })
    .replace(DROPPABLE_BEFORE_WORD, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

type Replacement = string | ((match: string, ...groups: string[]) => string);

/**
 * The swaps that are data (src/article/cues/plain-words.yaml: a pattern, its plain
 * `replacement` with $1 … for its groups, an example and what it becomes); they run after
 * the swaps below, which need code.
 */
const DATA_SWAPS: ReadonlyArray<readonly [RegExp, Replacement]> = cues('plain-words').map((cue) => {
  if (typeof cue.meta.replacement !== 'string') throw new Error(`cues/plain-words.yaml: ${cue.id} has no replacement`);
  return [new RegExp(cue.regex.source, `${cue.regex.flags.replace('g', '')}g`), cue.meta.replacement] as const;
});

const CODE_SWAPS: ReadonlyArray<readonly [RegExp, Replacement]> = [
  // The agency by its short name (the glossary explains it); "U.S." would also end a
  // sentence for the readability splitter ("The U.S. Food …").
  [/\b(?:the\s+)?(?:U\.\s?S\.|US|United States)\s+Food and Drug Administration(?:\s+\(FDA\))?/gi, 'the FDA'],
  [/\bFood and Drug Administration(?:\s+\(FDA\))?/g, 'FDA'],
  [/\bU\.\s?S\.(?=\s|$)/g, 'United States'],
  // News-day words: "today" means the release date, which a handout does not share.
  [/^Today,\s+(?=the FDA\b)/g, ''],
  [/\b(the FDA) today\b/gi, '$1'],
  [/\bvs\.?(?=\s)/gi, 'versus'],
  [/\b(Dr|Mr|Mrs|Ms|Prof)\.(?=\s)/g, '$1'],
  [/\ba total of\s+(?=\d)/gi, ''],
  [/\bhealth care (?:providers|professionals)\b/gi, 'health care workers'],
  [/\bprior to\b/gi, 'before'],
  [/\bconducted by\b/gi, 'run by'],
  [/\bresided\b/gi, 'stayed'],
  [/\bpost-(infusion|treatment|transplant|surgery)\b/gi, 'after the $1'],
  [/\bin order to\b/gi, 'to'],
  // "a goal of less than 120 mm Hg": under 120.
  [/\bof less than(?=\s+\d)/gi, 'under'],
  // "were identified as being at risk": "identified as at risk" says the same.
  [/\b(identified|classified|regarded) as being\b/gi, '$1 as'],
  [/\bthe majority of\b/gi, 'most'],
  [/\ba number of\b/gi, 'some'],
  // "At three months of age": 3 months old.
  [
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|weeks?|months?|years?) of age\b(?!\s+(?:and|or)\s+(?:older|over|above|up|younger|under))/gi,
    (_m: string, count: string, unit: string) => `${count} ${unit} old`,
  ],
  // "took vitamin C in addition to their prenatal vitamin": on top of it (never "also to").
  [/\bin addition to\b/gi, 'on top of'],
  [/\bin addition\b/gi, 'also'],
  [/\bceased\b/gi, 'stopped'],
  [/\bceases\b/gi, 'stops'],
  [/\bcease\b/gi, 'stop'],
  [/\bapproximately\b/gi, 'about'],
  // Not "pulmonary (or portal, ocular, intracranial) hypertension": high pressure in the lungs'
  // arteries, the liver's vein or the eye is another disease, not high blood pressure.
  [/(?<!\b(?:pulmonary|portal|ocular|intracranial|idiopathic intracranial)\s+)\bhypertension\b/gi, 'high blood pressure'],
  // "an additional 30 minutes" is "another 30 minutes", never "an more 30 minutes".
  [/\b(a)n additional\b/gi, (_match, a: string) => `${a}nother`],
  [/\badditional\b/gi, 'more'],
  [/\badministered\b/gi, 'given'],
  [/\badminister\b/gi, 'give'],
  [/\bthe accumulation of\b/gi, 'a build-up of'],
  // "hormones needed for the production of sperm": for making sperm.
  [/\b(for|in|of|to) the production of\b/gi, '$1 making'],
  [/\baccumulation of\b/gi, 'build-up of'],
  [/\bexcessive\b/gi, 'extra'],
  [/\bsuperior to\b/gi, 'better than'],
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
  [/\bexperiencing\b/gi, 'having'],
  [/\bwho received\b/gi, 'who got'],
  [/\badult people\b/gi, 'adults'],
  // "used alone or in combination with each other": together ("plus each other" says nothing).
  [/\b(?:in combination|combined) with each other\b/gi, 'together'],
  [/\bin combination with\b/gi, 'plus'],
  // "it indeed was able to": a word that only insists adds nothing to the claim.
  [/(?<=\S)\s+indeed(?=\s+\p{Ll})/giu, ''],
  // "a 70 percent reduction in heart failure": a drop in something (not "a dose reduction").
  [/\breduction (in|of)\b/gi, 'drop $1'],
  [/\breductions (in|of)\b/gi, 'drops $1'],
  [/\bco-?administration of\b/gi, 'taking'],
  [/\b(is|are) not recommended\b/gi, '$1 not advised'],
  [/\breceiving\b/gi, 'getting'],
  // Not "previously untreated people" ("before untreated people" garbles it).
  [/\bpreviously\b(?!\s+\w+ed\b)/gi, 'before'],
  [/\bcurrently\b/gi, 'now'],
  [/\bfrequently\b/gi, 'often'],
  [/\bimmediately\b/gi, 'right away'],
  [/\bevaluation of\b/gi, 'study of'],
  [/\bevaluated\b/gi, 'tested'],
  // "monitored for 5 years" is a study's follow-up; otherwise "have to be monitored" means watched, not "followed".
  [/\bmonitored(?=\s+for\b)/gi, 'followed'],
  [/\bmonitored\b/gi, 'watched'],
  [/\b(?:is|are|was|were) associated with\b/gi, (m: string) => `${m.split(/\s+/)[0]} linked to`],
  [/\bmedications?\b/gi, (m: string) => (m.toLowerCase().endsWith('s') ? 'medicines' : 'medicine')],
  // "physical therapy", "speech therapy" name a profession's care, not a treatment tested.
  [
    /(?<!\b(?:physical|occupational|speech|respiratory|massage|behaviou?ral)\s)\btherap(y|ies)\b(?!\s*\()/gi,
    (_m: string, end: string) => (end.toLowerCase() === 'y' ? 'treatment' : 'treatments'),
  ],
  [/\b(?<=[,;]\s)involving\b/gi, 'with'],
  [/^However,\s+/g, 'But '],
  [
    /\boutperform(s|ed)?\b/gi,
    (_m: string, end: string) => (end === 'ed' ? 'did better than' : end === 's' ? 'does better than' : 'do better than'),
  ],
  [/\bcomplications\b/gi, 'problems'],
  [/\bthe occurrence of\b/gi, 'the rate of'],
  [/\b(was|were) similar\b/gi, '$1 about the same'],
  [/\bprovided by\b/gi, 'supplied by'],
  // "decreasing the frequency and/or severity of hallucinations" (a label's outcome wording).
  [/\bthe frequency (?:and\/or|and|or) severity of\b/gi, 'how often and how badly people had'],
  [/\band\/or\b/gi, 'or'],
  // "were judged to have met the endpoint": the assessment is the trial's; the plain claim is "met".
  [/\b(?:was|were) judged to have (?=\w+ed\b|met\b)/gi, ''],
  [/\bdecreasing(?=\s+(?:the|how|its|their)\b)/gi, 'cutting'],
  // "…, he notes.": who "he" is was in a sentence the brief does not print.
  [/,\s+(?:he|she|they)\s+(?:notes|noted|says|said|adds|added|explains|explained)(?=\.?$)/gi, ''],
  [/\bmanufacturers?\b/gi, (m: string) => (m.toLowerCase().endsWith('s') ? 'makers' : 'maker')],
];

const SWAPS = [...CODE_SWAPS, ...DATA_SWAPS];

/** Keeps the case of the first letter of what was replaced ("Prior to" → "Before"). */
function keepCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

const PEOPLE_NOUN = /\b(individuals|participants|subjects|patients)\b(['’](?!\p{L}))?/giu;
const FUNCTION_WORD = new RegExp(
  String.raw`^(the|all|some|most|more|fewer|less|many|no|none|these|those|several|few|both|other|remaining|of|among|for|in|with|and|or|but|while|when|that|who|\d[\d,.]*|${numberWords(1, 12).join('|')})$`,
  'i',
);

/**
 * A word before "patients" that names their disease, care or group ("melanoma", "pediatric",
 * "heart failure", "combination", "mild-symptom") or whose patients they are ("his"):
 * "people" after it reads wrong ("melanoma people", "his people").
 */
const GROUP_MODIFIER =
  /^(?:\p{Ll}[\p{L}-]*(?:oma|itis|osis|emia|ia|ic|ical|-symptom)|cancer|diabetes|failure|stroke|heart|transplant|dialysis|trial|study|control|placebo|combination|surgery|hospital|clinic|disease|asthma|obesity|autism|his|her|their|our|my|your)$/u;

/** A noun before "patients" names whose or which patients they are ("lithium patients"), as an adjective ("older") does not. */
const nounBefore = new Map<string, boolean>();
function namesGroup(word: string): boolean {
  if (!/^\p{Ll}[\p{L}-]+$/u.test(word) || FUNCTION_WORD.test(word)) return false;
  if (!nounBefore.has(word)) {
    const tags = (nlp(`${word} patients`).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    nounBefore.set(word, tags.includes('Noun') && !tags.includes('Adjective'));
  }
  return nounBefore.get(word)!;
}

/**
 * "participants" → "people", except after a name ("Lucentis participants", "Eylea
 * patients"), where the noun names a study group and "people" would blur which one.
 */
function plainPeople(value: string): string {
  return value.replace(PEOPLE_NOUN, (match: string, noun: string, apostrophe: string | undefined, offset: number) => {
    const before = /(\S+)\s+$/.exec(value.slice(0, offset))?.[1] ?? '';
    const named = /^\p{Lu}/u.test(before) && !FUNCTION_WORD.test(before);
    // "melanoma patients", "pediatric patients": a noun or a medical word naming the group
    // reads wrong before "people" ("melanoma people"); a describing word ("older", "treated") does not.
    const modifier = GROUP_MODIFIER.test(before) || namesGroup(before);
    if (named || modifier) return match;
    // "patients’ vision" → "people’s vision".
    return keepCase(noun, apostrophe ? `people${apostrophe}s` : 'people');
  });
}

/**
 * A capitalised word inside a run of capitalised words mid-sentence is part of a name
 * ("Mayo's Human Cell Therapy Lab"): a name is never reworded. (The agency's and titles'
 * own swaps, "Food and Drug Administration" and "Dr.", are names already.)
 */
function insideName(text: string, match: string, offset: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(match)) return false;
  const before = text.slice(0, offset);
  if (/(?:^|[.!?:]["”’)]?)\s*$/.test(before)) return false;
  const previous = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  const next = /^\s+(\S+)/.exec(text.slice(offset + match.length))?.[1] ?? '';
  return [previous, next].some((word) => /^\p{Lu}/u.test(word) && word !== 'I');
}

export function plainWords(value: string): string {
  const grouped = dropHype(value).replace(/\b(trial|study) (?:participants|patients|subjects)\b/gi, 'people in the $1');
  let out = plainPeople(grouped);
  for (const [pattern, replacement] of SWAPS) {
    out = out.replace(pattern, (match, ...groups: unknown[]) => {
      const offset = groups.find((g) => typeof g === 'number') as number;
      if (insideName(out, match, offset)) return match;
      // Captured groups come before the match offset (a number) in the arguments.
      const strings = groups
        .slice(
          0,
          groups.findIndex((g) => typeof g === 'number'),
        )
        .map((g) => (typeof g === 'string' ? g : ''));
      const filled =
        typeof replacement === 'function'
          ? replacement(match, ...strings)
          : replacement.replace(/\$(\d)/g, (_ref, n: string) => strings[Number(n) - 1] ?? '');
      return keepCase(match, filled);
    });
  }
  out = out.replace(/\s{2,}/g, ' ').replace(/^\s+/, '');
  // A swap at the start ("Today, the FDA …" → "the FDA …") keeps the sentence's capital.
  return /^\p{Lu}/u.test(value.trim()) && /^\p{Ll}/u.test(out) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
