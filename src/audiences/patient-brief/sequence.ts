// Findings and caveats that point back ("That translated into …", "This difference …",
// "Other markers …", "…, however, …")
// read right only just under the statement they point to: the source sentence before
// them must be shown, and, in a list, be the item just above.
import type { Facts, Finding } from '../../article/schema.js';
import type { FindingItem } from '../view-models.js';
import { answersBefore, clean, leansBack } from '../wording.js';

const before = (a: Finding, b: Finding) =>
  a.source.line < b.source.line || (a.source.line === b.source.line && a.source.column < b.source.column);
const samePlace = (a: Finding, b: Finding) => a.source.line === b.source.line && a.source.column === b.source.column;

/** The statement a finding follows in the source (any kind of fact), or undefined. */
export function antecedentOf(facts: Facts): (finding: Finding) => Finding | undefined {
  const all = [...facts.results, ...facts.harms, ...facts.caveats, ...facts.context, ...facts.nextSteps];
  return (finding) => all.filter((other) => before(other, finding)).sort((a, b) => (before(a, b) ? 1 : -1))[0];
}

/**
 * A caveat that opens by pointing back ("This difference in cardiovascular rates …") reads
 * right only when the statement it points to is in the brief: the source sentence just
 * before it must be one the brief shows.
 */
export function readsInContext(facts: Facts, shown: ReadonlySet<Finding>): (finding: Finding) => boolean {
  const previousOf = antecedentOf(facts);
  return (finding) => {
    if (!leansBack(clean(finding.text))) return true;
    const previous = previousOf(finding);
    return previous !== undefined && [...shown].some((other) => samePlace(other, previous));
  };
}

/**
 * A finding shown in a list that opens by pointing back ("That translated into a 29% lower
 * risk of death") reads right only just under the statement it points to: the finding
 * shown before it must be the source sentence before it. Others go (and a finding leaning
 * on one that went goes too).
 */
export function inSequence(facts: Facts, findingOf: (item: FindingItem) => Finding): (items: FindingItem[]) => FindingItem[] {
  const previousOf = antecedentOf(facts);
  return (items) => {
    const kept: FindingItem[] = [];
    for (const item of items) {
      const finding = findingOf(item);
      const opening = item.sentences[0]?.text ?? '';
      const points = leansBack(clean(finding.text)) || leansBack(opening) || answersBefore(clean(finding.text)) || answersBefore(opening);
      const previous = points ? previousOf(finding) : undefined;
      const above = kept[kept.length - 1];
      if (!points || (previous && above && samePlace(findingOf(above), previous))) kept.push(item);
    }
    return kept;
  };
}
