// "Stage of research and access": the trial phase and whether people can get the
// treatment now, in words a patient can act on.
import type { Facts, TextFact } from '../../article/schema.js';
import { fitsPatient } from '../patient-text.js';
import { generated, linesOf, notReported, text } from '../text.js';
import type { Row, StageRowId, Text } from '../view-models.js';
import { asSentence, clean, standsAlone } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';
import { MAX_WORDS } from '../clauses.js';
import { plainValue, row } from './rows.js';
import { availabilityIsAboutTreatment, stageOf, usedForOtherUse, type StoryKind } from './kind.js';
import { STAGE_ROWS, type PatientBriefWording } from './sections.js';

export function stageRows(facts: Facts, story: StoryKind, names: ReadonlySet<string>, wording: PatientBriefWording): Row<StageRowId>[] {
  const phase = facts.phase
    ? text(
        'simplified',
        /phase/i.test(facts.phase.value) ? asSentence(clean(facts.phase.value)) : `Phase ${clean(facts.phase.value)} study.`,
        linesOf(facts.phase),
      )
    : stageInWords(facts, story);
  // An availability sentence about another product ("ACell’s powder … has been approved") says nothing of this one,
  // and one the derive stage could not read as access ("Overall survival data was not yet available") is about something else.
  const aboutAccess = facts.availability !== null && facts.derived.availability !== null && availabilityIsAboutTreatment(facts);
  const availability = withCost(
    facts,
    withRestriction(facts, aboutAccess ? availabilityInBrief(facts, names) : accessInWords(facts, story)),
    names,
  );
  const values: Record<StageRowId, Text> = { 'stage-of-research': phase, availability };
  return STAGE_ROWS.map((id) => row(id, values[id], wording));
}

/** "only available through a restricted program under a Risk Evaluation and Mitigation Strategy (REMS)". */
const RESTRICTED = /\b(?:restricted (?:distribution )?program|Risk Evaluation and Mitigation Strategy|REMS)\b/;

/**
 * An approval that comes with a restricted program: a reader must not take "approved" for
 * ordinary access. The restriction is said after the access line, on the source's word.
 */
function withRestriction(facts: Facts, access: Text): Text {
  const source = [facts.availability, ...facts.harms].find((fact) => fact !== null && RESTRICTED.test(fact.source.text));
  if (!source || /not reported/i.test(access.text)) return access;
  return generated(
    `${access.text.replace(/\s*$/, '')} It is only given through a special program with extra safety steps, the source says.`,
    linesOf(...access.lines, source),
  );
}

/** What costs the price, right before "cost(s)": "cholesterol tests cost around $80", "the actual brain scan costs". */
const COST_SUBJECT =
  /(?:^|,\s+)((?:the\s+|a\s+|an\s+)?(?!(?:which|that|who|it|this|these|they|can|could|would|may|might|will|should|also)\b)[\w-]+(?:\s+(?!(?:which|that|who|can|could|would|may|might|will|should|also)\b)[\w-]+){0,3})\s+(costs?)\s+(?=(?:about|around|roughly|approximately|up to|as much as|nearly|almost|over|under|more than|less than)?\s*[$£€¥\d])/i;

/** "a, b and c". */
const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * What it costs, in the source's own figures (facts.cost): "It costs about $143 a month, the
 * source says." Several prices are listed when each names what it is for ("about $60 for
 * Avastin"); else the source's clause, when a patient can read it; else a pointer to the
 * source's figures. A price the source only expects ("could be on sale soon, at an
 * estimated cost of £17 a month") is said as "could cost".
 */
