// The evidence checklist, after HealthNewsReview.org's criteria: for each, does the source
// report it? Decided from the facts (independent experts, funding, industry ties, follow-up,
// the derived kind of study) plus simple keyword checks on their sentences, so a "reported"
// always points at the lines that show it; a criterion is reported whenever its fact is there.
import type { Facts } from '../article/schema.js';
import { mentions, type SourcedText } from './study.js';
import { linesOf } from './text.js';

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
}

const COSTS = /\b(costs?|costly|prices?|priced|afford\w*|insurance|insurer|reimburs\w*|medicare|medicaid|out-of-pocket)\b|\$\s?\d/i;
const QUALITY =
  /\b(randomi[sz]ed|placebo|sham|controlled|double-blind|blinded|observational|single-arm|open-label|small (study|trial|sample)|limitations?|by chance|due to chance|confirm\w*|larger (study|studies|trials?))\b/i;
const INDEPENDENT = /\b(not involved|independent|was not part of|who did not take part|unaffiliated)\b/i;
const CONFLICTS =
  /\b(conflicts? of interest|disclos\w+|consult\w*|funded by|funding|sponsor\w*|manufacturer\w*|provided by|employee|stock|shares|grants?)\b/i;
const ALTERNATIVES =
  /\b(compared (with|to)|versus|vs\.?|alternatives?|standard (of )?(care|treatment|therapy)|current treatments?|existing (treatments?|therap\w+|medications?|drugs?)|other (treatments?|therap\w+|options?|drugs?)|placebo|chemotherapy alone|medical therapy)\b/i;
const AVAILABILITY = /\b(available|availability|approv\w+|cleared|marketed|marketing|launch\w*|prescri\w+|on the market)\b/i;
const NOVELTY =
  /\b(first|novel|previously|earlier (studies|trials|results)|existing|already (approved|available)|similar (drugs?|treatments?)|in this class|new (drug|treatment|therapy|class))\b/i;

function criterion(
  id: CriterionId,
  label: string,
  found: readonly SourcedText[] | boolean,
  lines: number[] = [],
  note: string | null = null,
): CriterionResult {
  const reported = typeof found === 'boolean' ? found : found.length > 0;
  const from = typeof found === 'boolean' ? lines : linesOf(...found.map((item) => item.line));
  return { id, criterion: label, reported, lines: reported ? from : [], note: reported ? note : null };
}

export function evidenceChecklist(facts: Facts): CriterionResult[] {
  const costs = mentions(facts, COSTS);
  const costFigures = costs.some((item) => /\$\s?\d|\b\d[\d,.]*\s*(dollars|euros|pounds)\b/i.test(item.sentence));
  const quantified = facts.results.filter((finding) => finding.numbers.length > 0);
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
  // Independent experts the extractor found ("who was not involved in the study") are independent sources.
  const independent = facts.independentExperts.map((expert) => ({
    text: expert.speaker ?? expert.source.text,
    sentence: expert.source.text,
    line: expert.source.line,
  }));
  const funding = facts.funding
    ? [{ text: facts.funding.value, sentence: facts.funding.source.text, line: facts.funding.source.line }]
    : [];
  // Industry ties filed as caveats (industry-*, caveat-industry-*: "consultant to the maker") are conflicts reported.
  const ties = facts.caveats
    .filter((caveat) => /^(?:caveat-)?industry-/.test(caveat.rule ?? ''))
    .map((caveat) => ({ text: caveat.text, sentence: caveat.source.text, line: caveat.source.line }));
  const comparator = facts.comparator
    ? [{ text: facts.comparator.value, sentence: facts.comparator.source.text, line: facts.comparator.source.line }]
    : [];
  const availability = facts.availability
    ? [{ text: facts.availability.value, sentence: facts.availability.source.text, line: facts.availability.source.line }]
    : [];
  return [
    criterion('costs', 'Costs', costs, [], costFigures ? null : 'mentioned, no figures given'),
    criterion('benefits-quantified', 'Benefits quantified', quantified.length > 0, linesOf(...quantified)),
    criterion('harms', 'Harms', facts.harms.length > 0, linesOf(...facts.harms)),
    criterion('quality-of-evidence', 'Quality of the evidence', [...quality, ...followUp, ...judgedKind, ...randomised]),
    criterion('independent-sources', 'Independent sources', [...independent, ...mentions(facts, INDEPENDENT)]),
    criterion('conflicts-of-interest', 'Funding and conflicts of interest', [...funding, ...ties, ...mentions(facts, CONFLICTS)]),
    criterion('alternatives', 'Alternatives', [...comparator, ...mentions(facts, ALTERNATIVES)]),
    criterion('availability', 'Availability', [...availability, ...mentions(facts, AVAILABILITY)]),
    criterion('novelty', 'Novelty', mentions(facts, NOVELTY)),
  ];
}
