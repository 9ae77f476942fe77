// The evidence checklist, after HealthNewsReview.org's criteria: for each, does the source
// report it? Decided from the facts (independent experts, funding, industry ties, follow-up,
// the derived kind of study) plus simple keyword checks on their sentences, so a "reported"
// always points at the lines that show it; a criterion is reported whenever its fact is there.
import { type Cue, cueById, cues } from '../article/cues/cues.js';
import type { Facts } from '../article/schema.js';
import { availabilityIsAboutTreatment, stageOf, usedForOtherUse } from './patient-brief/kind.js';
import { NOT_THE_PRODUCT } from '../article/facts/availability.js';
import { mentions, type SourcedText, sourcedTexts } from './study.js';
import { outsideVoices } from './quotes.js';
import { linesOf } from './text.js';
import { narrativeOf } from '../article/facts/context.js';

export type CriterionId =
  | 'costs'
  | 'benefits-quantified'
  | 'harms'
  | 'quality-of-evidence'
  | 'independent-sources'
  | 'conflicts-of-interest'
  | 'alternatives'
  | 'availability'
  | 'novelty';

export interface CriterionResult {
  id: CriterionId;
  criterion: string;
  reported: boolean;
  /** Lines that show it; empty when not reported. */
  lines: number[];
  /** A short qualifier when the evidence is partial ("mentioned, no figures"). */
  note: string | null;
  /**
   * Whether "not reported" can be said of the source. Alternatives and novelty are read from
   * cue words in the sentences extraction kept, so their absence there is no proof that the
   * source leaves them out (review 14: "the source leaves out alternatives" of a story that
   * names the standard treatment in a sentence no fact holds).
   */
  absenceKnown: boolean;
  /**
   * A part of a reported criterion that the source still leaves out, as a gap list names it:
   * funding and conflicts are one criterion, ticked by a quoted speaker's company role, but
   * that says nothing of who paid ("who funded the study"). Null when nothing is left out.
   */
  partMissing: string | null;
}

/** Criteria read only from cue words in the facts' sentences: not finding them says nothing of the source. */
const READ_FROM_CUES: ReadonlySet<CriterionId> = new Set(['alternatives', 'novelty']);

/**
 * A sum of money: "$143", "£17 a month", "€2,000", "500 dollars", and one said in words ("a
 * dollar or two per IV", "thousands of dollars", "a few cents a dose"). Never "pounds" in words:
 * "a few pounds" is more often weight.
 */
const COST_FIGURE =
  /[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|cents|pence)\b|\b(?:a|an|one|two|three|a few|several|tens of|hundreds of|thousands of|millions of)\s+(?:dollars?|euros?|cents?|pence)\b/i;
const COSTS = /\b(costs?|costly|(?:in)?expensive|cheap(?:er|est)?|prices?|priced|afford\w*|reimburs\w*|out-of-pocket)\b|\$\s?\d/gi;
/**
 * A payer ("insurance", "Medicare") speaks of money only with what it pays or covers: "Medicare
 * beneficiaries", "insurance claims" name who was studied or where the data came from (review
 * 16: "Costs: reported" on a cohort "of Medicare beneficiaries", which gives no price and no cost).
 */
const PAYER = /\b(?:insurance|insurers?|medicare|medicaid)\b/i;
const PAYS =
  /\b(?:cover(?:s|ed|ing|age)?|pay(?:s|ing|ment|ments)?|paid|bill(?:s|ed|ing)?|charg(?:e|es|ed|ing)|co-?pays?|deductibles?|reimburs\w*)\b/i;

/**
 * The sentence speaks of money: a cost word that is not an acronym in capitals (an
 * acknowledgement's "European Union COST Action CM1105" is a research network, not a price),
 * or a payer with what it pays.
 */
const speaksOfMoney = (text: string): boolean =>
  [...text.matchAll(COSTS)].some((m) => /\d/.test(m[0]) || m[0] !== m[0].toUpperCase()) || (PAYER.test(text) && PAYS.test(text));
const QUALITY =
  /\b(randomi[sz]ed|placebo|sham|controlled|double-blind|blinded|observational|single-arm|open-label|small (study|trial|sample)|limitations?|by chance|due to chance|confirm\w*|larger (study|studies|trials?))\b/i;
