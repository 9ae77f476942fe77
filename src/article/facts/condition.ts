// The disease or condition studied: noun phrases ending in a disease word (a known
// disease noun, or a medical suffix such as -itis, -osis, -emia, -oma, -pathy), scored by
// how often and how early they appear and whether they follow "to treat", "to reduce",
// "patients with". Phrases that only gloss another ("(advanced liver disease)") or mark
// a subgroup ("with and without cirrhosis") do not count. The body's wording wins over
// the headline's, which is often capitalised or shortened.
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { BACKGROUND, textFact, type ArticleText } from './context.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

/** First letter either case: headlines capitalise disease names. */
const anyCase = (words: string) => words.replace(/\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);

const HEAD_WORDS = anyCase(
  String.raw`(?:diabetes|sclerosis|cancers?|leuka?emia|lymphoma|myeloma|disease|disorder|syndrome|psoriasis|hepatitis [A-E](?: virus)?(?: \([A-Z]{2,5}\))?(?: infection)?|infections?|o?edema|obesity|overweight|failure|psychosis|alopecia|hair loss|arthritis|asthma|depression|dementia|stroke|hypertension|epilepsy|migraines?|tumou?rs?|carcinoma|melanoma|ana?emia|fibrosis|dystrophy|atrophy|HIV|AIDS|COVID-19|influenza|flu|insomnia|schizophrenia|autism|eczema|hemophilia|haemophilia|sepsis|malaria|tuberculosis|pneumonia|glaucoma|degeneration|retinopathy|neuropathy|cirrhosis|hallucinations|delusions|pain|headaches?|injury|injuries|defects?|deficiency|addiction|dependence|palsy|attacks?|angina|allergy|allergies|acne|rosacea|vitiligo|lupus|gout|osteoporosis|sickle cell disease|cystic fibrosis|concussion|infertility|incontinence|apnea|apnoea|cataracts?|myopia|hearing loss|vision loss|blindness|deafness|frailty|sarcopenia|preeclampsia|pre-eclampsia|endometriosis|menopause|ADHD|PTSD|OCD|COPD|ALS|RSV|HPV|mpox|measles|cholera|dengue|Ebola|Zika)`,
);
/** Medical suffixes name conditions in any field: "mastocytosis", "neutropenia", "glioma", "cardiomyopathy". */
const SUFFIXED = String.raw`(?:[a-z]+(?:itis|osis|emia|aemia|oma|omas|opathy|pathy|plegia|algia|philia|trophy|penia|cytosis|plasia|lepsy|rrhea|rrhoea))`;
const NOT_CONDITIONS =
  /^(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|apoptosis|diploma|aroma|stoma|soma|coma|sarcoma|homeopathy|osteopathy|naturopathy|empathy|sympathy|apathy|telepathy|idiopathy)$/i;
const HEAD = String.raw`(?:${HEAD_WORDS}|${SUFFIXED})`;
const MODIFIER = String.raw`(?:(?:type [12]|[a-z]+(?:-[a-z]+)+|[A-Z][a-z]+[’']s|[A-Z][a-z]+|acute|chronic|severe|advanced|early|late|moderate(?:-to-severe| to severe)?|mild|relapsing|progressive|metastatic|diabetic|macular|coronary|artery|heart|plaque|breast|lung|prostate|colorectal|pancreatic|ovarian|cervical|skin|liver|kidney|renal|blood|bone|brain|myeloid|lymphoblastic|lymphocytic|multiple|rheumatoid|pulmonary|cardiovascular|ulcerative|bipolar|major|rare|sickle|cell|spinal|muscular|systemic|juvenile|gestational|postpartum|neurodegenerative|autoimmune|infectious|viral|bacterial|fungal|respiratory|alzheimer|parkinson|huntington|non-small|small|hereditary|genetic|congenital|obstructive|sleep|atopic|generalized|generalised|treatment-resistant|drug-resistant|refractory|recurrent|cluster|tension|panic|anxiety|eating|mood|personality|substance|alcohol|opioid|use|stress|post-traumatic|food|peanut|seasonal|gum|urinary|bladder|bowel|irritable|inflammatory|overactive|fatty|alcoholic|celiac|coeliac|thyroid|vascular|venous|peripheral|optic|retinal|hearing|cognitive|motor|neuron|b-cell|t-cell|large|diffuse|follicular|mantle|triple-negative|hormone|head|neck|stomach|gastric|esophageal|oesophageal|uterine|endometrial|testicular|childhood|pediatric|paediatric|adult-onset|late-onset|early-onset|persistent|long|post-covid|chronic obstructive|end-stage|wet|dry|age-related|nonalcoholic|non-alcoholic)\s+){0,4}`;
const PHRASE = new RegExp(String.raw`\b${MODIFIER}${HEAD}\b(?:\s\([A-Z][A-Za-z]{1,6}\)|\s\((?:[a-z][a-z -]{2,30})\))?`, 'g');
const CUE =
  /\b(?:to treat|treatment of|treating|treats?|to reduce|reducing|to prevent|preventing|prevention of|to manage|for (?:the treatment of )?(?:adults? |adult patients |patients |people |children |women |men )?(?:with )?|with|against|living with|diagnosed with|patients with|people with|adults with|children with|suffering from|affected by|who have|who had)\s*$/i;
const GENERIC =
  /^(?:disease|the disease|diseases|infections?|pain|headaches?|failure|injury|injuries|disorder|disorders|syndrome|cancer|cancers|attacks?|defects?|deficiency|tumou?rs?|degeneration|dependence|flu)$/i;
