// Quotations exactly as in the source, with who said them (name, role, affiliation), and
// which of them a one-page digest prints first.
import type { Facts, Quote } from '../article/schema.js';
import { generated, linesOf, text } from './text.js';
import type { QuoteItem } from './view-models.js';

/** A part of the attribution without stray commas or spaces at its ends ("senior author,"). */
const tidy = (part: string | null): string => (part ?? '').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');

/** A group named in place of a person ("the scientists", "researchers", "the study's authors"): no one to attribute to. */
const GROUP_SPEAKER =
  /^(?:the\s+)?(?:study(?:['’]s)?\s+|research\s+)?(?:scientists|researchers|authors|investigators|team|doctors|experts|officials|company|companies|organi[sz]ers|study authors)$/i;

export const isGroupSpeaker = (speaker: string | null): boolean => speaker !== null && GROUP_SPEAKER.test(tidy(speaker));

export function quoteItem(quote: Quote): QuoteItem {
  const lines = linesOf(quote);
  // A trailing comma belongs to the sentence the quote sat in ("…time," Dr. X said), not
  // to the words quoted; everything else is kept exactly.
  const words = quote.text.trim().replace(/,$/, '');
  const speaker = tidy(quote.speaker);
  const role = tidy(quote.role);
  const affiliation = tidy(quote.affiliation);
  // An affiliation the role already names ("chief executive of the Institute of Cancer
  // Research") is not printed a second time.
  const named = (within: string, part: string) => part !== '' && within.toLowerCase().includes(part.toLowerCase());
  const who = [role, named(`${speaker} ${role}`, affiliation) ? '' : affiliation].filter((part) => part !== '');
  // "the scientists" is not a speaker's name: it is printed as the source's words, and as no one named.
  const group = isGroupSpeaker(speaker);
  const attribution = group
    ? [`Attributed to “${speaker}” (no speaker named in the source)`, ...who].join(', ')
    : speaker
      ? [speaker, ...who].join(', ')
      : ['Speaker not named in the source', ...who].join(', ');
  return { text: text('quote', words, lines), attribution: generated(attribution, lines) };
}

/** The study's own people ("lead author", "one of the researchers", "principal investigator"). */
const STUDY_AUTHOR =
  /\b(?:(?:lead|senior|first|co-?lead|corresponding|co-?)\s*author|authors?\s+of|investigator|one of the researchers|led the (?:study|research|trial)|study leader)\b/i;
/** A company's or an investor's people: they speak for the product. */
const COMPANY_ROLE =
  /\b(?:CEO|chief executive officer|chairman|chairwoman|(?:vice\s+)?president|founder|co-founder|chief \w+ officer|general partner|managing (?:director|partner)|business development|head of (?:development|marketing|sales)|spokes(?:man|woman|person)|investors?)\b|['’]s chief\b/i;
const COMPANY_NAME =
  /\b(?:Inc|Ltd|LLC|Corp|GmbH|plc|Therapeutics|Pharmaceuticals?|Pharma|Biotech|Biosciences|Partners|Ventures|Capital)\b\.?/i;
/** Institutions whose heads ("chief executive of the Institute of Cancer Research") are no company's people. */
const INSTITUTION =
  /\b(?:universit|institut|hospital|college|school|clinic|cent(?:er|re)|foundation|society|association|agency|administration|council|NHS|NIH|FDA|CDC)/i;

const lastName = (speaker: string) =>
  tidy(speaker)
    .replace(/,.*$/, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))
    .pop()
    ?.toLowerCase() ?? '';

/**
 * How a quote ranks for a digest that prints only a few: the study's own people and
 * independent experts first, then others named, then a company's or an investor's people,
 * then a group ("the scientists"); ties keep the article's order.
 */
function standing(quote: Quote, independent: ReadonlySet<string>): number {
  const speaker = tidy(quote.speaker);
  if (!speaker || isGroupSpeaker(speaker)) return 4;
  const about = `${tidy(quote.role)} ${tidy(quote.affiliation)}`;
  const company = (COMPANY_ROLE.test(about) || COMPANY_NAME.test(about)) && !(INSTITUTION.test(about) && !COMPANY_NAME.test(about));
  if (company) return 3;
  if (independent.has(lastName(speaker)) || STUDY_AUTHOR.test(about)) return 0;
  return 1;
}

/**
 * Up to `max` quotes: the best-standing first, one per speaker before anyone is quoted twice,
 * so a company's chief executive does not fill the page while an independent expert waits.
 */
export function chooseQuotes(facts: Facts, max: number): Quote[] {
  const independent = new Set(facts.independentExperts.map((e) => lastName(e.speaker ?? '')).filter((n) => n !== ''));
  const ranked = facts.quotes
    .map((quote, index) => ({ quote, index, rank: standing(quote, independent) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const chosen: typeof ranked = [];
  const speakers = new Set<string>();
  for (const entry of ranked) {
    const who = tidy(entry.quote.speaker).toLowerCase();
    if (chosen.length < max && !speakers.has(who)) {
      chosen.push(entry);
      speakers.add(who);
    }
  }
  for (const entry of ranked) if (chosen.length < max && !chosen.includes(entry)) chosen.push(entry);
  return chosen.map((entry) => entry.quote);
}