export function costInWords(facts: Facts, names: ReadonlySet<string>): Text | null {
  const cost = facts.cost;
  if (!cost) return null;
  const lines = linesOf(cost);
  if (cost.free) return generated('It is free, the source says.', lines);
  const verb = cost.hedged ? 'could cost' : 'costs';
  const per = cost.per ? ` ${cost.per}` : '';
  const named = cost.prices.length === 1 || cost.prices.every((price) => /\sfor\s/.test(price));
  // The source's clause loses its own attribution (", the editorial notes"): the brief names the source.
  const clause = clean(cost.value)
    .replace(/[.!]+$/, '')
    .replace(
      /,\s+(?:according to\b.*|(?:the|an?|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:notes?|says?|said|reports?|writes?|estimates?)|(?:says?|said|notes?)\s+.*)$/i,
      '',
    );
  // "Cholesterol tests cost around $80": the clause's own subject, when it names what costs the price.
  const subject = cost.prices.length === 1 ? COST_SUBJECT.exec(clause) : null;
  const who = subject ? `${subject[1]!.charAt(0).toUpperCase()}${subject[1]!.slice(1)} ${subject[2]}` : `It ${verb}`;
  // "It costs …" speaks of the treatment, as the access line before it does; the source's clause must stand alone.
  const forms = [
    ...(named ? [`${who} ${listed(cost.prices)}${per}, the source says.`].filter((form) => fitsPatient(form, names)) : []),
    ...[`${clause}, the source says.`].filter((form) => fitsPatient(form, names) && standsAlone(form)),
  ];
  const fits = forms[0];
  return generated(fits ?? 'The source gives figures for what it costs.', lines);
}

/**
 * The brief's access row also answers "What would it cost?" where the source does (review
 * 15: prices given elsewhere in the source never reached the brief), unless the access line
 * already gives a price.
 */
function withCost(facts: Facts, access: Text, names: ReadonlySet<string>): Text {
  const cost = costInWords(facts, names);
  if (!cost || /[$£€¥]\s?\d|\d\s?(?:¢|cents|dollars|euros|pounds)\b/.test(access.text)) return access;
  return generated(`${access.text.replace(/\s*$/, '')} ${cost.text}`, linesOf(...access.lines, ...cost.lines));
}

/** The derived stage in plain words, for a source that gives no phase. */
const STAGE_WORDS: Record<NonNullable<Facts['derived']['stage']>['value'], string> = {
  laboratory: 'Lab or animal research. It has not been tested in people yet.',
  'early clinical': 'Early research in people.',
  'mid clinical': 'Middle stage of research in people.',
  'late clinical': 'Late stage of research in people.',
  'regulatory review': 'Waiting for approval.',
  approved: 'Approved for use.',
};

/** What the kind of study says of the stage when the derive stage names none. */
const KIND_STAGE: Partial<Record<StoryKind['kind'], string>> = {
  lab: 'Lab or animal research. It has not been tested in people yet.',
  trial: 'Research in people. The source does not give the phase.',
  observational: 'A study that followed people. It did not test a treatment.',
  review: 'A review of earlier studies.',
  none: 'This story does not report a study.',
};

/** A device "cleared" for marketing: the regulator's own word, not "approved" (a different review). */
const cleared = (facts: Facts): boolean => facts.derived.availability?.rule === 'availability-cleared';

function stageInWords(facts: Facts, story: StoryKind): Text {
  const stage = stageOf(facts);
  if (stage?.value === 'approved' && cleared(facts)) return generated('Cleared for sale.', linesOf(...stage.sources));
  if (stage) return generated(STAGE_WORDS[stage.value], linesOf(...stage.sources));
  const words = KIND_STAGE[story.kind];
  return words ? generated(words, story.lines.kind) : notReported();
}

