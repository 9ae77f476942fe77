// parse → clean → sentences → one extractor per fact kind → editor corrections →
// validated Facts. Pure: the parsed article in, Facts out; problems become messages
// on the VFile with positions and rule ids.
import path from 'node:path';
import type { VFile } from 'vfile';
import { collectBlocks } from './blocks.js';
import { cleanBlocks, type ReleaseMeta } from './clean.js';
import type { ArticleText } from './facts/context.js';
import { extractCondition } from './facts/condition.js';
import { extractCost } from './facts/cost.js';
import { deriveFacts } from './derive/index.js';
import { extractDesign, extractPhase } from './facts/design.js';
import { sortFindings } from './facts/findings.js';
import { extractIndependentExperts } from './facts/independent-experts.js';
import { extractIntervention } from './facts/intervention.js';
import { extractParticipants } from './facts/participants.js';
import { extractPublication } from './facts/publication.js';
import { extractQuotes } from './facts/quotes.js';
import { extractStudyDetails } from './facts/study-details.js';
import type { FrontMatter } from './front-matter.js';
import { rule, type RuleId } from '../shared/rules.js';
import type { ParsedArticle } from './parse.js';
import { applyEditorJudgements } from './derive/editor.js';
import { EDITABLE_TEXT_FIELDS, Facts, type SourceRef, type TextFact } from './schema.js';
import { splitSentences } from './sentences.js';

export function extractFacts(file: VFile, parsed: ParsedArticle): Facts {
  const source = String(file.value);
  const { frontMatter } = parsed;
  const cleaned = cleanBlocks(collectBlocks(parsed.tree, source));
  // Each removal names the rule that removed it (junk-byline, junk-end-marker …).
  for (const { block, reason } of cleaned.removed)
    file.info(`Removed page junk: “${block.text.slice(0, 60)}”`, { place: pointAt(source, block.offsets[0] ?? 0), ...rule(reason) });
  const sentences = splitSentences(cleaned.blocks, source);
  const titleSentence = sentences.find((s) => s.block.kind === 'heading');
  if (!frontMatter.title && !titleSentence)
    file.fail('No title: add `title:` to the front matter or a first-line headline', {
      place: { line: 1, column: 1 },
      ...rule('no-title'),
    });
  const article: ArticleText = {
    title: frontMatter.title ?? titleSentence!.text,
    sentences,
    body: sentences.filter((s) => s.block.kind !== 'heading'),
    endMatter: splitSentences(
      cleaned.removed.filter((r) => r.reason === 'junk-end-marker' && r.block.kind !== 'end-marker').map((r) => r.block),
      source,
    ),
    // "(JAMA Pediatr. Published online June 1, 2015. … Available pre-embargo to the media …)":
    // a line cut as media furniture may still cite the paper.
    furniture: splitSentences(
      cleaned.removed.filter((r) => r.reason === 'junk-press-availability').map((r) => r.block),
      source,
    ),
  };

  const { participants, population } = extractParticipants(article);
  const { intervention, description } = extractIntervention(article);
  const { journal, published } = extractPublication(article);
  const findings = sortFindings(article);
  const details = extractStudyDetails(article);
  const frontMatterLine = (key: string) => lineOfKey(source, key);
  const title: TextFact = frontMatter.title
    ? {
        value: frontMatter.title,
        source: { text: `title: ${frontMatter.title}`, line: frontMatterLine('title'), column: 1 },
        origin: 'editor',
      }
    : {
        value: titleSentence!.text,
        source: { text: titleSentence!.text, line: titleSentence!.line, column: titleSentence!.column },
        origin: 'extracted',
      };

  const extracted: Omit<Facts, 'derived'> = {
    meta: metaOf(file, frontMatter, cleaned.release),
    title,
    intervention,
    interventionDescription: description,
    condition: extractCondition(article),
    population,
    participants,
    phase: extractPhase(article),
    design: extractDesign(article),
    ...details,
    cost: extractCost(article),
    journal,
    published,
    ...findings,
    quotes: extractQuotes(article),
    independentExperts: extractIndependentExperts(article),
    removed: cleaned.removed.map(({ block, reason }) => ({ text: block.text, line: pointAt(source, block.offsets[0] ?? 0).line, reason })),
  };
  applyEditorFacts(extracted, frontMatter, frontMatterLine);
  // Judgements from several facts, made once after the editor's corrections; the editor's own judgements win.
  const facts: Facts = { ...extracted, derived: applyEditorJudgements(deriveFacts(extracted, article), frontMatter, frontMatterLine) };
  warnAboutGaps(file, facts);
  return Facts.parse(facts);
}

/** Editors' `facts:` in front matter win over extraction, and say so. */
function applyEditorFacts(facts: Omit<Facts, 'derived'>, frontMatter: FrontMatter, lineOf: (key: string) => number): void {
  const given = frontMatter.facts ?? {};
  for (const key of EDITABLE_TEXT_FIELDS) {
    const value = given[key];
    if (value === undefined) continue;
    const source: SourceRef = { text: `facts.${key}: ${value}`, line: lineOf(key), column: 1 };
    facts[key] = { value, source, origin: 'editor' };
  }
  if (given.participants !== undefined) {
    const source: SourceRef = { text: `facts.participants: ${given.participants}`, line: lineOf('participants'), column: 1 };
    facts.participants = { value: given.participants, raw: String(given.participants), source, origin: 'editor' };
  }
}

const REQUIRED: { key: keyof Facts; rule: RuleId; what: string }[] = [
  { key: 'intervention', rule: 'no-intervention', what: 'treatment studied' },
  { key: 'condition', rule: 'no-condition', what: 'condition studied' },
  { key: 'participants', rule: 'no-participants', what: 'number of participants' },
  { key: 'phase', rule: 'no-phase', what: 'trial phase' },
  { key: 'journal', rule: 'no-journal', what: 'journal' },
];

/** Abstaining is right when the text is silent, but editors should know. */
function warnAboutGaps(file: VFile, facts: Facts): void {
  for (const { key, rule: id, what } of REQUIRED) {
    if (facts[key] === null) {
      file.message(
        `Found no ${what} in the text; documents will say “not reported”. Add \`facts.${key}\` to the front matter to supply it`,
        {
          place: { line: 1, column: 1 },
          ...rule(id),
        },
      );
    }
  }
  if (facts.results.length === 0)
    file.message('No numeric or outcome results found in the text', {
      place: { line: 1, column: 1 },
      ...rule('no-results'),
    });
}

function metaOf(file: VFile, frontMatter: FrontMatter, release: ReleaseMeta): Facts['meta'] {
  const contact = frontMatter.contact;
  const contactText =
    typeof contact === 'string'
      ? contact
      : contact
        ? [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', ')
        : null;
  const asText = (value: string | Date | undefined) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null));
  return {
    slug: frontMatter.slug ?? path.basename(file.path, path.extname(file.path)),
    file: file.path,
    language: frontMatter.language,
    url: frontMatter.source.url ?? null,
    publisher: frontMatter.source.publisher ?? release.issuer,
    author: frontMatter.source.author ?? null,
    date: asText(frontMatter.source.date) ?? release.date,
    embargo: asText(frontMatter.embargo) ?? release.embargo,
    contact: contactText ?? release.contact,
    dateline: frontMatter.dateline ?? release.dateline,
    releaseLine: release.line,
    endMark: release.endMark,
    wire: release.wire,
  };
}

function pointAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function lineOfKey(source: string, key: string): number {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index === -1 ? 1 : index + 1;
}