// "independent" alone is often a result ("benefits independent of exercise"): only an independent person counts.
const INDEPENDENT =
  /\b(not involved|independent(?:ly)? (?:experts?|researchers?|scientists?|specialists?|commentators?|reviewers?)|was not part of|who did not take part|unaffiliated)\b/i;
/** Who paid, or an author's ties (cues/checklist.yaml conflict-disclosure). */
const CONFLICTS = cueById('checklist', 'conflict-disclosure').regex;
/** Who paid, said outright (cues/checklist.yaml funding-stated): what a tie of an author's does not say. */
const FUNDING_STATED = cueById('checklist', 'funding-stated').regex;
/** Industry ties that name who paid for the study (cues/industry-ties.yaml), not an author's own ties. */
const FUNDING_TIE = /^(?:caveat-)?industry-(?:funded-study|provided-by|company-funded|funded-by-name)$/;
/** An author's or speaker's tie to a company, said in the narrative (cues/industry-ties.yaml). */
const INDUSTRY_TIES = cues('industry-ties');
/** A quoted speaker's role at a company: an officer, a board member, an investor (cues/checklist.yaml). */
const COMPANY_ROLE = cueById('checklist', 'conflict-company-role').regex;
/** A body that is no company: its officers ("CEO of the Heart Association", "director of development at the University") are no maker's side. */
const NOT_A_COMPANY =
  /\b(?:Society|Association|Foundation|Hospital|University|Institute|College|Cent(?:er|re)|Clinic|Agency|Council|Alliance|Department|Ministry|Administration|Service|School)\b/;

/**
 * Quoted speakers tied to a company, by their attribution: the role extraction read ("chairman
 * and CEO of Acme", "a member of Acme's advisory board") or the words around the quote ("…,"
 * Lee, who is also Chief Technology Officer at Acme, said). Caveat extraction leaves a mostly
 * quoted sentence alone, so a tie said in a quote's attribution is read here (review 15: the
 * maker's own release quoting its VP, a CTO quoted on the capsule, showed no conflict).
 */
function speakerTies(facts: Facts): SourcedText[] {
  return facts.quotes.flatMap((quote) => {
    const role = [quote.role, quote.affiliation].filter(Boolean).join(', ');
    const byRole = COMPANY_ROLE.test(role) && !NOT_A_COMPANY.test(role);
    const around = narrativeOf(quote.source.text);
    const byWords = INDUSTRY_TIES.some((cue) => cue.regex.test(around));
    return byRole || byWords ? [{ text: role || around, sentence: quote.source.text, line: quote.source.line }] : [];
  });
}

/** Cues for another way to treat or test, and for how new the approach is (cues/checklist.yaml). */
const ALTERNATIVE_CUES = cues('checklist').filter((cue) => cue.id.startsWith('alternative-'));
const NOVELTY_CUES = cues('checklist').filter((cue) => cue.id.startsWith('novelty-'));
const saysAny = (list: readonly Cue[]) => (text: string) => list.some((cue) => cue.regex.test(text));

/**
 * A comparator that is no alternative a reader could choose: a placebo, a sham, a control
 * group, no treatment, or a group of people told apart by who they are rather than by what
 * they were given ("those without gestational diabetes", "20 healthy adults", "those who got less").
 */
const NO_TREATMENT =
  /\b(?:placebo|sham|dummy|fake|vehicle|control|untreated|nothing|healthy|without|never|not|less|fewer|lower)\b|\bno (?:[\w-]+ )?(?:treatment|therapy|intervention|drug|medication)\b|\bother (?:types?|kinds?) of\b/i;
const PEOPLE =
  /^(?:the |those |\d[\d,]* )?(?:those|people|patients|participants|subjects|children|babies|infants|women|men|mothers|adults|mice|rats|animals|volunteers|individuals)\b/i;
const GIVEN =
  /\b(?:on|received|receiving|receive|taking|took|take|given|treated|had|having|got|getting|using|used|underwent|undergoing)\b/i;

/** The comparator names a treatment or test of its own: "chemotherapy alone", "usual care", "those on chemotherapy". */
function isAlternative(comparator: string): boolean {
  if (NO_TREATMENT.test(comparator)) return false;
  return !PEOPLE.test(comparator.trim()) || GIVEN.test(comparator);
}

/**
 * Access stated of a product: approved, licensed, sold, on the market, widely available (not
 * "prescription drugs", "data … available", nor a protocol "approved by the ethics board").
 */
