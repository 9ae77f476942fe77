// How many people the main study enrolled, and who they were. Candidates are counts
// next to a people noun; sentences about the study's own conduct score up, plans,
// later trials and background statistics score down, and the best, earliest one wins.
import type { CountFact, TextFact } from '../schema.js';
import { findNumbers } from '../numbers.js';
import type { Sentence } from '../sentences.js';
import { BACKGROUND, FUTURE, refOf, textFact, type ArticleText } from './context.js';

const PEOPLE = String.raw`(?:(?:[a-z-]+|\d+)\s+){0,3}?(?:participants|patients|people|persons|volunteers|adults|children|adolescents|subjects|individuals|men and women|women and men|men|women|infants|babies|newborns|mothers|pregnant women|veterans|smokers|residents|survivors|students|girls|boys|participants)\b`;
const ENROLMENT = /\b(involv\w*|enrol\w*|includ\w*|recruit\w*|randomi[sz]\w*|randomly assigned|assigned|studied|tested|a total of|total of|trial of|study of|trials? with|cohort of|sample of|among)\b/i;

interface Candidate {
  sentence: Sentence;
  raw: string;
  value: number;
  score: number;
}

export function extractParticipants(article: ArticleText): { participants: CountFact | null; population: TextFact | null } {
  const candidates: Candidate[] = [];
  for (const sentence of article.body) {
    for (const number of findNumbers(sentence.text)) {
      if (number.unit !== 'count' || number.value < 2 || !Number.isInteger(number.value)) continue;
      const after = sentence.text.slice(number.index + number.raw.length);
      const isN = /^n\s*=/i.test(number.raw);
      if (!isN && !new RegExp(`^\\s+${PEOPLE}`, 'i').test(after)) continue;
      candidates.push({ sentence, raw: number.raw, value: number.value, score: scoreOf(sentence, number.raw, number.index) });
    }
  }
  const best = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)[0];
  if (!best) return { participants: null, population: null };
  const participants: CountFact = { value: best.value, raw: best.raw, source: refOf(best.sentence), origin: 'extracted' };
  return { participants, population: populationOf(best.sentence, best.raw) };
}

function scoreOf(sentence: Sentence, raw: string, index: number): number {
  const text = sentence.text;
  let score = 1;
  if (/\b(trial|study)\b/i.test(text)) score += 2;
  if (ENROLMENT.test(text)) score += 2;
  if (/^(more than|over|about|approximately|nearly|almost|a total of)\b/i.test(raw) || /\b(a total of|total of)\s*$/i.test(text.slice(0, index))) score += 1;
  if (/\bn\s*=/i.test(raw)) score += 2;
  if (FUTURE.test(text)) score -= 5;
  if (BACKGROUND.test(text)) score -= 4;
  if (/\b(each|per|every) (year|month)\b|\bmillion\b/i.test(text)) score -= 2;
  // A subgroup ("the four people who got the sham") is smaller than the enrolment.
  if (/^\s*(the|these|those|of the)\b/i.test(text.slice(Math.max(0, index - 8), index).trim().split(/\s+/).at(-1) ?? '')) score -= 1;
  if (/\b(died|deaths?)\b/i.test(text)) score -= 2;
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
