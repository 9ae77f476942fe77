// The drug, device or therapy studied, as the source names it, and the sentence that
// says what it is or how it is given. Candidates come from naming patterns common in
// news and press releases; the one the article mentions most often wins.
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { textFact, type ArticleText } from './context.js';

interface Candidate {
  name: string;
  sentence: Sentence;
  weight: number;
}

const KIND = String.raw`(?:therapy|treatment|drug|medicine|medication|procedure|surgery|device|system|vaccine|intervention|technique|approach|cell therapy|gene therapy|product|cap|implant|app|tablet|injection|infusion|stimulation)`;
const PATTERNS: { pattern: RegExp; weight: number }[] = [
  // "Rydapt (midostaurin)": brand with generic name in brackets.
  { pattern: /\b([A-Z][a-zA-Z-]{2,}(?:\s[A-Z][a-zA-Z-]+)?)\s\(([a-z][a-z-]{3,}(?:(?:,| and) [a-z][a-z-]{3,})*)\)/g, weight: 3 },
  // "a therapy known as zimislecel", "the treatment, called X (ABBR)"
  { pattern: new RegExp(String.raw`\b${KIND},?\s+(?:known as|called|named|dubbed)\s+((?:[\w-]+\s?){1,12}?(?:\([A-Za-z/-]+\)|(?=[,.;])))`, 'gi'), weight: 3 },
  // "The FDA approved Epclusa", "cleared X for marketing"
  { pattern: /\b(?:approved|cleared|authori[sz]ed)\s+(?:the\s+)?([A-Z][a-zA-Z-]+(?:\s[A-Z][a-zA-Z-]+){0,3})/g, weight: 2 },
  // "Coronary artery bypass grafting (CABG) is a surgical procedure", "The X System is indicated"
  { pattern: new RegExp(String.raw`^(?:The\s+)?([A-Z][\w-]*(?:\s[\w-]+){0,6}?(?:\s\([A-Za-z/-]+\))?)\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}${KIND}\b`, 'g'), weight: 2 },
  { pattern: /^(?:The\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*){1,5})\s+is\s+indicated\b/g, weight: 2 },
  // "transcranial direct current stimulation, or tDCS"
  { pattern: /\b((?:[a-z-]+\s){1,5}(?:stimulation|therapy|transplant\w*|surgery|grafting|implant)),\s+or\s+([A-Za-z]{2,8})\b/g, weight: 2 },
  // "the drug Eylea"
  { pattern: /\bthe\s+(?:drug|device|vaccine|therapy)\s+([A-Z][a-zA-Z-]+)/g, weight: 1 },
];

export function extractIntervention(article: ArticleText): { intervention: TextFact | null; description: TextFact | null } {
  const candidates: Candidate[] = [];
  for (const sentence of article.sentences) {
    for (const { pattern, weight } of PATTERNS) {
      for (const match of sentence.text.matchAll(pattern)) {
        const name = cleanName(match[1]!);
        if (name && !STOP.test(name)) candidates.push({ name, sentence, weight });
      }
    }
  }
  if (candidates.length === 0) return { intervention: null, description: null };
  const body = article.sentences.map((s) => s.text).join(' ');
  const scored = candidates.map((c) => ({ ...c, score: c.weight * (1 + mentions(body, c.name)) }));
  const best = scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)[0]!;
  return { intervention: textFact(best.name, best.sentence), description: describe(article, best.name) };
}

const STOP = /^(The|This|That|These|It|FDA|U\.S\.|NIH|Food|Today|In|A|An)$/;

function cleanName(raw: string): string {
  return raw.replace(/^(?:the|a|an)\s+/i, '').replace(/[,.;:]$/, '').trim();
}

function mentions(text: string, name: string): number {
  const short = /\(([A-Za-z/-]+)\)$/.exec(name)?.[1];
  const head = name.replace(/\s*\(.*\)$/, '').split(/\s+/)[0]!;
  const names = [name.replace(/\s*\(.*\)$/, ''), short, head.length > 4 ? head : undefined].filter(Boolean) as string[];
  return Math.max(...names.map((n) => text.split(n).length - 1));
}

/** The first sentence that says what the intervention is, or how it is given. */
function describe(article: ArticleText, name: string): TextFact | null {
  const head = name.replace(/\s*\(.*\)$/, '');
  const shortName = /\(([A-Za-z/-]+)\)$/.exec(name)?.[1];
  const WHAT = /\b(is an?|are|involves?|works by|consists? of|is given|is administered|administered as|infusion of|injected|taken by mouth|tablet|derived)\b/i;
  for (const sentence of article.body) {
    const mentionsIt = sentence.text.includes(head) || (shortName !== undefined && sentence.text.includes(shortName));
    if (mentionsIt && WHAT.test(sentence.text) && !/[“”"]/.test(sentence.text)) return textFact(sentence.text, sentence);
  }
  return null;
}
