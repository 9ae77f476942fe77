// The disease or condition studied: noun phrases ending in a disease word (a known
// disease noun, or a medical suffix such as -itis, -osis, -emia, -oma, -pathy), scored by
// how often and how early they appear and whether they follow "to treat", "to reduce",
// "patients with". Phrases that only gloss another ("(advanced liver disease)") or mark
// a subgroup ("with and without cirrhosis") do not count. The body's wording wins over
// the headline's, which is often capitalised or shortened.
import { cueById, cues, firstCue, fragment } from '../cues/cues.js';
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { BACKGROUND, OTHER_STUDY, textFact, type ArticleText } from './context.js';
import { extractIntervention } from './intervention.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

/** First letter either case: headlines capitalise disease names. */
const anyCase = (words: string) => words.replace(/\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);

/** Disease head words (cues/condition.yaml {disease-head}), first letter either case. */
const HEAD_WORDS = anyCase(fragment('condition', 'disease-head').source);
/** Medical suffixes name conditions in any field: "mastocytosis", "neutropenia", "glioma", "cardiomyopathy". */
const SUFFIXED = String.raw`(?:[a-z]+(?:itis|osis|emia|aemia|oma|omas|opathy|pathy|plegia|algia|philia|trophy|penia|cytosis|plasia|lepsy|rrhea|rrhoea|uria))`;
const NOT_CONDITIONS =
  /^(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|apoptosis|diploma|aroma|stoma|soma|coma|sarcoma|homeopathy|osteopathy|naturopathy|empathy|sympathy|apathy|telepathy|idiopathy)$/i;
/**
 * A disease named after a person, written without "disease": "could slow Parkinson's". Only
 * the eponyms writers use alone; "Parkinson's disease" is still read as a modifier and a head.
 */
const EPONYM = String.raw`(?:Parkinson|Alzheimer|Huntington|Crohn)[’']s(?![\w-]|\s+disease\b)`;
const HEAD = String.raw`(?:${HEAD_WORDS}|${SUFFIXED}|${EPONYM})`;
/** Words that narrow a disease name: "type 2", "metastatic", "non-small", "Alzheimer's". */
/**
 * A disease adjective by its medical suffix: "psoriatic", "rheumatic", "ischemic",
 * "allergic", "idiopathic", "psychotic", "neurogenic", "myelodysplastic". Such a word says
 * which disease ("psoriatic arthritis" is not any arthritis), as the listed modifiers do.
 */
const SUFFIXED_MOD = String.raw`(?!(?:dramatic|automatic|systematic|problematic|emphatic|erratic|pragmatic|climatic|static|ecstatic|democratic|diplomatic|energetic|synergic|strategic)\b)[a-z]{2,}(?:iatic|atic|otic|itic|emic|aemic|ergic|pathic|ogenic|trophic|plastic|lytic)`;
/** Listed words that narrow a disease name (cues/condition.yaml {disease-modifier}), or a suffixed adjective. */
const MOD_WORD = String.raw`(?:${SUFFIXED_MOD}|${fragment('condition', 'disease-modifier', '').source})`;
const MODIFIER = String.raw`(?:${MOD_WORD}\s+){0,4}`;
/** A lower-case word that narrows a disease name, alone: the first half of "ovarian and bowel cancer". */
const MOD_ONLY = new RegExp(String.raw`^${MOD_WORD}$`);
// "heart-failure patients": a disease written as one hyphenated modifier is the same disease.
const PHRASE = new RegExp(
  String.raw`\b${MODIFIER}(?:${MOD_WORD}-)?${HEAD}\b(?:\s\([A-Z][A-Za-z]{1,6}\)|\s\((?:[a-z][a-z -]{2,30})\))?`,
  'g',
);
/** Cues before a phrase that make it the condition treated or studied (cues/condition.yaml). */
/** Rules that are not cues before a phrase, but read by their own code. */
const NOT_BEFORE = new Set([
  'condition-disease-phrase',
  'condition-vague-word',
  'condition-symptom-of',
  'condition-organ-of',
  'condition-other-use',
  'condition-usual-use',
  'condition-journal-name',
  'condition-narrowed-after',
  'condition-compared-to',
]);
const CUES = () => cues('condition').filter((cue) => !NOT_BEFORE.has(cue.id));
const OTHER_USE = cueById('condition', 'condition-other-use').regex;
const USUAL_USE = cueById('condition', 'condition-usual-use').regex;
const JOURNAL = cueById('condition', 'condition-journal-name').regex;
const COMPARED = cueById('condition', 'condition-compared-to').regex;
const GENERIC =
  /^(?:disease|the disease|diseases|infections?|pain|headaches?|failure|injury|injuries|disorder|disorders|syndrome|cancer|cancers|attacks?|defects?|deficiency|tumou?rs?|degeneration|dependence|cravings?|damage)$/i;
