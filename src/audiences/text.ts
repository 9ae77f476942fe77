// Building `Text` values and reading them back out of a view model. Composers make every
// visible string through these helpers, so "what is printed" is always recoverable from the
// model alone (the readability, hype and number-provenance checks read it from here).
import type { SourceRef } from '../article/schema.js';
import type { DerivedNumber, Text, TextKind } from './view-models.js';

type LineSource = number | SourceRef | { source: SourceRef } | null | undefined;

function lineOf(from: LineSource): number | null {
  if (from == null) return null;
  if (typeof from === 'number') return from;
  if ('line' in from) return from.line;
  return from.source.line;
}

/** Sorted unique lines from facts, refs or plain line numbers. */
export function linesOf(...from: LineSource[]): number[] {
  const lines = new Set<number>();
  for (const item of from) {
    const line = lineOf(item);
    if (line !== null) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

export function formatRef(lines: readonly number[]): string {
  return lines.map((line) => `L${line}`).join(', ');
}

export function text(kind: TextKind, value: string, lines: readonly number[] = [], derived: readonly DerivedNumber[] = []): Text {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  return { text: value, kind, lines: sorted, ref: formatRef(sorted), derived: [...derived] };
}

export const heading = (value: string): Text => text('heading', value);
export const generated = (value: string, lines: readonly number[] = [], derived: readonly DerivedNumber[] = []): Text =>
  text('generated', value, lines, derived);

/** The wording every document uses when the article does not give a fact. */
export const NOT_REPORTED = 'Not reported in the source.';
export const notReported = (): Text => generated(NOT_REPORTED);

function isText(value: unknown): value is Text {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Text).text === 'string' &&
    typeof (value as Text).kind === 'string' &&
    Array.isArray((value as Text).lines)
  );
}

/**
 * An object's keys in reading order: the parts it lists in `readingOrder` (the patient
 * brief names its order explicitly), then any key it does not list, so nothing printed is
 * ever skipped; an object without one is read in the order its keys were written.
 */
function keysInReadingOrder(value: object): string[] {
  const keys = Object.keys(value);
  const order = (value as { readingOrder?: unknown }).readingOrder;
  if (!Array.isArray(order)) return keys;
  const listed = order.filter((key): key is string => typeof key === 'string' && keys.includes(key));
  return [...listed, ...keys.filter((key) => !listed.includes(key))];
}

/**
 * Every visible `Text` in a view model, in reading order (see keysInReadingOrder). `meta`
 * is document metadata, not page text, and is skipped; so are plain strings such as the
 * icon-array SVG (its label repeats a `Text` beside it), each Text's `ref` line marker and
 * the `readingOrder` list itself.
 */
export function visibleLines(model: object): Text[] {
  const found: Text[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (isText(value)) {
      found.push(value);
    } else if (typeof value === 'object' && value !== null) {
      for (const key of keysInReadingOrder(value))
        if (key !== 'meta' && key !== 'readingOrder') walk((value as Record<string, unknown>)[key]);
    }
  };
  walk(model);
  return found;
}

/**
 * The kinds of text whose reading level is the brief's: everything but a citation (the source's
 * own headline, journal and publisher are a reference to look up, not prose the brief writes;
 * the hype check spares the quoted headline for the same reason).
 */
export const READ_KINDS: readonly Text['kind'][] = ['heading', 'generated', 'simplified', 'source', 'quote'];

/** The printed strings of a view model, one per line/sentence/cell, in reading order. */
export function visibleText(model: object, kinds?: readonly Text['kind'][]): string[] {
  return visibleLines(model)
    .filter((line) => !kinds || kinds.includes(line.kind))
    .map((line) => line.text);
}
