// "Stage of research and access": the trial phase and whether people can get the
// treatment now, in words a patient can act on.
import type { Facts, TextFact } from '../../article/schema.js';
import { fitsPatient } from '../patient-text.js';
import { plainWords } from '../plain-words.js';
import { generated, linesOf, notReported, text } from '../text.js';
import type { Row, StageRowId, Text } from '../view-models.js';
import { asSentence, clean } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';
import { plainValue, row } from './rows.js';
import { STAGE_ROWS, type PatientBriefWording } from './sections.js';

export function stageRows(facts: Facts, names: ReadonlySet<string>, wording: PatientBriefWording): Row<StageRowId>[] {
  const phase = facts.phase
    ? text(
        'simplified',
        /phase/i.test(facts.phase.value) ? asSentence(clean(facts.phase.value)) : `Phase ${clean(facts.phase.value)} study.`,
        linesOf(facts.phase),
      )
    : notReported();
  const availability = facts.availability ? availabilityInBrief(facts.availability, names) : notReported();
  const values: Record<StageRowId, Text> = { 'stage-of-research': phase, availability };
  return STAGE_ROWS.map((id) => row(id, values[id], wording));
}

/**
 * A fact meant to be read as a sentence: its value when the extractor kept a whole
 * sentence, else the source sentence it came from (a fragment such as "remain largely
 * unattainable" means nothing alone).
 */
function sentenceOf(fact: TextFact): string {
  const value = clean(fact.value);
  return /^\p{Lu}/u.test(value) && wordCount(value) >= 4 ? value : clean(fact.source.text);
}

const AGENCY = /\b(FDA|EMA|MHRA|Health Canada|European Medicines Agency)\b/;
/** Not a plain "has been approved": negated, hedged or still to come. */
const NOT_YET =
  /\b(not|yet to|could|may|might|will|would|should|seek\w*|pending|await\w*|appl(?:y|ied|ies|ication)|expected|hopes?|plans?)\b/i;

/**
 * When the source's availability sentence is too long for the brief, what it says in a few
 * words: "The FDA has approved it." Only a plain statement of approval or clearance is
 * restated; anything else points to the source.
 */
function availabilityInBrief(fact: TextFact, names: ReadonlySet<string>): Text {
  const lines = linesOf(fact);
  const plain = plainValue(sentenceOf(fact), lines);
  if (fitsPatient(plain.text, names)) return plain;
  const sentence = plainWords(clean(fact.source.text));
  const verb = /\b(approved|approves|cleared|clears|authori[sz]ed)\b/i.exec(sentence);
  if (verb && !NOT_YET.test(sentence.slice(0, verb.index))) {
    const agency = AGENCY.exec(sentence)?.[1];
    const done = /^clear/i.test(verb[1]!) ? 'cleared' : /^author/i.test(verb[1]!) ? 'authorized' : 'approved';
    return generated(`${agency ? `The ${agency}` : 'The regulator'} has ${done} it for the uses named in the source.`, lines);
  }
  return generated('The source says more about this. Ask your care team.', lines);
}