/** When the source has no availability sentence: what an approval or a lab study says of it, else not reported. */
function accessInWords(facts: Facts, story: StoryKind): Text {
  if (story.kind === 'lab') return generated('Not for this use. It has only been tested in the lab or in animals.', story.lines.kind);
  if (usedForOtherUse(facts))
    return generated(
      'It is already used for another condition, the source says. The source does not say it is approved for this one.',
      linesOf(facts.availability, ...(facts.derived.availability?.sources ?? [])),
    );
  if (story.access === 'approved')
    return generated(
      `${story.agency ? `The ${story.agency}` : 'A regulator'} has ${cleared(facts) ? 'cleared it for sale' : 'approved it'}.`,
      story.lines.access,
    );
  // The call to action says "not available outside studies" only on the source's word: this row agrees.
  if (story.access === 'in studies' && story.lines.access.length > 0) return generated('Not yet, the source says.', story.lines.access);
  return notReported();
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

/** A price as the source gives it: "about $125 a session", "$45 to $350 or more", "£17 a month". */
const PRICE =
  /(?:(?:about|around|roughly|up to|as much as|nearly|almost|under|over|more than)\s+)?[$£€]\s?\d[\d,.]*(?:\s*(?:to|-|–)\s*[$£€]?\s?\d[\d,.]*)?(?:\s+or more)?(?:\s+(?:a|per|each)\s+(?:session|month|year|week|day|dose|injection|tablet|pill|visit|treatment|scan|test|course))?/i;

/**
 * "Some insurance companies cover acupuncture, which costs about $125 a session", "massage is
 * not covered by insurance": the derive stage read who pays (people can get it, for a price).
 * The brief says so in a few words, with the price when the same sentence gives one, so the
 * reader's "What would it cost?" is answered where the source answers it.
 */
function whoPays(rule: string | undefined, sentence: string): string | null {
  const pays =
    rule === 'availability-insured'
      ? 'Some insurance plans pay for it'
      : rule === 'availability-not-covered'
        ? 'People can get it, but insurance may not pay for it'
        : null;
  if (!pays) return null;
  const price = PRICE.exec(sentence)?.[0].replace(/[.,]$/, '');
  return price ? `${pays}. It costs ${price}, the source says.` : `${pays}, the source says.`;
}

/**
 * When the source's availability sentence is too long for the brief, what the derive stage
 * read in it (facts.derived.availability), in a few words: "The FDA has approved it."
 * Anything it did not read as approved, on sale or not yet points to the source.
 */
function availabilityInBrief(facts: Facts, names: ReadonlySet<string>): Text {
  const fact = facts.availability!;
  const lines = linesOf(fact);
  const derived = facts.derived.availability;
  // "Since then, thousands … have received 'off-label' treatment": used for this, not approved for it.
  if (derived?.rule === 'availability-off-label')
    return generated('Some doctors already give it for this, but it is not approved for this use ("off-label"), the source says.', lines);
  // Who pays: a short line that keeps the price, whatever the length of the source's sentence.
  const payer = whoPays(derived?.rule, fact.source.text);
  if (payer) return generated(payer, lines);
  const plain = plainValue(sentenceOf(fact), lines);
  // A sentence that points back ("Since then, …") does not stand alone under this heading.
  if (fitsPatient(plain.text, names) && standsAlone(plain.text) && !/^(?:since then|then|after that|by then),/i.test(plain.text))
    return plain;
  switch (derived?.value) {
    case 'approved':
      if (derived.rule === 'availability-approved-in-part')
        return generated('It is approved in some countries. Approval is still being sought in others, the source says.', lines);
      if (derived.rule === 'availability-approved-limited') {
        // "approved only as a stopgap until a donor heart is available": the limit, in the source's words.
        const limit = /\bonly\s+(?:as|for|to|in|when|after|with)\b[^;:()—–]{3,100}?(?=[,.;:]|$)/i.exec(fact.source.text)?.[0];
        // The limit whole, with "the source says" when it fits the word limit, else without.
        const said = [`It is approved ${limit}, the source says.`, `It is approved ${limit}.`].find((line) => wordCount(line) <= MAX_WORDS);
        return generated(limit && said ? said : 'It is approved only for some uses, the source says.', lines);
      }
      if (derived.rule === 'availability-cleared')
        return generated(`${derived.agency ? `The ${derived.agency}` : 'The regulator'} has cleared it for sale, the source says.`, lines);
      return generated(
        `${derived.agency ? `The ${derived.agency}` : 'The regulator'} has approved it for the uses named in the source.`,
        lines,
      );
    case 'available':
      // In common use is not approved: say only what the source says.
      if (derived.rule === 'availability-in-use') return generated('It is in common use, the source says.', lines);
      return generated('Yes, for the uses named in the source.', lines);
    case 'not available':
      return generated('Not yet, the source says.', lines);
    default:
      return generated('The source says more about this. Ask your care team.', lines);
  }
}
