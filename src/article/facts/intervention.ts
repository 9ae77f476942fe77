// The drug, device or therapy studied, as the source names it, and the sentence that
// says what it is or how it is given. Candidates come from naming patterns common in
// news and press releases ("Rydapt (midostaurin)", "a drug called tirzepatide", "the
// drug orforglipron", "Semaglutide – a drug …", "X is a surgical procedure", "approved
// X"), and from drug names recognisable by their international nonproprietary suffix
// ("-mab", "-nib", "-glutide"…). The one the article names most often, weighted by how
// sure the pattern is, wins.
import nlp from 'compromise';
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { OTHER_STUDY, textFact, type ArticleText } from './context.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

interface Candidate {
  name: string;
  sentence: Sentence;
  weight: number;
  /** Other names the pattern gave for it ("tDCS" for "transcranial direct current stimulation, or tDCS"). */
  aliases: string[];
}

const KIND = String.raw`(?:therapy|treatment|drug|medicine|medication|procedure|surgery|device|system|vaccine|intervention|technique|approach|cell therapy|gene therapy|product|cap|implant|app|tablet|pill|injection|infusion|stimulation|compound|antibody|inhibitor|agent|shot|jab|supplement|program|programme)`;
/** A drug's own name: capitalised (brand) or lower-case (generic), one or two words. */
const DRUG_NAME = String.raw`(?:[A-Z][a-zA-Z0-9-]{2,}(?:\s[A-Z][a-zA-Z0-9-]+)?|[a-z][a-z0-9-]{4,})`;
/** International nonproprietary name stems: a lower-case word ending so is a drug. */
const INN =
  /\b[a-z]{3,}(?:mab|nib|tinib|cept|glutide|glinide|gliflozin|gliptin|serin|pril|sartan|statin|previr|buvir|asvir|tegravir|navir|vudine|ciclovir|parib|lisib|ciclib|olol|azole|cycline|mycin|micin|cillin|floxacin|prazole|tidine|dronate|parin|xaban|gatran|platin|taxel|rubicin|mustine|kinra|lukast|oxetine|azepam|triptan|setron|profen|coxib|dipine|terol|tropium|lutamide|relix|glipron|tirelin|afil|imod|limus|sertib|tide|cel|vir)\b/g;
const NOT_DRUGS = /^(?:peptide|polypeptide|nucleotide|oligonucleotide|intercept|excel|parcel|cancel|novel|level|travel)$/i;

