// Where and when the study was published: a journal named next to "published in",
// "appear in", "reported in" (or set in italics there), and the date nearest to it.
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { textFact, type ArticleText } from './context.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';
import { MONTH_PATTERN as MONTH } from '../../shared/word-lists.js';

const DATE = new RegExp(
  String.raw`\b(?:\d{1,2}\s+${MONTH}(?:,?\s+\d{4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|${MONTH}\s+\d{4}|\d{4}-\d{2}-\d{2})(?!\w)`,
  'g',
);
const MONTH_ONLY = new RegExp(`^${MONTH}$`);
/** A reference's date: "2024 Mar 3". */
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4}\s+${MONTH}\s+\d{1,2})\b`);
/** A reference's year alone, closed by its punctuation: "Lancet Oncology. 2017. doi:…", "JAMA 2016;315:…". */
const YEAR_ONLY = /^(?:19|20)\d{2}(?=[.;,)]|\s*$)/;
/** "(JAMA Pediatr. Published online June 1, 2015. doi:…)": the paper's own date, whatever the journal is called there. */
const PUBLISHED_ONLINE = new RegExp(String.raw`\b[Pp]ublished\s+(?:online|ahead of print|electronically)\s+(?:on\s+)?(${DATE.source})`);
const PUBLISHED =
  /\b(?:published|publish|appears?|appeared|appearing|reported|report|reporting|described|presented|online|writing in|wrote in|write in|according to|study in|paper in)\b/i;
const JOURNAL_NAME = String.raw`(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|in|&|the|[A-Z][\w&'’.-]*))*`;
/** "the July 15 issue of", "this week's edition of", "the Dec. 24/31 issue of the journal": the issue before the name. */
const ISSUE = String.raw`(?:(?:[\w’'./-]+\s+){0,3}?(?:issue|edition)\s+of\s+(?:the\s+)?)?`;
const JOURNAL_AFTER = new RegExp(
  String.raw`\b([Pp]ublished|[Aa]ppears?|[Aa]ppeared|[Aa]ppearing|[Rr]eported|[Dd]escribed)\b(?!\s+to\b)[^.;]*?\b(?:in|by)\s+(?:the\s+)?${ISSUE}(?:(?:esteemed|prestigious|medical|peer-reviewed|scientific)\s+)*(?:journal\s+)?(${JOURNAL_NAME})`,
  'g',
);
/** Cues that name a journal only when the name looks like one: "according to the New England Journal of Medicine". */
const JOURNAL_LOOSE = new RegExp(
  String.raw`\b(?:[Aa]ccording to|[Ww]riting in|[Ww]rote in|[Ww]rite in|[Rr]eporting in|[Rr]eport(?:ed)? in|(?:[Ss]tudy|[Pp]aper|[Rr]eport|[Rr]esearch|[Tt]rial|[Aa]nalysis|[Ff]indings|[Rr]esults|[Aa]rticle|[Ll]etter)\s+(?:[\w-]+\s+){0,2}?in)\s+(?:the\s+)?(?:(?:journal|medical journal)\s+)?(${JOURNAL_NAME})`,
  'g',
);
/**
 * A journal named as the adjective of the paper: "the Lancet Oncology article that preceded
 * the approval", "the JAMA paper". Trusted only when the name looks like a journal's.
 */
const JOURNAL_BEFORE_PAPER = new RegExp(String.raw`\b[Tt]he\s+(${JOURNAL_NAME})\s+(?:article|paper)\b`, 'g');
/** What a journal's name is made of, as against an agency's or a university's. */
const JOURNAL_LIKE =
  /\b(?:Journal|Lancet|JAMA|BMJ|NEJM|Nature|Science|Cell|Annals|Proceedings|PNAS|PLoS|PLOS|Reports|Neurology|Pediatrics|Paediatrics|Oncology|Circulation|Diabetologia|Gut|Thorax|eLife|Medicine|Communications|Letters)\b/;
const ORGANISATION =
  /\b(?:Institutes?|University|Cent(?:er|re)s?|Library|Association|Society|Department|Agency|Administration|Foundation|College|Organi[sz]ation|Hospital|School|Ministry|Office)\b/;
const JOURNAL_WORD = new RegExp(
  String.raw`\b(?:the\s+)?journal\s+(${JOURNAL_NAME})|(${JOURNAL_NAME}),\s+(?:the|a)\s+(?:\w+\s+)?journal\b`,
  'g',
);

export function extractPublication(article: ArticleText): { journal: TextFact | null; published: TextFact | null } {
  // A journal said to publish the paper ("published in the Journal of …") anywhere in the story
  // outranks a name that only looks like a journal's ("according to Johns Hopkins Medicine
  // researchers") in an earlier sentence.
  for (const cues of [STRONG, LOOSE]) {
    for (const sentence of article.body) {
      const journal = journalIn(sentence, cues);
      if (!journal) continue;
      return {
        journal: textFact(journal.name, sentence),
        published: dateNear(sentence, journal.index) ?? citationDate(article, journal.name) ?? onlineDate(article),
      };
    }
  }
  return { journal: null, published: null };
}

/**
 * A reference line gives the date when the story does not: "M.E. Gluck et al. Title.
 * Obesity 4 Nov.", "Smith J, et al. JAMA. 2024 Mar 3", "(Nature, 12 May 2023)".
 */
function citationDate(article: ArticleText, journal: string): TextFact | null {
  const name = escapeRegExp(journal).replace(/\s+/g, String.raw`\s+`);
  const after = new RegExp(String.raw`(?:^|[\s(.,;])${name}[.,;:]?\s+(?:\(\w+\)\s+)?(?=\S)`, 'g');
  const dateAt = (rest: string) => new RegExp(`^(?:${DATE.source})`).exec(rest) ?? YEAR_MONTH_DAY.exec(rest) ?? YEAR_ONLY.exec(rest);
  for (const [i, sentence] of article.body.entries()) {
    for (const match of sentence.text.matchAll(after)) {
      const rest = sentence.text.slice(match.index! + match[0].length);
      const date = dateAt(rest);
      if (date) return textFact(date[0].trim(), sentence);
    }
    // "… AZURE, Lancet Oncology. 2017. Doi:…": the splitter ends a sentence at the name's full
    // stop, so the year opens the next sentence of the same paragraph.
    const next = article.body[i + 1];
    const closing = new RegExp(String.raw`(?:^|[\s(.,;])${name}[.,;:]?$`);
    if (next && next.block === sentence.block && closing.test(sentence.text)) {
      const date = dateAt(next.text);
      if (date) return textFact(date[0].trim(), next);
    }
  }
  return null;
}

/** A citation line that abbreviates the journal still dates the paper: "Published online June 1, 2015". */
function onlineDate(article: ArticleText): TextFact | null {
  for (const sentence of [...article.body, ...(article.furniture ?? [])]) {
    const match = PUBLISHED_ONLINE.exec(sentence.text);
    if (match) return textFact(match[1]!, sentence);
  }
  return null;
}

/** Cues that say a journal published the paper, and those trusted only when the name looks like a journal's. */
const STRONG = [JOURNAL_AFTER, JOURNAL_WORD];
const LOOSE = [JOURNAL_LOOSE, JOURNAL_BEFORE_PAPER];
/** "according to Johns Hopkins Medicine researchers": the name of the researchers' institution, not a journal. */
const BEFORE_RESEARCHERS = /^\s+(?:researchers|scientists|investigators|experts|doctors|physicians|team)\b/;
/** "Her work has appeared in Nature …": the writer's biography names where the writer published, not the paper. */
const WRITER_BIO = /\b(?:his|her|their|my)\s+(?:work|writing|articles?|stories|reporting|essays?)\s+(?:has|have)\s+(?:also\s+)?$/i;

function journalIn(sentence: Sentence, patterns: readonly RegExp[]): { name: string; index: number } | null {
  const { text, block } = sentence;
  const cued = PUBLISHED.test(text) || /\bjournal\b/i.test(text);
  if (!cued && !/\b(?:article|paper)\b/i.test(text)) return null;
  // Italics inside the sentence name a publication more reliably than capitals do.
  for (const [from, to] of cued && patterns === STRONG ? block.emphasis : []) {
    if (from < sentence.start || to > sentence.start + text.length) continue;
    const name = block.text.slice(from, to).trim();
    if (/^[A-Z]/.test(name) && name.split(/\s+/).length <= 10) return { name, index: from - sentence.start };
  }
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const raw = (pattern === JOURNAL_AFTER ? (match[2] ?? '') : (match[1] ?? match[2] ?? '')).trim();
      const name = trimName(raw);
      if (!name || MONTH_ONLY.test(name.split(/\s+/)[0]!) || /^(?:the )?(?:study|trial|journal|online|today|print)$/i.test(name)) continue;
      if (
        (pattern === JOURNAL_LOOSE || pattern === JOURNAL_BEFORE_PAPER) &&
        (!JOURNAL_LIKE.test(name) || (ORGANISATION.test(name) && !/\bJournal\b/.test(name)))
      )
        continue;
      // "reported at the ASCO annual meeting in Chicago": "reported" and "described" name
      // meetings and places as often as journals, so after them the name must look like a
      // journal's ("published in" and "appears in" are trusted as they are).
      if (pattern === JOURNAL_AFTER && /^(?:reported|described)$/i.test(match[1]!) && !JOURNAL_LIKE.test(name)) continue;
      if (pattern === JOURNAL_AFTER && WRITER_BIO.test(text.slice(0, match.index))) continue;
      const index = match.index! + match[0].indexOf(raw);
      if (BEFORE_RESEARCHERS.test(text.slice(index + name.length))) continue;
      return { name, index };
    }
  }
  return null;
}

/** Drops trailing connective words the greedy name pattern may have swallowed. */
function trimName(raw: string): string {
  return raw
    .replace(/^(?:The\s+)(?=[A-Z][a-z]+\s+[A-Z])/, (m) => m)
    .replace(/(\s+(?:of|and|for|in|&|the))+$/i, '')
    .replace(/[.,]$/, '')
    .trim();
}

function dateNear(sentence: Sentence, index: number): TextFact | null {
  const dates = [...sentence.text.matchAll(DATE)];
  if (dates.length === 0) return null;
  const nearest = dates.sort((a, b) => Math.abs(a.index! - index) - Math.abs(b.index! - index))[0]!;
  return textFact(nearest[0], sentence);
}