const ACCESS_STATED =
  /\b(?:(?:FDA|agency|regulators?)[- ](?:approved|cleared)|(?:has|have|had|was|were|been) (?:\w+ )?(?:approved|cleared|licen[cs]ed)(?! by (?:an? |the |its )?(?:\w+ )?(?:ethics|review|institutional))|(?:is|are|was|were) (?:now |already |widely |commonly |commercially |readily )*(?:available|sold|marketed|on the market|on sale)|(?:widely|commercially|readily) available|over the counter|on the market)\b/i;

/** The source's prices, as written, for the Costs row: "about $60 for Avastin; about $1200 for Lucentis, per injection". */
function pricesAsWritten(cost: NonNullable<Facts['cost']>): string | null {
  if (cost.free) return 'free, the source says';
  if (cost.prices.length === 0) return null;
  return `${cost.prices.join('; ')}${cost.per ? `, ${cost.per}` : ''}`;
}

function criterion(
  id: CriterionId,
  label: string,
  found: readonly SourcedText[] | boolean,
  lines: number[] = [],
  note: string | null = null,
  partMissing: string | null = null,
): CriterionResult {
  const reported = typeof found === 'boolean' ? found : found.length > 0;
  const from = typeof found === 'boolean' ? lines : linesOf(...found.map((item) => item.line));
  return {
    id,
    criterion: label,
    reported,
    lines: reported ? from : [],
    note: reported ? note : null,
    absenceKnown: !READ_FROM_CUES.has(id),
    partMissing: reported ? partMissing : null,
  };
}