const SIDE_EFFECTS = /\b(?:side[- ]effects?|adverse (?:events?|reactions?|effects?)|complications? (?:included|include|such as))\b/i;
/** A sentence about a study's conduct or findings ("patients" alone is any sentence about a disease). */
const STUDY = /\b(?:trials?|study|studies|research(?:ers)?|participants?|volunteers|subjects|enrolled|randomi[sz]ed)\b/i;
/** Starting words that are not part of a disease name. */
const LEADING_JUNK =
  /^(?:the|a|an|with|and|of|in|for|to|from|or|their|its|this|that|these|those|who|some|certain|other|new|first|such|In|For|The|But|And|Yet|Today|Most|Many|Some|All|Other|Several|Certain|Patients?|People|Adults?|Children|Women|Men|Americans)\s+/;

/** Findings ask for the condition too (to tell a disease's own words from a harm): read each article once. */
const memo = new WeakMap<ArticleText, TextFact | null>();

export function extractCondition(article: ArticleText): TextFact | null {
  if (!memo.has(article)) memo.set(article, findCondition(article));
  return memo.get(article) ?? null;
}

function findCondition(article: ArticleText): TextFact | null {
  const scores = new Map<
    string,
    {
      score: number;
      sentence: Sentence;
      first: number;
      firstBody: number;
      inBody: boolean;
      rule: string | null;
      abbreviation?: string;
      solid: boolean;
      /** The sentences that name it. */
      named: Set<number>;
    }
  >();
  const body = article.body.map((s) => s.text).join(' ');
  const tiedTo = interventionWords(article);
  for (const sentence of article.sentences) {
    // The disease named where the studied intervention is named is the one it was studied for.
    const tied = tiedTo !== null && tiedTo.test(sentence.text);
    const heading = sentence.block.kind === 'heading';
    const weight = heading ? 3 : sentence.index < 6 ? 2 : 1;
    // Background, or another study's finding ("Other studies have linked this gene to lung disease").
    const background = BACKGROUND.test(sentence.text) || OTHER_STUDY.test(sentence.text);
    // Side effects listed ("side effects included nausea and diarrhea") are not the condition.
    if (SIDE_EFFECTS.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(PHRASE)) {
      let phrase = match[0];
      let start = match.index!;
      for (;;) {
        const cut = LEADING_JUNK.exec(phrase)?.[0].length ?? vagueLength(phrase);
        if (!cut) break;
        phrase = phrase.slice(cut);
        start += cut;
      }
      phrase = phrase.trim();
      // "ovarian and bowel cancer": both halves narrow one disease word, so the pair is the condition.
      const coordinated = /\b([a-z]+(?:-[a-z]+)*),?\s+(?:and|or)\s+$/.exec(sentence.text.slice(0, start));
      if (coordinated && /\s/.test(phrase) && MOD_ONLY.test(coordinated[1]!) && !new RegExp(`^${HEAD}$`).test(coordinated[1]!)) {
        phrase = coordinated[0] + phrase;
        start = coordinated.index;
      }
      // "heart-failure" as a modifier is "heart failure".
      phrase = phrase.replace(new RegExp(String.raw`-(${HEAD})$`), ' $1');
      // Headlines capitalise every word: "Balm For Back Pain" is "Back Pain".
      if (heading) phrase = headlineTrim(phrase, body);
      const head = /\S+$/.exec(phrase.replace(/\s\([^)]*\)$/, ''))?.[0] ?? '';
      // "cancers of the abdominal and pelvic region": a bare disease word narrowed by the body part after it.
      if (GENERIC.test(phrase) && !heading) phrase += organOf(sentence.text.slice(start + phrase.length));
      // "the risk of dying from cancer", "cancer deaths": a bare disease word that people died
      // of names the outcome studied, death from it (the cue before it still reads as written).
      if (GENERIC.test(phrase) && diedOf(sentence.text.slice(0, start), sentence.text.slice(start + phrase.length)))
        phrase = `death from ${phrase.toLowerCase()}`;
      if (GENERIC.test(phrase) || NOT_CONDITIONS.test(head) || phrase.length < 3) continue;
      const before = sentence.text.slice(Math.max(0, start - 200), start);
      // "… and connective tissue, which are known as sarcomas": a gloss of the words before
      // it (here one of a list) is not the condition the story is about.
      if (GLOSS_BEFORE.test(before)) continue;
      // "published in the journal Addiction": a journal's name, not the condition studied.
      if (JOURNAL.test(before)) continue;
      // "a prognosis worse than for many advanced cancer patients": a disease the story
      // compares with, not the one it is about.
      if (COMPARED.test(before)) continue;
      // "the Simmons Cancer Center" names a place, not a disease.
      const after = sentence.text.slice(start + phrase.length, start + phrase.length + 20);
      if (
        /^\s+(?:Cent(?:er|re)|Institute|Foundation|Society|Hospital|Research|Association|Unit|Clinic|Alliance|Council|Network)\b/.test(
          after,
        )
      )
        continue;
      // "the Early Breast Cancer Trialists' Collaborative Group": a title-cased phrase that a
      // capitalised word continues is part of a name, not the disease studied.
      if (!heading && /^(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$/.test(phrase) && /^\s+[A-Z][a-z]/.test(after)) continue;
      // "HPV types", "HPV 31", "HPV-related disease", "the flu vaccine": the name modifies another noun.
      if (/^(?:\s*-?related\b|\s+(?:types?|strains?|vaccines?|\d))/i.test(after)) continue;
      // A gloss in brackets, or a subgroup marked "without", is not the condition studied.
      if (insideBrackets(before) || /\b(?:without|and without|with or without|with and without|excluding|except)\s+$/i.test(before))
        continue;
      const key = phrase
        .toLowerCase()
        .replace(/\s\([^)]*\)$/, '')
        .replace(/[’']/g, "'")
        // "non-small cell lung cancers" and "… cancer" are one condition.
        .replace(
          /\b(cancer|tumou?r|carcinoma|lymphoma|melanoma|infection|disorder|disease|defect|attack|headache|migraine|cataract)s$/,
          '$1',
        )
        .replace(/\binjuries$/, 'injury');
      if (!key || GENERIC.test(key)) continue;
      const cueHit = firstCue(CUES(), before);
      // "it might also be useful for the treatment of asthma": another use someone imagines
      // for it. The phrase still counts as named, but the cue does not say how the story's
      // own study stands to it (treated, prevented), so it gives no rule.
      // "the drug nortriptyline, which has been used to treat depression": what a drug is
      // usually given for, said to introduce it, not what this study tried it for. It is an
      // aside: it gives no rule, weighs as background and never grounds the phrase.
      const usual = USUAL_USE.test(before);
      const imagined = cueHit !== null && (OTHER_USE.test(before) || usual);
      // Named as the thing treated or prevented, in the lede: the strongest evidence there is.
      const cue = cueHit && !usual ? (sentence.index < 6 ? 4 : 2) : 0;
      // A speaker's words count for less, and never give the wording.
      const quoted = insideQuote(before);
      const entry = scores.get(key) ?? {
        score: 0,
        sentence,
        first: sentence.index,
        firstBody: Infinity,
        inBody: false,
        rule: null,
        solid: false,
        named: new Set<number>(),
      };
      // Asides do not count as naming it: onTopic asks whether the story itself is about it.
      if (!background && !quoted && !usual) entry.named.add(sentence.index);
      if (cueHit && !imagined && !entry.rule) entry.rule = cueHit.id;
      entry.abbreviation ??= /\s\(([A-Z][A-Za-z]{1,6})\)$/.exec(phrase)?.[1];
      const aside = background || quoted || usual;
      const bound = tied && !aside ? 2 : 0;
      entry.score += (aside ? 0.5 : 1) * (weight + cue + bound + Math.min(phrase.split(/\s+/).length, 4) * 0.25);
      // Evidence that this is the study's condition, not a speaker's aside or a background figure.
      if (!aside && (heading || cueHit || tied || STUDY.test(sentence.text))) entry.solid = true;
      if (!heading && !quoted && !entry.inBody) {
        entry.inBody = true;
        entry.sentence = sentence;
        entry.firstBody = sentence.index;
      }
      scores.set(key, entry);
    }
  }
  // A defined abbreviation stands for its phrase: every later "MCC" is a mention of
  // "Merkel cell carcinoma (MCC)".
  // Each use weighs as a body mention of the phrase itself would.
  for (const [key, entry] of scores)
    if (entry.abbreviation)
      entry.score += Math.max(0, countOf(body, entry.abbreviation) - 1) * (1 + Math.min(key.split(' ').length, 4) * 0.25);
  // Shorter phrases inside longer ones ("diabetes" in "type 1 diabetes") lend their score.
  const keys = [...scores.keys()];
  for (const key of keys)
    for (const other of keys) if (other !== key && covers(other, key)) scores.get(other)!.score += scores.get(key)!.score * 0.5;
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  // Named only in passing (a quote, a projection, a list of other uses), a phrase does not
  // win: the best one the study itself is about does. A longer or shorter wording of a
  // phrase so named ("type 2 diabetes" for "diabetes") counts.
  const grounded = (key: string) =>
    ranked.some(([other, entry]) => entry.solid && (other.endsWith(key) || key.endsWith(other) || covers(key, other)));
  let best = ranked.find(([key]) => grounded(key));
  if (!best) return null;
  // The headline's wording ("chronic Hepatitis C virus infection") gives way to the body's
  // wording of the same condition ("chronic hepatitis C virus (HCV)").
  // A pair ("ovarian and bowel cancer") is not reworded as one of its halves.
  if (!best[1].inBody && !/ (?:and|or) /.test(best[0])) {
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
  const [key, { sentence, rule }] = best;
  if (!grounded(key) || !(onTopic(key, scores, article.title) || echoed(key, article, scores.get(key)!.named))) return null;
  // A phrase only the headline gives is worded as the body words it (the key), not in capitals.
  const fact =
    namedTogether(key, scores, article) ??
    textFact(sentence.block.kind === 'heading' ? key : (exactIn(sentence.text, key) ?? key), sentence);
  fact.rule = rule ?? cueById('condition', 'condition-disease-phrase').id;
  return symptomOf(fact, sentence) ?? withDeath(fact, sentence);
}

/** Sentences in which two diseases must be joined by "and" or "or" for the pair to be what the story is about. */
const PAIR_SENTENCES = 2;

/**
 * "a test … of Parkinson's disease and dementia with Lewy bodies", again and again: a story
 * about two diseases names them together, so the condition is the pair as the story words it
 * (either one alone tells a reader with the other that it is not about them). The other
 * disease must weigh at least half as much as the chosen one and be joined to it in at
 * least two of the story's own sentences (not quotes or background), so a list that names
 * a disease once beside others ("diabetes and heart disease") does not join.
 */
function namedTogether(key: string, scores: Map<string, { score: number; named: Set<number> }>, article: ArticleText): TextFact | null {
  const best = scores.get(key)!;
  const wording = (k: string) =>
    k
      .split(' ')
      .map((w) => escapeRegExp(w).replace(/'/g, "[’']"))
      .join(String.raw`\s+`) + '(?:s(?![\\w-]))?';
  for (const [other, entry] of [...scores].sort((x, y) => y[1].score - x[1].score)) {
    if (other === key || covers(other, key) || covers(key, other) || entry.score < best.score * 0.5) continue;
    const [a, b] = [wording(other), wording(key)];
    const pair = new RegExp(String.raw`(?<![\w-])(?:${a},?\s+(?:and|or)\s+${b}|${b},?\s+(?:and|or)\s+${a})(?![\w-])`, 'i');
    const together = article.sentences.filter((s) => best.named.has(s.index) && entry.named.has(s.index) && pair.test(s.text));
    const first = together.find((s) => s.block.kind !== 'heading');
    if (together.length >= PAIR_SENTENCES && first) return textFact(pair.exec(first.text)![0], first);
  }
  return null;
}

/** "died of ", "deaths from " before a disease word. */
const DIED_BEFORE = /\b(?:deaths?|dying|died)\s+(?:from|of)\s+$/i;
/** " deaths", " mortality" after one. */
const DEATHS_AFTER = /^[\s-]+(?:deaths?|mortality)\b/i;

function diedOf(before: string, after: string): boolean {
  return DIED_BEFORE.test(before) || DEATHS_AFTER.test(after);
}

/** The sentences at the start of a story (headline, dateline, lede) that say what it is about. */
const LEDE_SENTENCES = 4;

/**
 * A condition the story names in one sentence only, past its lede, is a side remark ("…
 * linked to lung cancer and obstructive lung disease", "can protect against allergies"), not
 * what it is about: a story about a disease names it again, or names it up front. Counted over
 * every wording of it ("type 2 diabetes", "diabetes", its abbreviation); a disease word of it
 * in the headline ("Treating Certain Cancers" for "cancers of the pelvic region") counts too.
 */
function onTopic(key: string, scores: Map<string, { named: Set<number>; abbreviation?: string }>, title: string): boolean {
  const diseaseWord = new RegExp(String.raw`^${HEAD}$`);
  const headline = title.toLowerCase().replace(/s\b/g, '');
  if (
    key
      .split(' ')
      .some((word) => diseaseWord.test(word) && new RegExp(String.raw`\b${escapeRegExp(word.replace(/s$/, ''))}\b`).test(headline))
  )
    return true;
  const named = new Set<number>();
  let abbreviated = false;
  for (const [other, entry] of scores)
    if (covers(other, key) || covers(key, other)) {
      for (const index of entry.named) named.add(index);
      abbreviated ||= entry.abbreviation !== undefined;
    }
  return abbreviated || named.size > 1 || [...named].some((index) => index < LEDE_SENTENCES);
}

/**
 * "age-related cognitive decline", named once late, in a story that keeps saying "cognitive
 * function", "cognition" and "age-related": every word that narrows the disease word comes
 * back elsewhere in the story's own words (not in quotes, background or other studies), so
 * the phrase names what the story is about. Whole words: "airway obstruction" is not "obstructive". A bare disease word ("allergies"), or one narrowed
 * by a word the story never uses again ("obstructive lung disease"), is not echoed.
 */
function echoed(key: string, article: ArticleText, own: Set<number>): boolean {
  const diseaseWord = new RegExp(String.raw`^${HEAD}$`);
  const narrowing = key.split(' ').filter((word) => !diseaseWord.test(word) && word.length >= 4);
  if (narrowing.length === 0) return false;
  const others = article.body
    .filter((s) => !own.has(s.index) && !/[“”"]/.test(s.text) && !BACKGROUND.test(s.text) && !OTHER_STUDY.test(s.text))
    .map((s) => s.text.toLowerCase())
    .join(' ');
  return narrowing.every((word) => new RegExp(String.raw`(?<![\w-])${escapeRegExp(word)}s?(?![\w-])`).test(others));
}

/** "the risk of death or ", "rates of dying and ": the outcome a treatment lessens, named before the condition. */
const DEATH_BEFORE = /\b(?:risks?|rates?|odds|chances?)\s+of\s+((?:death|dying)\s+(?:or|and)\s+)$/i;

/**
 * "reduced the risk of death or kidney damage": the outcome a treatment lessens is both, so
 * the condition keeps death with it (the cue condition-reduce reads past "death or" to find
 * the disease phrase; a title "to reduce kidney damage" alone would leave out the deaths).
 */
function withDeath(fact: TextFact, sentence: Sentence): TextFact {
  if (fact.rule !== 'condition-reduce') return fact;
  const at = sentence.text.indexOf(fact.value);
  const death = at < 0 ? null : DEATH_BEFORE.exec(sentence.text.slice(0, at));
  if (!death) return fact;
  return { ...textFact(sentence.text.slice(at - death[1]!.length, at + fact.value.length), sentence), rule: fact.rule };
}

/**
 * "approved to treat hallucinations and delusions associated with psychosis experienced by
 * some people with Parkinson's disease": what is treated is the symptom, not the disease
 * it comes with (a handout saying "approved for Parkinson's disease" misleads). The
 * condition becomes the sentence's own words from the symptom to the disease.
 */
function symptomOf(fact: TextFact, sentence: Sentence): TextFact | null {
  const at = sentence.text.indexOf(fact.value);
  if (at < 0) return null;
  const match = cueById('condition', 'condition-symptom-of').regex.exec(sentence.text.slice(0, at));
  if (!match?.[1]) return null;
  const start = match.index + match[0].indexOf(match[1]);
  const symptom: TextFact = { ...textFact(sentence.text.slice(start, at + fact.value.length), sentence), rule: 'condition-symptom-of' };
  return symptom;
}

/** "…, which are known as", "…, also called": what follows glosses the words before it. */
const GLOSS_BEFORE = /,\s*(?:which|that)\s+(?:is|are)\s+(?:also\s+)?(?:known as|called)\s+$/i;

const ORGAN_OF = cueById('condition', 'condition-organ-of').regex;

/** The body part that narrows a bare disease word, as the sentence words it (" of the bladder"), or ''. */
function organOf(after: string): string {
  const match = ORGAN_OF.exec(after);
  return match ? match[0].replace(/[\s,.;]+$/, '') : '';
}

/** The length of a vague first word and its space ("difficult-to-reach cancers"), or 0. */
function vagueLength(phrase: string): number {
  const first = /^(\S+)\s+/.exec(phrase);
  return first && cueById('condition', 'condition-vague-word').regex.test(first[1]!) ? first[0].length : 0;
}

/**
 * Headlines capitalise every word, so the phrase pattern takes in words that name no
 * disease ("Balm For Back Pain", "Treating Certain Cancers"). Keep the longest tail of
 * the phrase that the body also uses; with none, the headline's phrase is not evidence.
 */
function headlineTrim(phrase: string, body: string): string {
  const words = phrase.split(/\s+/);
  const grammar = (word: string) => /^(?:for|of|with|in|on|the|a|an|and|to|from|against)$/i.test(word);
  for (let from = 0; from < words.length; from++) {
    // "A Cure For Cancer": a word of grammar inside the tail means its first words are what
    // is said of the disease (a cure, a test), not part of its name.
    if (words.slice(from).some(grammar)) continue;
    const tail = words.slice(from).join(' ');
    const at = body.toLowerCase().indexOf(tail.toLowerCase());
    // The body's wording, so the headline's capitals do not travel: "Back Pain" → "back pain".
    if (at !== -1) return body.slice(at, at + tail.length);
    if (body.toLowerCase().includes(tail.toLowerCase().replace(/\s\([^)]*\)$/, ''))) return tail;
  }
  return '';
}

/** A longer phrase holds a shorter one; a pair holds each half ("ovarian and bowel cancer" holds "ovarian cancer"). */
function covers(longer: string, shorter: string): boolean {
  if (longer.includes(shorter)) return true;
  const pair = /^(.+?),? (?:and|or) (\S+) (.+)$/.exec(longer);
  return pair !== null && `${pair[1]} ${pair[3]}` === shorter;
}

function countOf(text: string, word: string): number {
  return [...text.matchAll(new RegExp(String.raw`\b${word}\b`, 'g'))].length;
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

/** The studied intervention's name and its other names, as a pattern over sentences (null with none). */
function interventionWords(article: ArticleText): RegExp | null {
  const { intervention } = extractIntervention(article);
  if (!intervention) return null;
  const names = intervention.value
    .split(/\s*[()]\s*/)
    .map((n) => n.trim())
    .filter((n) => n.length >= 3);
  if (names.length === 0) return null;
  return new RegExp(names.map((n) => String.raw`(?<![\w-])${escapeRegExp(n)}`).join('|'), 'i');
}
