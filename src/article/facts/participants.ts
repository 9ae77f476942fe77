// How many people the main study enrolled, and who they were. Candidates are counts
// next to a people noun; sentences about the study's own conduct score up, plans,
// later trials, earlier or second studies, subgroups, outcome counts and background
// statistics score down, and the best, earliest one wins. Abstains when no count is
// clearly an enrolment.
import type { CountFact, TextFact } from '../schema.js';
import { findNumbers, findProportions } from '../numbers.js';
import type { Sentence } from '../sentences.js';
import {
  ALSO_STUDIED,
  BACKGROUND,
  FUTURE,
  OTHER_INDICATION,
  OTHER_STUDY,
  quotedShare,
  refOf,
  textFact,
  type ArticleText,
} from './context.js';

const PEOPLE_NOUN = String.raw`(?:participants|patients|people|persons|volunteers|adults|children|adolescents|teenagers|subjects|individuals|men and women|women and men|men|women|infants|babies|newborns|mothers|pregnant women|veterans|smokers|residents|survivors|students|girls|boys|cases|users|recipients|donors|athletes|workers|nurses|doctors|physicians|families|couples|twins|older adults|seniors)`;
/** Words that may stand between a count and its people noun: "122 Stage I and Stage II women", "24 adult volunteers". */
const BETWEEN = String.raw`(?:(?!(?:of|in|at|for|from|to|with|who|were|was|had|have|has|per|each|than|by|on|during|after|before|received|got|took|died|years?|months?|weeks?|days?|percent)\b)[\w’'-]+\s+){0,5}?`;
const PEOPLE_PREFIX = new RegExp(String.raw`^\s+${BETWEEN}${PEOPLE_NOUN}`, 'i');
const PEOPLE_AFTER = new RegExp(String.raw`^\s+${BETWEEN}${PEOPLE_NOUN}\b`, 'i');
const ENROLMENT =
  /\b(?:involv\w*|enrol\w*|includ\w*|recruit\w*|randomi[sz]\w*|randomly assigned|assigned|studied|tested|evaluated in|established in|a total of|total of|trials? (?:of|with|in|involving)|stud(?:y|ies) (?:of|with|in|involving)|cohort of|sample of|took part|participated|signed up)\b/i;
const OUTCOME_COUNT =
  /^\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)|(?:\w+\s+){0,2}(?:died|had|experienced|developed|reported|achieved|showed|responded|required|needed))/i;

interface Candidate {
  sentence: Sentence;
  raw: string;
  value: number;
  score: number;
}

export function extractParticipants(article: ArticleText): { participants: CountFact | null; population: TextFact | null } {
  const candidates: Candidate[] = [];
  for (const sentence of article.body) {
    if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'cell') continue;
    if (quotedShare(sentence.text) > 0.5) continue;
    const parts = new Set(
      findProportions(sentence.text)
        .filter((p) => p.part !== null)
        .map((p) => p.index),
    );
    let sentenceScore: number | null = null;
    for (const number of findNumbers(sentence.text)) {
      if (number.unit !== 'count' || number.value < 2 || !Number.isInteger(number.value)) continue;
      // "10 of 12 participants": 10 is an outcome, the whole is 12.
      if (parts.has(number.index)) continue;
      const after = sentence.text.slice(number.index + number.raw.length, number.index + number.raw.length + 120);
      const isN = /^n\s*=/i.test(number.raw);
      if (!isN && !PEOPLE_AFTER.test(after)) continue;
      sentenceScore ??= scoreOfSentence(sentence.text);
      candidates.push({
        sentence,
        raw: number.raw,
        value: number.value,
        score: sentenceScore + scoreOfMention(sentence.text, number.raw, number.index),
      });
    }
  }
  const best = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)[0];
  if (!best) return { participants: null, population: null };
  const participants: CountFact = { value: best.value, raw: best.raw, source: refOf(best.sentence), origin: 'extracted' };
  return { participants, population: populationOf(best.sentence, best.raw) };
}

/** What the sentence says about the study it describes, the same for every count in it. */
function scoreOfSentence(text: string): number {
  let score = 1;
  if (/\b(?:trials?|study|studies)\b/i.test(text)) score += 2;
  if (ENROLMENT.test(text)) score += 2;
  // "The new phase 2 trial, which enrolled 480 adults": the study the story is about.
  if (/\b(?:the|this|our) (?:new|latest|current|present|larger)\b/i.test(text)) score += 1;
  if (FUTURE.test(text)) score -= 5;
  if (BACKGROUND.test(text)) score -= 4;
  if (OTHER_STUDY.test(text) || OTHER_INDICATION.test(text)) score -= 3;
  if (ALSO_STUDIED.test(text)) score -= 3;
  if (/\b(?:each|per|every) (?:year|month)\b|\bmillion\b/i.test(text)) score -= 2;
  if (/\b(?:died|deaths?)\b/i.test(text)) score -= 2;
  return score;
}

/** What the words around one count say: a total, a subgroup, an outcome. */
function scoreOfMention(text: string, raw: string, index: number): number {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + raw.length, index + raw.length + 120);
  let score = 0;
  if (/^(?:more than|over|about|approximately|nearly|almost|a total of|some)\b/i.test(raw) || /\b(?:a total of|total of)\s*$/i.test(before))
    score += 1;
  if (/^n\s*=/i.test(raw)) score += 2;
  // A subgroup ("the four people who got the sham", "of whom 87 subjects") is smaller than the enrolment.
  if (/\b(?:the|these|those|of whom|of them|of these|among them|including)\s+$/i.test(before)) score -= 2;
  if (/^\s+(?:\w+\s+){0,3}(?:in|of) the [\w-]+ (?:group|arm)\b/i.test(after)) score -= 2;
  // An outcome count ("359 patients (59%)", "12 patients died") is not the enrolment.
  if (OUTCOME_COUNT.test(after.replace(PEOPLE_PREFIX, ''))) score -= 2;
  return score;
}

/** The description that follows the count: "12 participants, all of whom had ...". */
function populationOf(sentence: Sentence, raw: string): TextFact | null {
  const start = sentence.text.indexOf(raw);
  const phrase = sentence.text
    .slice(start)
    .replace(/[.;]$/, '')
    .split(/;|\.\s/)[0]!;
  const words = phrase.split(/\s+/);
  const text = words.length > 40 ? words.slice(0, 40).join(' ') : phrase;
  return textFact(text, sentence);
}