const SIDE_EFFECTS = /\b(?:side[- ]effects?|adverse (?:events?|reactions?|effects?)|complications? (?:included|include|such as))\b/i;
/** Starting words that are not part of a disease name. */
const LEADING_JUNK =
  /^(?:the|a|an|with|and|of|in|for|to|from|or|their|its|this|that|these|those|who|some|certain|other|new|first|such|In|For|The|Today|Patients?|People|Adults?|Children|Women|Men|Americans)\s+/;

export function extractCondition(article: ArticleText): TextFact | null {
  const scores = new Map<string, { score: number; sentence: Sentence; first: number; firstBody: number; inBody: boolean }>();
  for (const sentence of article.sentences) {
    const heading = sentence.block.kind === 'heading';
    const weight = heading ? 3 : sentence.index < 6 ? 2 : 1;
    const background = BACKGROUND.test(sentence.text);
    // Side effects listed ("side effects included nausea and diarrhea") are not the condition.
    if (SIDE_EFFECTS.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(PHRASE)) {
      let phrase = match[0];
      let start = match.index!;
      while (LEADING_JUNK.test(phrase)) {
        const cut = LEADING_JUNK.exec(phrase)![0].length;
        phrase = phrase.slice(cut);
        start += cut;
      }
      phrase = phrase.trim();
      const head = /\S+$/.exec(phrase.replace(/\s\([^)]*\)$/, ''))?.[0] ?? '';
      if (GENERIC.test(phrase) || NOT_CONDITIONS.test(head) || phrase.length < 3) continue;
      const before = sentence.text.slice(Math.max(0, start - 200), start);
      // A gloss in brackets, or a subgroup marked "without", is not the condition studied.
      if (insideBrackets(before) || /\b(?:without|and without|with or without|with and without|excluding|except)\s+$/i.test(before))
        continue;
      const key = phrase
        .toLowerCase()
        .replace(/\s\([^)]*\)$/, '')
        .replace(/[’']/g, "'");
      const cue = CUE.test(before) ? 2 : 0;
      // A speaker's words count for less, and never give the wording.
      const quoted = insideQuote(before);
      const entry = scores.get(key) ?? { score: 0, sentence, first: sentence.index, firstBody: Infinity, inBody: false };
      entry.score += (background || quoted ? 0.5 : 1) * (weight + cue + Math.min(phrase.split(/\s+/).length, 4) * 0.25);
      if (!heading && !quoted && !entry.inBody) {
        entry.inBody = true;
        entry.sentence = sentence;
        entry.firstBody = sentence.index;
      }
      scores.set(key, entry);
    }
  }
  // Shorter phrases inside longer ones ("diabetes" in "type 1 diabetes") lend their score.
  const keys = [...scores.keys()];
  for (const key of keys)
    for (const other of keys) if (other !== key && other.includes(key)) scores.get(other)!.score += scores.get(key)!.score * 0.5;
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  let best = ranked[0];
  if (!best) return null;
  // The headline's wording ("chronic Hepatitis C virus infection") gives way to the body's
  // wording of the same condition ("chronic hepatitis C virus (HCV)").
  if (!best[1].inBody) {
    const [bestKey] = best;
    const bodyForm = ranked.find(
      ([key, entry]) => entry.inBody && key.split(' ').length >= 2 && (bestKey.includes(key) || key.includes(bestKey)),
    );
    if (bodyForm) best = bodyForm;
  }
  // Writers name the condition precisely once, then shorten it: "relapsing-remitting
  // multiple sclerosis (MS)" before "multiple sclerosis". Take the precise form, but only
  // one named no later than the short form: a longer phrase met only after it is a
  // subgroup or a measure ("severe RSV disease" cases, "Monthly migraine days").
  const [bestKey, bestEntry] = best;
  const precise = ranked
    .filter(
      ([key, entry]) =>
        entry.inBody &&
        key !== bestKey &&
        key.endsWith(bestKey) &&
        entry.score >= bestEntry.score * 0.35 &&
        entry.firstBody <= bestEntry.firstBody,
    )
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (precise) best = precise;
  const [key, { sentence }] = best;
  return textFact(exactIn(sentence.text, key) ?? key, sentence);
}

/** The phrase as written in the sentence, with a bracketed abbreviation or gloss that follows it. */
function exactIn(text: string, key: string): string | null {
  const words = key.split(' ').map((w) => escapeRegExp(w).replace(/'/g, "[’']"));
  const pattern = new RegExp(String.raw`${words.join(String.raw`\s+`)}(?:\s\(([^)]{2,32})\))?`, 'i');
  const match = pattern.exec(text);
  if (!match) return null;
  // Keep a bracket only when it abbreviates or glosses the phrase: "(MS)", "(alopecia)", not "(HALT-MS)".
  const bracket = match[1];
  const phrase = match[0].slice(0, bracket === undefined ? undefined : match[0].lastIndexOf(' ('));
  if (bracket === undefined) return match[0];
  const initials = phrase
    .split(/[\s-]+/)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  const capitals = bracket.replace(/[a-z0-9]/g, '');
  const abbreviation = /^[A-Z][A-Za-z0-9]{1,6}$/.test(bracket) && capitals.at(-1) === initials.at(-1) && isSubsequence(capitals, initials);
  const gloss = /^[a-z][a-z -]{2,30}$/.test(bracket);
  return abbreviation || gloss ? match[0] : phrase;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
}

function insideQuote(before: string): boolean {
  return before.lastIndexOf('“') > before.lastIndexOf('”') || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function insideBrackets(before: string): boolean {
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
