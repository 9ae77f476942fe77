// The main message and the call to action, first on the page (STANDARDS.md: main message
// first, in one or two short sentences; a call to action for the reader).
import type { Facts } from '../../article/schema.js';
import { withinWordLimit } from '../patient-text.js';
import { givesOnlyRelativeChange } from '../plain-finding.js';
import { participantsPhrase } from '../plain-numbers.js';
import { conditionName, interventionFirst, interventionLater, interventionShort, isSmallStudy } from '../study.js';
import { generated, linesOf } from '../text.js';
import type { FindingItem, Text } from '../view-models.js';
import { leansBack } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';

/** What was tested, on whom; then the key result, or that no benefit was found (`noBenefit`). */
export function mainMessage(facts: Facts, results: FindingItem[], noBenefit: Text | null): Text[] {
  const full = interventionFirst(facts);
  const short = interventionShort(facts);
  const condition = conditionName(facts);
  const size = facts.participants
    ? `${isSmallStudy(facts) ? 'A small study' : 'A study'} of ${participantsPhrase(facts.participants)} people`
    : 'A study';
  const forCondition = condition ? ` for ${condition}` : '';
  const lines = linesOf(facts.participants, facts.intervention, facts.condition);
  // The full name with its short form first; when that runs long, the short form (the
  // study rows below spell it out), then without the condition.
  const candidates = [
    `${size} tested ${full ?? 'a treatment'}${forCondition}.`,
    short && short !== full ? `${size} tested ${short}${forCondition}.` : null,
    `${size} tested ${full ?? 'a treatment'}.`,
    `${size} tested ${short ?? 'a treatment'}.`,
  ].filter((c): c is string => c !== null);
  const first = candidates.find((c) => withinWordLimit(c)) ?? candidates[candidates.length - 1]!;
  const message = [generated(first, lines)];
  // A trial that found no benefit says so (see composePatientBrief), with no result after it.
  if (noBenefit) {
    message.push(noBenefit);
    return message;
  }
  // The key result: the shortest that leads with a natural frequency, else the first short
  // one; never a sentence that leads into a list it would leave behind, points back to a
  // sentence not shown here ("That translated into …"), or gives a relative change whose
  // note (how many people it means is not known) would stay behind in the findings.
  const opening = (item: FindingItem) =>
    item.sentences[0]?.kind === 'simplified' && item.bullets.length === 0 ? item.sentences[0] : undefined;
  const keyCandidates = results.filter((item) => {
    const sentence = opening(item);
    return (
      sentence !== undefined &&
      withinWordLimit(sentence.text) &&
      !/:$/.test(sentence.text) &&
      !leansBack(sentence.text) &&
      !givesOnlyRelativeChange(item)
    );
  });
  const byLength = (a: FindingItem, b: FindingItem) => wordCount(opening(a)!.text) - wordCount(opening(b)!.text);
  const key = keyCandidates.filter((item) => item.lead).sort(byLength)[0] ?? keyCandidates[0];
  if (key) message.push(opening(key)!);
  return message;
}

export function callToAction(facts: Facts, noBenefit: boolean): Text[] {
  // The main message just above spelled the name out: the short form is enough here.
  const name = interventionLater(facts);
  // No benefit found: asking whether it "could be right for you" would be a false hope.
  const hopeful = name && !noBenefit;
  return [
    generated('Stay on your current treatment plan.'),
    generated(
      hopeful ? `Ask your care team if ${name} could be right for you.` : 'Ask your care team what this news means for you.',
      linesOf(facts.intervention),
    ),
  ];
}
