// The evidence checklist, after HealthNewsReview.org's criteria: for each, does the source
// report it? Decided from the facts plus simple keyword checks on their sentences, so a
// "reported" always points at the lines that show it.
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
  const funding = facts.funding
    ? [{ text: facts.funding.value, sentence: facts.funding.source.text, line: facts.funding.source.line }]
    : [];
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
    criterion('quality-of-evidence', 'Quality of the evidence', quality),
    criterion('independent-sources', 'Independent sources', mentions(facts, INDEPENDENT)),
    criterion('conflicts-of-interest', 'Funding and conflicts of interest', [...funding, ...mentions(facts, CONFLICTS)]),
    criterion('alternatives', 'Alternatives', [...comparator, ...mentions(facts, ALTERNATIVES)]),
    criterion('availability', 'Availability', [...availability, ...mentions(facts, AVAILABILITY)]),
    criterion('novelty', 'Novelty', mentions(facts, NOVELTY)),
  ];
}