const PATTERNS: { pattern: RegExp; weight: number }[] = [
  // "Rydapt (midostaurin)": brand with generic name in brackets.
  { pattern: /\b([A-Z][a-zA-Z-]{2,}(?:\s[A-Z][a-zA-Z-]+)?)\s\(([a-z][a-z-]{3,}(?:(?:,| and) [a-z][a-z-]{3,})*)\)/g, weight: 3 },
  // "a therapy known as zimislecel", "the treatment, called X (ABBR)", "a drug called tirzepatide"
  // Words are joined by the space between them, never a trailing one, so the shortest
  // name that ends before "and", "in" … wins ("called RSV-preF3 Nova and developed by …").
  {
    pattern: new RegExp(
      String.raw`\b${KIND},?\s+(?:known as|called|named|dubbed)\s+([\w-]+(?:\s[\w-]+){0,11}?(?:\s?\([A-Za-z/-]+\)|(?=[,.;])|(?=\s(?:on|in|for|to|was|is|were|and|with|that|which|as|at|by)\b)))`,
      'gi',
    ),
    weight: 3,
  },
  // "lorcaserin, also known under the trade name of Belviq", "X, also known as Y"
  { pattern: new RegExp(String.raw`\b(${DRUG_NAME}),?\s+(?:also\s+)?(?:known|sold|marketed)\s+(?:as|under)\b`, 'g'), weight: 3 },
  // "Semaglutide – a drug that …", "Tenecteplase, a clot-dissolving medicine, …"
  { pattern: new RegExp(String.raw`\b(${DRUG_NAME})\s*(?:[–—,]|\s-)\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?${KIND}\b`, 'g'), weight: 2 },
  // "The FDA approved Epclusa", "cleared X for marketing"
  { pattern: /\b(?:approved|cleared|authori[sz]ed)\s+(?:the\s+)?([A-Z][a-zA-Z-]+(?:\s[A-Z][a-zA-Z-]+){0,3})/g, weight: 2 },
  // "Coronary artery bypass grafting (CABG) is a surgical procedure", "The X System is indicated"
  {
    pattern: new RegExp(
      String.raw`^(?:The\s+)?([A-Z][\w-]*(?:\s[\w-]+){0,6}?(?:\s\([A-Za-z/-]+\))?)\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}${KIND}\b`,
      'g',
    ),
    weight: 2,
  },
  { pattern: /^(?:The\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*){1,5})\s+is\s+indicated\b/g, weight: 2 },
  // "transcranial direct current stimulation, or tDCS"
  { pattern: /\b((?:[a-z-]+\s){1,5}(?:stimulation|therapy|transplant\w*|surgery|grafting|implant)),\s+or\s+([A-Za-z]{2,8})\b/g, weight: 2 },
  // "the drug Eylea", "the drug orforglipron", "the drug, Semaglutide,"
  {
    pattern: new RegExp(
      String.raw`\b(?:the|a|an|experimental|new|investigational)\s+(?:[\w-]+\s+)?(?:drug|device|vaccine|therapy|medicine|medication|pill|compound|antibody|product)(?:\s+candidate)?,?\s+(${DRUG_NAME})\b`,
      'g',
    ),
    weight: 2,
  },
  { pattern: new RegExp(String.raw`\b(?:drug|product|development) candidate,?\s+(${DRUG_NAME})\b`, 'g'), weight: 2 },
  // "Walking program eases knee pain", "a home walking program reduced knee pain": a named
  // kind of intervention as the subject of an outcome verb.
  {
    pattern: new RegExp(
      String.raw`(?:^|\b(?:a|an|the)\s+)(?:simple|new|novel|short|brief|daily|weekly)?\s*((?:[A-Za-z][\w-]*\s+){0,3}?(?:program|programme|therapy|intervention|exercise|diet|training|surgery|procedure|device|app|technique|stimulation|counsel(?:l)?ing|vaccine|pill|implant|spray|inhaler|patch|cream|gel|drops|supplement|injection|tablet|capsule|shot|jab))\s+(?:eases?|eased|cuts?|reduced?s?|improved?s?|helps?|helped|lowers?|lowered|boosts?|boosted|slows?|slowed|prevents?|prevented|limits?|limited|halves|halved|curbs?|curbed|outperform(?:s|ed)?|beats?)\b`,
      'g',
    ),
    weight: 1,
  },
  // "Phase III trials for Fasenra in patients with …", "a study of X versus placebo"
  {
    pattern: new RegExp(
      String.raw`\b(?:trials?|stud(?:y|ies))\s+(?:of|for|with|testing|evaluating|assessing|comparing)\s+(${DRUG_NAME})\s+(?:in|for|among|versus|vs\.?|against|with|to)\b`,
      'g',
    ),
    weight: 2,
  },
  // "patients who received X", "given X", "taking X"
  {
    pattern: new RegExp(
      String.raw`\b(?:received|receiving|given|taking|took|treated with|prescribed|injected with)\s+(${DRUG_NAME})\b`,
      'g',
    ),
    weight: 1,
  },
];

/**
 * Words a naming pattern can catch that are not treatments. The study's own words count:
 * "the vaccine group", "the drug arm", "the vaccine recipients" name a group of people.
 */
const STOP =
  /^(?:The|This|That|These|It|FDA|U\.S\.|NIH|Food|Today|In|A|An|Researchers|Patients|Participants|People|Doctors|Experts|Scientists|placebo|either|both|treatment|standard|usual|medical|active|only|additional|injections?|doses?|chemotherapy|insulin|which|that|their|being|group|groups|arm|arms|recipients|trial|trials|study|studies|cohort)$/i;
const GENERIC_WORDS = /^(?:drugs?|treatments?|therapy|medicines?|medications?|placebo|surgery)$/i;

type Extracted = { intervention: TextFact | null; description: TextFact | null };
/** Findings ask for the treatment's names too: read each article once. */
const memo = new WeakMap<ArticleText, Extracted>();

export function extractIntervention(article: ArticleText): Extracted {
  let found = memo.get(article);
  if (!found) memo.set(article, (found = findIntervention(article)));
  return found;
}