export function evidenceChecklist(facts: Facts): CriterionResult[] {
  // The cost fact (facts/cost.ts) is the source's own price wherever it sits; other facts'
  // sentences that speak of money count too (review 15: "mentioned, no figures given" beside
  // a source that gives $143 a month in a sentence no other fact holds).
  const cost = facts.cost ? [{ text: facts.cost.value, sentence: facts.cost.source.text, line: facts.cost.source.line }] : [];
  const costs = [...cost, ...sourcedTexts(facts).filter((item) => speaksOfMoney(item.text) || speaksOfMoney(item.sentence))];
  const costFigures = costs.some((item) => COST_FIGURE.test(item.sentence));
  const costNote = facts.cost ? pricesAsWritten(facts.cost) : costFigures ? null : 'mentioned, no figures given';
  // A benefit is quantified by a number that measures it: not a calendar year ("the January 6,
  // 2015 issue of the journal"), which a result sentence may carry and which counts nothing.
  const quantified = facts.results.filter((finding) => finding.numbers.some((number) => number.unit !== 'year'));
  const quality = [
    ...mentions(facts, QUALITY),
    ...(facts.design ? [{ text: facts.design.value, sentence: facts.design.source.text, line: facts.design.source.line }] : []),
  ];
  // Quality also shows in the follow-up and in the kind of study the derive stage read
  // (a randomised trial, a cohort), with the sentences it rests on.
  const followUp = facts.followUp
    ? [{ text: facts.followUp.value, sentence: facts.followUp.source.text, line: facts.followUp.source.line }]
    : [];
  const kind = facts.derived.studyType;
  const judgedKind =
    kind && kind.value !== 'other' ? kind.sources.map((source) => ({ text: kind.value, sentence: source.text, line: source.line })) : [];
  const randomised = facts.derived.randomised
    ? facts.derived.randomised.sources.map((source) => ({ text: source.text, sentence: source.text, line: source.line }))
    : [];
  // Independent experts the extractor found ("who was not involved in the study") are independent
  // sources, and so are quoted people of another institution who are none of the study's people.
  const independent = [
    ...facts.independentExperts.map((expert) => ({
      text: expert.speaker ?? expert.source.text,
      sentence: expert.source.text,
      line: expert.source.line,
    })),
    ...outsideVoices(facts).map((quote) => ({ text: quote.speaker ?? '', sentence: quote.source.text, line: quote.source.line })),
  ];
  const funding = facts.funding
    ? [{ text: facts.funding.value, sentence: facts.funding.source.text, line: facts.funding.source.line }]
    : [];
  // Industry ties filed as caveats (industry-*, caveat-industry-*: "consultant to the maker") are conflicts reported.
  const ties = facts.caveats
    .filter((caveat) => /^(?:caveat-)?industry-/.test(caveat.rule ?? ''))
    .map((caveat) => ({ text: caveat.text, sentence: caveat.source.text, line: caveat.source.line }));
  // Funding words in the source's narrative, not inside a quote ("molecular information …
  // provided by mass spec imaging," said Dr. Lee is no funder): a tie said in a quote is filed
  // as an industry-* caveat and counted above.
  // Not a plan's sentence either: "looking for funding for the next phase" is money not yet
  // given (review 16: the tick pointed at it while the funders' line went unread).
  const quoted = new Set(facts.quotes.map((quote) => quote.source.text));
  const planned = new Set(facts.nextSteps.map((step) => step.source.text));
  const disclosures = mentions(facts, CONFLICTS).filter((item) => !quoted.has(item.sentence) && !planned.has(item.sentence));
  const speakers = speakerTies(facts);
  const declared = [...funding, ...ties, ...disclosures];
  // Who paid is told by the funding fact, a tie that names the payer, or a disclosure that says
  // "funded", "grant", "sponsored"; a speaker's company role or an author's consultancy is a
  // conflict reported, and the funder still unreported (review 16: the press digest's gap list
  // dropped "funding" for four sources that never say who paid).
  const fundingTold =
    funding.length > 0 ||
    facts.caveats.some((caveat) => FUNDING_TIE.test(caveat.rule ?? '')) ||
    disclosures.some((item) => FUNDING_STATED.test(item.sentence));
  // The comparator is an alternative when it is a treatment or test people could have instead.
  const comparator =
    facts.comparator && isAlternative(facts.comparator.value)
      ? [{ text: facts.comparator.value, sentence: facts.comparator.source.text, line: facts.comparator.source.line }]
      : [];
  // Named alternatives and novelty in the facts' sentences; quotes' sentences too, which carry
  // the researchers' "the current treatments" as often as the narrative does.
  const alternatives = sourcedTexts(facts).filter((item) => saysAny(ALTERNATIVE_CUES)(item.sentence));
  const novelty = sourcedTexts(facts).filter((item) => saysAny(NOVELTY_CUES)(item.sentence));
  // Availability is what the derive stage read in the availability sentence, as the patient
  // brief's access row reads it: not any "available" or "prescription" in another sentence
  // ("data was not yet available", "prescription drugs like …"), and not an approval the
  // sentence gives another product. Else an approval story's own approval.
  const availabilityRead =
    facts.availability !== null && facts.derived.availability !== null && (availabilityIsAboutTreatment(facts) || usedForOtherUse(facts));
  const stage = stageOf(facts);
  const approval =
    stage?.value === 'approved'
      ? stage.sources
      : facts.derived.studyType?.value === 'regulatory approval'
        ? facts.derived.studyType.sources
        : [];
  // Another fact may say it outright ("aspirin, which is widely available"): access words said
  // of a product, not of data, and not the availability sentence the derive stage gave another product.
  const otherProduct = facts.availability !== null && !availabilityRead ? facts.availability.source.line : null;
  const stated = mentions(facts, ACCESS_STATED).filter((item) => item.line !== otherProduct && !NOT_THE_PRODUCT.test(item.sentence));
  const availability = availabilityRead
    ? [{ text: facts.availability!.value, sentence: facts.availability!.source.text, line: facts.availability!.source.line }]
    : approval.map((source) => ({ text: source.text, sentence: source.text, line: source.line }));
  return [
    criterion('costs', 'Costs', costs, [], costNote),
    criterion('benefits-quantified', 'Benefits quantified', quantified.length > 0, linesOf(...quantified)),
    criterion('harms', 'Harms', facts.harms.length > 0, linesOf(...facts.harms)),
    criterion('quality-of-evidence', 'Quality of the evidence', [...quality, ...followUp, ...judgedKind, ...randomised]),
    criterion('independent-sources', 'Independent sources', [...independent, ...mentions(facts, INDEPENDENT)]),
    criterion(
      'conflicts-of-interest',
      'Funding and conflicts of interest',
      [...declared, ...speakers],
      [],
      declared.length === 0 ? 'a quoted speaker works for or advises a company' : null,
      fundingTold ? null : 'who funded the study',
    ),
    criterion('alternatives', 'Alternatives', [...comparator, ...alternatives]),
    criterion('availability', 'Availability', [...availability, ...stated]),
    criterion('novelty', 'Novelty', novelty),
  ];
}
