// Which findings (results and harms) the brief shows: the plain ones, within a column's
// budget of words, natural frequencies first, each in a place where it reads right; when
// none is plain, the least hard one, so benefits and harms both keep a voice.
import type { Facts, Finding } from '../../article/schema.js';
import { columnsFor } from '../icon-array.js';
import { fitsPatient, hardWords, withinWordLimit } from '../patient-text.js';
import { givesOnlyRelativeChange } from '../plain-finding.js';
import { generated, linesOf } from '../text.js';
import type { FindingItem, Text } from '../view-models.js';
import { wordCount } from '../../shared/count-words.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

// Caps that keep the brief on one sheet (two A4 pages at 12pt) for wordy articles.
export const MAX_RESULTS = 4;
export const MAX_HARMS = 4;
export const MAX_BULLETS = 6;
/** Words per benefits/harms column (each sentence also costs a little for its spacing). */
const MAX_WORDS_PER_COLUMN = 100;

/** Roughly how much column a finding takes, in words of text (an icon row is about five). */
function cost(item: FindingItem): number {
  const words = [...item.sentences, ...item.bullets].reduce((sum, t) => sum + wordCount(t.text, { by: 'spaces' }) + 3, 0);
  const iconRows = item.icons ? Math.ceil(item.icons.total / columnsFor(item.icons.total)) : 0;
  return words + (item.icons ? 5 + iconRows * 5 : 0);
}

/**
 * The findings that fit a column: those with a natural frequency first, then the rest, and
 * those that give only a relative change last (absolute figures tell a patient more);
 * whole and in the article's order (always at least one).
 */
function withinBudget(items: FindingItem[]): FindingItem[] {
  const rank = (item: FindingItem) => (item.lead ? 0 : givesOnlyRelativeChange(item) ? 2 : 1);
  const byPriority = items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
  let used = 0;
  const kept = new Set<number>();
  for (const { item, index } of byPriority) {
    if (kept.size > 0 && used + cost(item) > MAX_WORDS_PER_COLUMN) continue;
    used += cost(item);
    kept.add(index);
  }
  return items.filter((_, index) => kept.has(index));
}

/** A finding that counts or measures something (not just "type 1" or a year in a name). */
export function quantified(finding: Finding): boolean {
  const named = (raw: string) => new RegExp(`\\b(type|phase|stage|grade|class|level)\\s+${escapeRegExp(raw)}\\b`, 'i');
  const counts = finding.numbers.some((n) => n.unit !== 'year' && !named(n.raw).test(finding.text));
  return counts || /\b(all|none)\s+(of\s+)?(the\s+)?(participants|patients|people)\b/i.test(finding.text);
}

/** Every sentence and bullet of a finding is plain enough (a finding is shown whole or not at all). */
function readableItem(item: FindingItem, names: ReadonlySet<string>): boolean {
  const pieces = [...item.sentences, ...item.bullets];
  return pieces.length > 0 && pieces.every((piece) => fitsPatient(piece.text, names));
}

/** Long words in a finding that is short enough but not plain: the fewest is the best fallback. */
function hardness(item: FindingItem, names: ReadonlySet<string>): number {
  return [...item.sentences, ...item.bullets].reduce((sum, piece) => sum + hardWords(piece.text, names).length, 0);
}

const shortEnough = (item: FindingItem) => [...item.sentences, ...item.bullets].every((piece) => withinWordLimit(piece.text));

/**
 * The findings the brief can show: the plain ones (at most `max`, within the column
 * budget). When none is plain, the one with the fewest long words among those within the
 * sentence limit, so benefits and harms both keep a voice; else none.
 */
function readableFindings(items: FindingItem[], max: number, names: ReadonlySet<string>): FindingItem[] {
  const plain = items.filter((item) => readableItem(item, names));
  if (plain.length > 0) return withinBudget(plain.slice(0, max));
  const fallback = items.filter(shortEnough).sort((a, b) => hardness(a, names) - hardness(b, names))[0];
  return fallback ? [fallback] : [];
}

/** The readable findings (see readableFindings) that also read right where they stand. */
export function readableInSequence(
  items: FindingItem[],
  max: number,
  names: ReadonlySet<string>,
  sequence: (items: FindingItem[]) => FindingItem[],
): FindingItem[] {
  let candidates = items;
  for (;;) {
    const chosen = readableFindings(candidates, max, names);
    const kept = sequence(chosen);
    if (kept.length === chosen.length) return kept;
    // What could not stand where it would be shown frees its place for another finding.
    candidates = candidates.filter((item) => !chosen.includes(item) || kept.includes(item));
  }
}

/** What the brief says when the source reports findings but none can be put plainly here. */
export const tooDetailed = (what: string, findings: Facts['results']): Text =>
  generated(
    `The ${what} in the source are too detailed to sum up here. Ask your care team to go over them with you.`,
    linesOf(...findings),
  );