function findIntervention(article: ArticleText): Extracted {
  const candidates: Candidate[] = [];
  for (const sentence of article.sentences) {
    // A drug named only for an earlier or other study is not the one reported.
    const other = OTHER_STUDY.test(sentence.text) ? 0.5 : 1;
    for (const { pattern, weight } of PATTERNS) {
      for (const match of sentence.text.matchAll(pattern)) {
        const name = cleanName(match[1]!);
        if (!name || STOP.test(name) || STOP.test(name.split(/\s+/)[0]!) || GENERIC_WORDS.test(name) || commonWord(name)) continue;
        const aliases = (match.slice(2).filter(Boolean) as string[]).map((a) => a.trim()).filter((a) => a.length >= 2 && !/\s/.test(a));
        candidates.push({ name, sentence, weight: weight * other, aliases });
      }
    }
    for (const match of sentence.text.matchAll(INN)) {
      if (!NOT_DRUGS.test(match[0])) candidates.push({ name: match[0], sentence, weight: 0.5 * other, aliases: [] });
    }
  }
  if (candidates.length === 0) return { intervention: null, description: null };
  const body = article.sentences.map((s) => s.text).join(' ');
  // Every pattern that names the same treatment adds to it ("the drug orforglipron", "tested orforglipron").
  const byKey = new Map<string, { best: Candidate; weight: number }>();
  for (const candidate of candidates) {
    const key = keyOf(candidate.name);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { best: candidate, weight: candidate.weight });
    else {
      entry.weight += candidate.weight * 0.5;
      entry.best.aliases = [...new Set([...entry.best.aliases, ...candidate.aliases])];
      if (
        candidate.weight > entry.best.weight ||
        (candidate.weight === entry.best.weight && candidate.name.length > entry.best.name.length)
      )
        entry.best = candidate;
    }
  }
  const scored = [...byKey.values()].map(({ best, weight }) => ({
    ...best,
    score: weight * (1 + mentions(body, best.name, best.aliases)),
  }));
  const best = scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)[0]!;
  return { intervention: textFact(best.name, best.sentence), description: describe(article, best.name) };
}

const wordCache = new Map<string, boolean>();

/**
 * A lower-case single word that English already has ("could", "which", "daily") is not a
 * drug's name; compromise's lexicon knows them. Asked per word, so it stays fast.
 */
function commonWord(name: string): boolean {
  if (!/^[a-z][a-z-]+$/.test(name)) return false;
  let known = wordCache.get(name);
  if (known === undefined) {
    const tags = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    known = tags.some((tag) =>
      /^(?:Verb|Modal|Auxiliary|Adverb|Adjective|Preposition|Conjunction|Determiner|Pronoun|Value|Copula|QuestionWord)$/.test(tag),
    );
    wordCache.set(name, known);
  }
  return known;
}

function cleanName(raw: string): string {
  return raw
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,.;:]$/, '')
    .trim();
}

/** Case and brackets aside, the same name: "Semaglutide" and "semaglutide". */
function keyOf(name: string): string {
  return name.replace(/\s*\(.*\)$/, '').toLowerCase();
}

function mentions(text: string, name: string, aliases: string[] = []): number {
  const short = /\(([A-Za-z/-]+)\)$/.exec(name)?.[1];
  const full = name.replace(/\s*\(.*\)$/, '');
  const words = full.split(/\s+/);
  // A coined first word stands for the name ("DigniCap Cooling System" → "DigniCap"); a
  // common noun does not ("Brain stimulation" is not every "brain").
  const head = words.length > 1 && /^[A-Z][a-z]+[A-Z]\w*$|^[A-Z]{3,}$/.test(words[0]!) ? words[0] : undefined;
  const names = [full, short, head, ...aliases].filter(Boolean) as string[];
  return Math.max(...names.map((n) => countWord(text, n)));
}

/** Occurrences of a name as a word (case-insensitive for lower-case names, exact for "tDCS"). */
function countWord(text: string, name: string): number {
  const escaped = escapeRegExp(name);
  const flags = /[A-Z]/.test(name.slice(1)) ? 'g' : 'gi';
  return [...text.matchAll(new RegExp(String.raw`(?<![\w-])${escaped}(?![\w-])`, flags))].length;
}

/** The first sentence that says what the intervention is, or how it is given. */
function describe(article: ArticleText, name: string): TextFact | null {
  const head = name.replace(/\s*\(.*\)$/, '');
  const shortName = /\(([A-Za-z/-]+)\)$/.exec(name)?.[1];
  const WHAT =
    /\b(?:is an?|are|involves?|works by|consists? of|is given|is administered|administered as|infusion of|injected|taken by mouth|tablet|pill|derived|targets|blocks|inhibits)\b/i;
  // A sentence that compares arms or gives a share of people reports a result ("tumors
  // shrank in 41% of patients on the pill compared with 14% …"), not what the treatment is.
  const RESULT = /\b(?:versus|vs\.?|compared (?:with|to))\b|\d\s*(?:%|percent)\s+of\b/i;
  for (const sentence of article.body) {
    const text = sentence.text.toLowerCase();
    const mentionsIt = text.includes(head.toLowerCase()) || (shortName !== undefined && sentence.text.includes(shortName));
    if (mentionsIt && WHAT.test(sentence.text) && !RESULT.test(sentence.text) && !/[“”"]/.test(sentence.text))
      return textFact(sentence.text, sentence);
  }
  return null;
}
