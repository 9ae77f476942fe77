// Sorts the body's sentences into what the study found, what harm it did, what comes
// next, what is uncertain, and background figures. Each sentence is read for cues that
// hold across publishers: outcome words and figures for results; side effects, deaths
// and warnings tied to the treatment or the trial for harms; plans and later trials for
// next steps; uncertainty, limits, cost and industry ties for caveats. Sentences about
// the disease in general, the study's methods or baseline, earlier or other studies, a
// second indication, and a speaker's own words are kept out of results and harms.
//
// A finding's text is the part of the sentence that states it: a leading "Notably," or
// a lead-in ending in a colon is dropped, and where a sentence joins a result to a
// caveat ("…, although …") each list gets its own clause. Provenance stays the sentence.
import { findNumbers, type NumberMatch } from '../numbers.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';
import { numberWords } from '../../shared/word-lists.js';
import type { Finding, Harm } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { extractIntervention } from './intervention.js';
import {
  BACKGROUND,
  FUTURE,
  OTHER_INDICATION,
  OTHER_STUDY,
  STUDY_WORDS,
  finding,
  narrativeOf,
  quotedShare,
  quotedSpans,
  type ArticleText,
} from './context.js';

const OUTCOME =
  /\b(?:improv\w*|reduc\w*|decreas\w*|increas\w*|lower\w*|higher|greater|better|worse|worsen\w*|fewer|more likely|less likely|(?:weight|body weight|fat|bone|vision|hair) loss|declin\w*|drop(?:ped)?|fell|rose|doubled|halved|tripled|times (?:more|less|as)|achiev\w*|remission|surviv\w*|lived longer|went longer|longer survival|response|responded|responders?|effective|efficacy was|cleared|stopped|ceased|no longer|free of|outperform\w*|beat|beats|beaten|rarer|less common|efficacy of|superior|inferior|non-?inferior|gains?|gained|success\w*|restor\w*|maintained|reached|lost|losing|consumed|cured|relapsed?|relapses|progress(?:ed|ion)|recover\w*|resolved|undetectable|no (?:virus|disease|sign|evidence) (?:was |were )?detected|normal(?:ized|ised)?|did not (?:need|take|require|have|experience|develop|lose|gain|change)|needed|needing|required|on average|average|median|mean|rates?|odds|hazard ratio|relative risk|risk (?:reduction|fell|dropped)|similar|the same|no different|no (?:significant )?difference|clear or almost clear|benefit(?:ed|ted)|(?:did not |failed to )?(?:meet|met|missed|achieved?|hit) (?:its|the|their|both|all|a) (?:\w+ )?(?:primary|secondary|main|co-primary|key) (?:end ?points?|goals?|outcomes?))\b/i;
/** "Two participants in the walking group fell": a fall is a harm when people are its subject. */
const FALLS = String.raw`\b(?:participants?|patients?|people|subjects|volunteers|users|women|men|children|walkers)\s+(?:(?:in|on|from|of)\s+(?:the\s+)?[\w-]+\s+(?:group|arm)\s+)?(?:who\s+\w+\s+(?:\w+\s+)?)?(?:fell|had (?:a )?falls?|fractured)\b`;
/**
 * Common reactions to a treatment, named on their own: with figures beside them they are
 * still harms ("Pain at the injection site was reported by 61% of vaccine recipients"),
 * not results.
 */
const SYMPTOM = String.raw`(?:(?:pain|swelling|redness|soreness) at the (?:injection|infusion) site|(?:injection|infusion)[- ]site (?:pain|reactions?|swelling|redness)|nausea|vomiting|headaches?|diarrh(?:o)?ea|fatigue|tiredness|dizziness|rash(?:es)?|muscle aches?|joint pain|fever|chills)`;
const NAMED_REACTION = new RegExp(String.raw`\b${SYMPTOM}\b`, 'i');
/** Words for harm, each tied to a kind. */
const HARM = new RegExp(
  String.raw`\b(?:serious (?:[\w-]+\s+){0,2}(?:problems?|events?|reactions?|illness(?:es)?|injur(?:y|ies)|damage|complications?)|(?:liver|kidney|heart|lung|nerve|brain) (?:problems?|damage|injury|toxicity)|(?:seriously )?(?:hurt|injured)|${FALLS}|side effects?|adverse (?:events?|effects?|reactions?)|(?:had|experienced|reported|with) (?:at least one |an? )?(?:serious |severe )?(?:adverse )?events?|serious (?:infections?|risks?|harm|events?)|died|deaths?|fatal\w*|toxicit(?:y|ies)|risks? of|increased risk|complications?|hypersensitivity|allergic reactions?|anaphylaxis|boxed warning|warnings?|contraindicat\w*|should not (?:be used|take|use|be given)|should stop|nausea|vomiting|headaches?|diarrh(?:o)?ea|fatigue|dizziness|rash(?:es)?|bleeding|infections?|suicid\w*|harm(?:ful|ed)?|injur(?:y|ies|ed)|hospitali[sz](?:ed|ation)|${SYMPTOM})\b`,
  'i',
);
const STRONG_HARM = new RegExp(
  String.raw`\b(?:serious (?:[\w-]+\s+){0,2}(?:problems?|events?|reactions?|illness(?:es)?|injur(?:y|ies)|damage|complications?)|(?:liver|kidney|heart|lung|nerve|brain) (?:damage|injury|toxicity)|${FALLS}|side effects?|adverse|died|deaths?|fatal\w*|toxicit(?:y|ies)|boxed warning|contraindicat\w*|should not (?:be used|take|use|be given)|should stop|suicid\w*|hypersensitivity|anaphylaxis|(?:had|experienced|reported) (?:at least one |an? )?(?:serious |severe )?(?:adverse )?events?|(?:increased|greater|higher) risk of|may cause harm|serious (?:infections?|harm|events?)|carr(?:y|ies) a (?:\w+ )?warning|warns?)\b`,
  'i',
);
/** Sentences about harm or its management, which are never results even when no harm is listed. */
const HARM_ONLY = /\b(?:warnings?|contraindicat\w*|should not|must not|labeling|labelling|medication guide|REMS)\b/i;
const DEATH = /\b(?:died|deaths?|fatal\w*|mortality|death)\b/i;
const CAVEAT =
  /\b(?:concerns?|limitations?|limited (?:by|to|number|data|evidence|sample)|remains? (?:unclear|unknown|uncertain|to be (?:seen|determined|established|proven))|(?:is|are) (?:still |not yet )?(?:unknown|unclear|uncertain)|unknown (?:whether|if|how)|not yet (?:known|clear|approved|available|proven|established)|(?:further|more|additional|larger) (?:evaluation|study|research|studies|investigation|work|trials?|data)(?:\s+[\w/’'-]+){0,8}?\s+(?:is|are|will be) (?:needed|required|warranted)|(?:is|are) needed to (?:confirm|determine|establish|understand)|small (?:study|number|sample|trial|group)|only \d+ (?:patients|participants|people)|could not be|cannot be|can(?:'|’)t be|uncertain\w*|caution\w*|not (?:directly )?(?:compared|known|clear)|carries (?:some )?risks?|long-term (?:effects?|safety|outcomes?|risks?) (?:are|is|remain) (?:unknown|unclear|not known)|costs?\b|costly|expensive|price (?:of|tag)|priced at|list price|afford\w*|do(?:es)? not know|placebo effect|may not (?:work|be (?:effective|suitable|appropriate|generali[sz]able|accurate|reliable|representative)|help|benefit|apply)|reported their own|(?:study|studies|research|work|experiments?|results?|findings?) (?:(?:was|were|is|are) )?(?:done |conducted |carried out |performed )?(?:only )?in (?:mice|rats|animals|cells|the lab)|(?:only|so far) in (?:mice|rats|animals)|not (?:yet )?(?:been )?tested in (?:humans|people)|not (?:been )?(?:established|proven|confirmed|replicated)|not been (?:seen|shown)|(?:due to|by) chance|not recommended|no (?:\w+ )?(?:drugs?|treatments?|therapies|medications?|vaccines?|devices?)(?: in this class)? (?:is|are|has been|have been) approved|only available|restricted (?:program|distribution|access)|cannot prove|does not prove|not (?:randomi[sz]ed|blinded)|single (?:cent(?:er|re)|site)|(?:study|trial|sample|group)s?\s+(?:was|were|is|are)\s+(?:relatively\s+|very\s+|too\s+|quite\s+)?small|knew (?:which|what) (?:group|treatment|arm)|(?:may|might|could) have (?:influenced|affected|biased|skewed|exaggerated)|(?:was|were) not (?:designed|powered) to|observational (?:study|studies|data|research)|self-reported|(?:study|trial) was (?:open-label|unblinded|not blinded)|open-label (?:study|trial|design)|short (?:follow-up|duration)|not peer[- ]reviewed|preprint|conflicts? of interest|(?:provided|supplied|donated|funded|paid for|sponsored) by (?:the )?(?:drug |device )?(?:manufacturers?|makers?|compan(?:y|ies)|drugmakers?))\b/i;
/** A company named as the source of drugs or money: a tie the reader should know. */
const INDUSTRY_TIE_ACTIVE =
  /\b(?:Inc\.?|Corp\.?|Ltd\.?|Pharma|Pharmaceuticals?|Therapeutics|Biotech|maker|manufacturer|company|drugmaker|sponsor),?\s+(?:which\s+|also\s+)?(?:funded|sponsored|paid for|financed|ran|designed)\s+(?:the\s+)?(?:study|trial|research)\b/i;
const INDUSTRY_TIE =
  /\b(?:provided|supplied|donated|funded|paid for|sponsored|financed)\s+by\s+(?:[\w-]+\s+){0,3}(?:[A-Z][\w-]*\s+)*(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|plc|Pharmaceuticals?|Pharma|Therapeutics|Biotech|manufacturers?|compan(?:y|ies)|drugmakers?)\b/;
/** What happens next, as an action: "will compare", "plans to seek approval", "larger trials". */
const NEXT_ACTION =
  /\b(?:(?:will|would|plans? to|planning to|aims? to|intends? to|expects? to|is expected to|are expected to|hopes? to|set to|going to|next,?)\s+(?:\w+\s+){0,3}?(?:compare|test|study|evaluate|assess|examine|investigate|enrol+|recruit|follow|monitor|confirm|replicate|launch|begin|start|conduct|run|seek|submit|apply|file|expand|explore|look|review|decide|rule|approve|publish|present|continue|develop|track|extend)(?:s|d|ed|ted|ing)?|(?:larger|further|additional|more|bigger|longer(?:-term)?|confirmatory|follow-up|definitive|pivotal)\s+(?:[\w-]+,?\s+){0,2}(?:trials?|stud(?:y|ies)|research)\s+(?:(?:is|are)\s+(?:now\s+)?(?:planned|under ?way|ongoing|being|expected|scheduled|set|due|recruiting|enrolling)|will|would|to begin|to start)\b|(?:trials?|stud(?:y|ies))\b[^.;]{0,80}\b(?:is|are) (?:planned|scheduled|expected|due|set) (?:to|for|in)\b|(?:plan(?:ned|s)?|warrant(?:s|ed)?|call(?:s|ed)? for|set (?:the )?stage for|pave the way for)\s+(?:\w+\s+){0,3}(?:larger|further|bigger|longer|additional|more|confirmatory)\s+(?:[\w-]+,?\s+){0,2}(?:trials?|stud(?:y|ies)|research)|future (?:trials?|stud(?:y|ies)|research)|(?:plans?|planned|planning)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:trials?|stud(?:y|ies))\b|(?:trials?|stud(?:y|ies))\b[^.;]{0,120}\b(?:is|are) (?:now )?(?:ongoing|under ?way)\b|phase (?:[23]|II|III) (?:[\w-]+\s+)?trials?\s+(?:have|has|are|is)\s+(?:already\s+)?(?:been\s+)?(?:initiated|launched|started|planned|under ?way|recruiting|enrolling)|(?:have|has) (?:already )?been (?:initiated|launched|started)|(?:is|are) (?:now )?(?:recruiting|enrolling)|(?:may|could|will|should) (?:help )?(?:inform|change|shape|guide|influence) (?:[\w-]+\s+){0,3}(?:recommendations|guidelines|practice|care|decisions)|set (?:the )?stage|pave the way|support(?:s|ed)? the development of|warrants?|wants? to (?:see|know|test|find out|study|learn|look at|understand|confirm)|next steps? (?:is|are|will be|include)|(?:results|data|readout|decision|approval|findings) (?:is|are) expected|expects? (?:\w+\s+){0,2}(?:results|data|readout|decision|approval))\b/i;
/** "has been submitted to the FDA", "filed for approval", "is seeking approval": the regulator is next. */
const SUBMITTED =
  /\b(?:(?:has|have|was|were) been (?:submitted|filed)|(?:submitted|filed) (?:an? )?(?:application|request|dossier|data)|(?:filed|applied) for (?:\w+\s+)?(?:approval|authori[sz]ation|licen[cs]e)|(?:is|are) (?:now )?(?:seeking|under review)|will (?:be )?(?:submit|file|seek|review))\b/i;
/** A developer ending work on the treatment: "would stop development of", "discontinue the program". */
const DEVELOPMENT_STOPPED =
  /\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|end|ends|ended|ending|discontinue|discontinues|discontinued|discontinuing|abandon|abandons|abandoned|drop|drops|dropped)\s+(?:the\s+|its\s+|further\s+)?(?:development|developing|work on|the (?:program|programme))\b/i;
/** Methods, schedule and eligibility: how the study ran, not what it found. */
const METHOD =
  /\b(?:(?<!\b(?:who|that|which)\s)(?:was|were) (?:randomly )?(?:assigned|randomi[sz]ed|allocated|evaluated|assessed|measured|monitored|enrolled|included|recruited|eligible|scheduled|asked|instructed)\b|(?:received|given|administered|resumed)\b[^.;]*\b(?:until|if|every|each|monthly|weekly|daily|once a|twice a)\b|(?<!\b(?:who|that|which)\s)(?:was|were) (?:offered|given|prescribed|split|divided)\b|primary (?:end ?point|outcome) (?:was|is)\b|(?:main|primary|key) (?:goal|aim|objective|question) (?:was|is)\b|(?:median|mean|average) follow-up (?:was|lasted)\b|were eligible|eligible to participate|\b(?:half|the other half|the rest|one group|the other groups?|the control group|the comparison group)\b(?: of (?:the )?(?:participants|patients|people|volunteers))?\s+(?:\w+\s+)?(?:received|got|followed|were given|was given|took|were assigned|was assigned|continued|kept)\b|(?<!\b(?:who|that|which)\s)(?:received|got|were given|was given) (?:a |the )?(?:placebo|usual care|standard care|a dummy|a sham)\b|(?:participated|took part) in (?:a|an|the)\b|(?:the )?(?:study|trial) (?:began|started|was designed|aimed)|designed to|intended to|is indicated|are indicated|was approved for use|approved for use with)\b/i;
const BASELINE =
  /\b(?:at (?:enrollment|enrolment|baseline|study entry|the start of the (?:study|trial))|when the (?:study|trial) (?:began|started)|(?:mean|average|median) age|\d+ years old|years of age)\b/i;
/** A claim about what the study shows, without its figures: "The study found that X improves Y". */
const CONCLUSION =
  /^(?:[\w’'(),/-]+\s+){0,12}?(?:study|trial|results?|research|findings|data|analysis|researchers|team|scientists|investigators)\s+(?:[\w’'(),/-]+\s+){0,12}?(?:found|finds|show|shows|showed|suggest|suggests|suggested|demonstrated|demonstrates|provide evidence|provides evidence|indicate|indicates|indicated|confirm|confirms|confirmed)\b/i;
/** A summary attributed rather than shown: "X reduced knee pain, according to a study by …". */
const ATTRIBUTED_SUMMARY =
  /,\s+(?:according to (?:a|the|new) (?:new |recent |small |large )?(?:study|research|trial|analysis|report)|(?:researchers|scientists|experts|investigators|doctors) (?:said|say|report(?:ed)?|found))\b/i;
/** The regulator's process (review programmes, designations), not an outcome of the study. */
const REGULATORY =
  /\b(?:priority review|fast track|breakthrough therapy(?: designation)?|orphan drug|accelerated approval|de novo|premarket|510\(k\)|designation|was reviewed under|review program|expedited review|advisory committee|(?:is|are|was|were) (?:already |now |also )?approved (?:for|to|in)\b|approved for use)\b/i;
const SPECULATION =
  /\b(?:could|might|may)\s+(?:also\s+)?(?:be|become|prove|one day|eventually|help|offer|transform|revolutioni[sz]e|pave|lead to|open)\b|\b(?:believe|believes|hope|hopes|hoped|expect|expects|predict|predicts)\b|\b(?:appears?|seems?) to\b/i;
/** The people studied did something, in the past: "the average trial participant lost …". */
const PEOPLE_DID =
  /\b(?:participants?|patients?|people|subjects|volunteers|group|users)\b[^.;]{0,60}?\b(?:lost|gained|had|saw|showed|reported|experienced|improved|reduced|achieved|reached|survived|died|needed|required|developed|stopped|responded)\b/i;
/** "In HALT-MS, researchers tested … in 24 volunteers": the enrolment, not a finding. */
const ENROLMENT =
  /\b(?:enrolled|recruited|included|involved|randomi[sz]ed|studied)\s+(?:a total of\s+|more than\s+|about\s+|nearly\s+|over\s+|some\s+)?[\d,]+\s+(?:[\w-]+\s+){0,5}?(?:participants|patients|people|volunteers|subjects|adults|children|women|men|individuals)\b|\b(?:tested|evaluated|studied|examined|assessed|investigated|enrolled|recruited|included|involved|established)\b[^.;]*\b(?:in|of|with)\s+(?:a total of\s+)?(?:more than\s+|about\s+|nearly\s+|over\s+)?[\d,]+\s+(?:[\w-]+\s+){0,5}?(?:participants|patients|people|volunteers|subjects|adults|children|women|men|individuals)\b/i;
/** "AML is a rapidly progressing cancer …": a definition, not a finding. */
const DEFINITION =
  /^(?:[A-Z][\w’'()-]*\s+)?(?:[\w’'()/-]+\s+){0,6}?(?:is|are)\s+(?:a|an|the most common|one of the|characteri[sz]ed|defined|caused|usually|typically|often|common)\b/;
/** A verb in the past: what happened in the study. "-ed" after "is", "a", "the" … is a participle or adjective. */
const PAST =
  /\b(?:was|were|had|did|went|lost|took|got|saw|fell|rose|grew|gave|began|became|kept|left|felt|led|met|paid|spent|won|ate|drank|found|showed|made|ran)\b|(?<!\b(?:is|are|be|been|being|can be|may be|a|an|the|this|that|these|those|its|their|his|her|our|some|many|more|most|less|well|newly|previously|recently|widely|commonly|not)\s)\b[a-z]{3,}ed\b/i;
const DISCOURSE =
  /^(?:notably|importantly|in addition|additionally|moreover|furthermore|also|overall|however|meanwhile|similarly|likewise|in contrast|by contrast|in particular|specifically|crucially|still|but|and|yet|further),?\s+(?=\S)/i;
/** "Shares of X rose 6% in early trading": the stock market, not the study. */
const MARKET =
  /\b(?:shares|stock|share price)\b[^.;]{0,60}\b(?:rose|fell|jumped|dropped|climbed|slid|gained|lost|surged|tumbled|plunged|soared)\b|\bin (?:early|late|premarket|pre-market|after-hours|extended) trading\b/i;
/** A risk the treatment lowered, or a hazard ratio: the benefit, even when the risk is of death. */
const RISK_LOWERED =
  /\b(?:lower(?:ed)?|reduc(?:ed|es|tion in)|cut|decreas(?:ed|es)|smaller)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:risk|odds|rates?|chance|likelihood|hazard) of\b|\bhazard ratio\b/i;
/** An instruction to prescribers or patients, with no harm stated in it. */
const INSTRUCTION =
  /\b(?:should|must)\s+(?:also\s+)?(?:be\s+)?(?:referred|sign|certified|counsel|talk|discuss|evaluate|consult|tell|read|be made aware|seek|contact|monitor|check|test|screen)\b/i;

export interface SortedFindings {
  results: Finding[];
  harms: Harm[];
  nextSteps: Finding[];
  caveats: Finding[];
  context: Finding[];
}

interface Read {
  sentence: Sentence;
  text: string;
  /** The writer's words, quotations set aside. */
  narrative: string;
  quoted: boolean;
  future: boolean;
  background: boolean;
  numbers: NumberMatch[];
  /** A figure that measures something (not a label, year or date). */
  quantity: boolean;
  secondIndication: boolean;
}

export function sortFindings(article: ArticleText): SortedFindings {
  const sorted: SortedFindings = { results: [], harms: [], nextSteps: [], caveats: [], context: [] };
  const treatment = treatmentWords(article);
  const conclusions: Finding[] = [];
  let secondIndicationBlock = -1;
  let previous: { blockIndex: number; setting: boolean; result: boolean } | null = null;

  for (const sentence of article.body) {
    if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'cell') continue;
    const text = sentence.text;
    if (OTHER_INDICATION.test(text)) secondIndicationBlock = sentence.blockIndex;
    const read = readSentence(sentence, secondIndicationBlock === sentence.blockIndex);
    const { narrative, quoted, future, background, quantity } = read;

    // "The other half had …" goes on from a baseline or method sentence before it.
    const continues: boolean =
      previous !== null &&
      previous.blockIndex === sentence.blockIndex &&
      previous.setting &&
      /^(?:the other|the rest|the remaining|of these|of those|of them|others)\b/i.test(text);
    const setting: boolean = METHOD.test(narrative) || BASELINE.test(narrative) || continues;
    // "They also noticed improvements in …" goes on from the result before it.
    const resultGoesOn: boolean =
      previous !== null &&
      previous.blockIndex === sentence.blockIndex &&
      previous.result &&
      /^(?:they|these|those|both|the same|it)\b/i.test(leadTrimmed(text)) &&
      OUTCOME.test(narrative) &&
      PAST.test(narrative);
    previous = { blockIndex: sentence.blockIndex, setting, result: false };

    const nextStep = nextStepIn(read);
    if (nextStep !== null) sorted.nextSteps.push(finding(nextStep, sentence));
    const caveat = caveatIn(read);
    if (caveat !== null) sorted.caveats.push(finding(caveat, sentence));

    if (background && quantity && !STUDY_WORDS.test(narrative.replace(/\bpatients\b/g, ''))) {
      sorted.context.push(finding(text, sentence));
      continue;
    }
    if (quoted || future || read.secondIndication || OTHER_STUDY.test(narrative)) continue;

    let harm = harmIn(read, treatment);
    const result = !setting && (isResult(read, treatment) || (resultGoesOn && !read.background));
    const strongHarm = STRONG_HARM.test(narrative.replace(/\([^)]*\)/g, ' '));
    // Deaths compared between arms are the trial's outcome ("Death from any cause occurred
    // in 359 patients (59%) in the CABG group and in 398 …"): a result, not a harm. So is a
    // figure that only mentions a harm word on the way ("… infections had been cured").
    const mortalityOutcome =
      harm !== null &&
      result &&
      DEATH.test(narrative) &&
      !/\bside effects?|adverse\b/i.test(narrative) &&
      armsCompared(narrative) &&
      quantity;
    // A figure beside a weak harm word is a result ("… infections had been cured"), but a
    // named reaction is a harm whatever its figures.
    if (harm !== null && result && !strongHarm && specific(read) && !NAMED_REACTION.test(narrative)) harm = null;
    // "a 29% lower risk of death (hazard ratio 0.71)": a risk the treatment lowered is its
    // benefit, a result, though it names death.
    const riskLowered = result && RISK_LOWERED.test(narrative);
    if (riskLowered) harm = null;
    if (harm !== null && !mortalityOutcome) sorted.harms.push({ ...finding(harm, sentence), kind: harmKind(harm) });
    else if (harm === null && !riskLowered && (strongHarm || HARM_ONLY.test(narrative))) continue;
    else if (result) {
      const clause = resultClause(read);
      const item = finding(clause, sentence);
      if (!specific(read) && (CONCLUSION.test(narrative) || ATTRIBUTED_SUMMARY.test(narrative))) conclusions.push(item);
      else sorted.results.push(item);
      previous.result = true;
    }
  }
  // A restated conclusion ("The study found that X improves Y") adds nothing beside the
  // figures that show it; keep it only when the article gives no figures.
  if (sorted.results.length === 0) sorted.results.push(...conclusions);
  return sorted;
}

function readSentence(sentence: Sentence, secondIndication: boolean): Read {
  const text = sentence.text;
  const narrative = narrativeOf(text);
  const numbers = findNumbers(narrative);
  return {
    sentence,
    text,
    narrative,
    quoted: quotedShare(text) > 0.5,
    future: FUTURE.test(narrative),
    background: BACKGROUND.test(narrative),
    numbers,
    quantity: numbers.some(
      (n) =>
        n.unit === 'count' ||
        n.unit === 'percent' ||
        n.unit === 'measure' ||
        n.unit === 'money' ||
        (n.unit === 'duration' && !/[- ](?:year|month|week|day)$/.test(n.raw)),
    ),
    secondIndication,
  };
}

/** Names the article uses for the treatment studied: "Siliq", "HDIT/HCT", "the drug", "the cooling cap". */
function treatmentWords(article: ArticleText): RegExp {
  const { intervention } = extractIntervention(article);
  const names = new Set<string>();
  if (intervention) {
    const value = intervention.value;
    for (const part of value.split(/[()/,]|\s+(?:and|or|vs\.?|versus|plus)\s+/)) {
      const name = part.trim();
      if (name.length >= 3) names.add(name);
    }
    for (const word of value.match(/\b[A-Z][\w-]{3,}\b|\b[A-Z]{2,}\b/g) ?? [])
      if (!/^(?:The|System|Therapy|Treatment)$/.test(word)) names.add(word);
  }
  const escaped = [...names].map(escapeRegExp);
  const generic = String.raw`\b(?:the|this|that|its|their|all|both|each|either|two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:drugs?|medicines?|medications?|treatments?|therapy|therapies|devices?|caps?|system|procedure|surgery|vaccines?|implants?|transplants?|injections?|infusions?|products?|regimens?|stimulation|intervention|spray|inhalers?|patch(?:es)?|cream|gel|drops|pills?|tablets?|capsules?|shots?|supplements?|app|program(?:me)?)\b`;
  return new RegExp([generic, ...escaped.map((n) => String.raw`(?<![\w-])${n}(?![\w-])`)].join('|'), 'i');
}

const PEOPLE_OR_ARMS =
  /\b(?:participants|patients|people|volunteers|subjects|group|groups|arm|arms|placebo|trial|study|users|women|men|children|adults)\b/i;
/** "69 percent of trial participants", "359 patients (59%)": a share of the people studied. */
const SHARE_OF_PEOPLE = new RegExp(
  String.raw`\b(?:(?:a|one)[- ](?:half|third|quarter|fifth)|half|two[- ]thirds|three[- ]quarters|(?:\d+|${numberWords(1, 12).join('|')}) (?:out )?of (?:the )?\d[\d,]*)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|all\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|people|volunteers|women|men|children|adults|users)\b|\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|people|volunteers|women|men|children|adults|users)\b|\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:patients|participants|subjects|people|volunteers)\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)`,
  'i',
);

function isResult(read: Read, treatment: RegExp): boolean {
  const { narrative, quantity } = read;
  // "People in the trial who received X saw a body weight loss of 14.9%": a measured
  // figure for the people studied, in the past, is a finding whatever its verb.
  const measured =
    read.numbers.some((n) => n.unit === 'percent' || n.unit === 'measure') && PAST.test(narrative) && PEOPLE_OR_ARMS.test(narrative);
  if (!OUTCOME.test(narrative) && !SHARE_OF_PEOPLE.test(narrative) && !measured) return false;
  // Hopes and forecasts ("could be a game-changer", "experts believe") are not findings,
  // unless they carry the study's own figures.
  if (
    SPECULATION.test(narrative) &&
    !read.numbers.some((n) => n.unit === 'percent' || n.unit === 'measure') &&
    !SHARE_OF_PEOPLE.test(narrative) &&
    !PEOPLE_DID.test(narrative)
  )
    return false;
  if (read.background || DEFINITION.test(narrative.trim()) || REGULATORY.test(narrative)) return false;
  // A company's share price and what it would not say are news about the company, not the trial.
  if (MARKET.test(narrative) || /\bdeclined to (?:say|comment|disclose|give|reveal|specify|discuss)\b/i.test(narrative)) return false;
  // "The study, which enrolled 684 patients, …": the enrolment, unless the same sentence
  // goes on to compare the arms' outcome figures ("… those given X lived a median of 14.2
  // months, compared with 10.1 months for …").
  if (ENROLMENT.test(narrative) && !SHARE_OF_PEOPLE.test(narrative) && !outcomeFiguresCompared(read)) return false;
  if (/\b(?:aims? to|designed to|intended to|is indicated|are indicated|is intended)\b/i.test(narrative)) return false;
  // Present-tense statements about a disease or a drug in general ("they differ in cost",
  // "binds to a protein") are not findings: a finding happened, in the study, or counts
  // the people in it.
  // An effect measure ("a vaccine efficacy of 82.6%", "a 29% lower risk of death") is the
  // study's own figure, whatever the verb ("That translated into …").
  const effectMeasure = quantity && (RISK_LOWERED.test(narrative) || /\b(?:efficacy|odds ratio|relative risk)\b/i.test(narrative));
  const anchored = PAST.test(narrative) || (quantity && PEOPLE_OR_ARMS.test(narrative)) || SHARE_OF_PEOPLE.test(narrative) || effectMeasure;
  if (!anchored) return false;
  if (/\b(?:can|may|might|could)\s+(?:occur|develop|affect|lead|cause|happen)\b/i.test(narrative) && !PAST.test(narrative)) return false;
  return (
    quantity ||
    /\b(?:participants|patients|people|volunteers|subjects|group|arm|trial|study|results?|findings?|placebo)\b/i.test(narrative) ||
    treatment.test(narrative)
  );
}

/** A result with figures or a comparison with a control, as against a restated conclusion. */
function specific(read: Read): boolean {
  const countsPeople = (n: NumberMatch) =>
    n.unit === 'count' &&
    /^\s+(?:[\w-]+\s+){0,3}?(?:participants|patients|people|volunteers|subjects|women|men|children|adults|users|events?|cases|deaths|infections)\b/i.test(
      read.narrative.slice(n.index + n.raw.length, n.index + n.raw.length + 80),
    );
  const figures =
    read.numbers.some((n) => n.unit === 'percent' || n.unit === 'measure' || n.unit === 'money' || countsPeople(n)) ||
    SHARE_OF_PEOPLE.test(read.narrative);
  return (
    figures ||
    /\b(?:superior|inferior|non-?inferior|than (?:placebo|those|patients|participants|people)|compared (?:with|to) (?:placebo|those|patients|participants|the)|versus placebo|vs\.? placebo)\b/i.test(
      read.narrative,
    )
  );
}

/** Two measured figures (months, points, %) set against each other: "14.2 months, compared with 10.1 months". */
function outcomeFiguresCompared(read: Read): boolean {
  const measures = read.numbers.filter(
    (n) => n.unit === 'percent' || n.unit === 'measure' || (n.unit === 'duration' && !/[- ](?:year|month|week|day)$/.test(n.raw)),
  );
  return measures.length >= 2 && /\b(?:compared (?:with|to)|versus|vs\.?|than)\b/i.test(read.narrative) && OUTCOME.test(read.narrative);
}

function armsCompared(text: string): boolean {
  return /\b(?:group|arm)\b[^.;]*\b(?:and|compared|versus|vs\.?|than)\b|\bthan (?:patients|participants|those)\b|\b(?:alone|placebo)\b/i.test(
    text,
  );
}

function harmIn(read: Read, treatment: RegExp): string | null {
  const { narrative, text } = read;
  // Harm words only inside brackets (an endpoint's definition) do not make a harm.
  // Harm words only inside brackets (an endpoint's definition), or denied ("does not
  // increase the risk of heart problems"), do not make a harm.
  const outsideBrackets = narrative
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:does|did|do|was|were|is|are) not (?:increase|raise|cause|lead to|show|carry)\b[^.;,]*/gi, ' ');
  if (!HARM.test(outsideBrackets)) return null;
  if (read.background) return null;
  // The disease's own complications or symptoms, in general: background.
  if (
    /\b(?:is|are) (?:a |an )?(?:common |frequent |known |serious |rare )?(?:side effects?|complications?|symptoms?|causes?) of\b/i.test(
      narrative,
    ) &&
    !treatment.test(narrative.replace(/\bside effects? of\b.*$/i, ''))
  )
    return null;
  // "A causal association … has not been established": an uncertainty, not a harm.
  if (
    /\bnot been (?:established|shown|proven|confirmed)\b|\bno (?:causal )?(?:link|association) (?:has been|was) (?:found|established)\b/i.test(
      narrative,
    ) &&
    !/\b(?:occurred|died|experienced|reported|developed)\b/i.test(narrative)
  )
    return null;
  if (INSTRUCTION.test(narrative) && !/\b(?:may|can|could) cause\b|\brisk of\b|\bbecause\b/i.test(narrative)) return null;
  // Harm words are tied to the treatment or the trial, or state something that happened.
  const anchored =
    treatment.test(narrative) ||
    /\b(?:participants|subjects|volunteers|trial|study|users|groups?|arms?|those (?:taking|receiving|treated|given|who received)|patients (?:treated|taking|receiving|given|who received|in the))\b/i.test(
      narrative,
    ) ||
    /\b(?:occurred|died|experienced|reported|developed|suffered)\b/i.test(narrative);
  if (!anchored) return null;
  if (!STRONG_HARM.test(outsideBrackets) && !/\b(?:risk|complications?|infections?|events?|warnings?)\b/i.test(outsideBrackets)) {
    // A symptom word alone ("headache") names a harm only in a list of effects.
    if (!/\b(?:include|including|such as|were|was)\b/i.test(narrative)) return null;
  }
  return harmClause(text);
}

function harmKind(text: string): Harm['kind'] {
  if (DEATH.test(text)) return 'death';
  if (/\b(?:side effects?|adverse|nausea|vomiting|headaches?|diarrh|fatigue|rash|dizziness)/i.test(text)) return 'side-effect';
  if (/\b(?:should not|should stop|warning|contraindicat)/i.test(text)) return 'warning';
  return 'risk';
}

/** The sentence's future plan, if it states one: the quoted words when a speaker says it. */
function nextStepIn(read: Read): string | null {
  const { text, narrative } = read;
  // Another study counts only when it is still to come ("A separate trial … is under way,
  // with results expected in 2027"); an earlier one is history.
  if (read.background || (OTHER_STUDY.test(narrative) && !read.future)) return null;
  for (const span of read.quoted ? quotedSpans(text) : []) {
    if (NEXT_ACTION.test(span.text) && !conditional(span.text)) return trimQuote(span.text);
  }
  if (read.quoted) return null;
  if (
    NEXT_ACTION.test(narrative) &&
    !conditional(narrative) &&
    (read.future ||
      /\b(?:may|could|should) (?:help )?(?:inform|change|shape|guide|influence)\b|\bwants? to\b|\bnext steps?\b|\bexpects?\b/i.test(
        narrative,
      ))
  )
    return leadTrimmed(text);
  // A filing with a regulator is what happens next, even told in the past tense.
  if (SUBMITTED.test(narrative)) return leadTrimmed(text);
  // "X said it would stop development of the drug": the end of the road is what comes next.
  if (DEVELOPMENT_STOPPED.test(narrative)) return leadTrimmed(text);
  return null;
}

/** "If these findings are confirmed in larger studies, …": a condition, not a plan. */
function conditional(text: string): boolean {
  return /^\W*(?:if|unless|should)\b/i.test(text.trim());
}

/** The caveat the sentence states: its concessive clause, or the quoted words, or the sentence. */
function caveatIn(read: Read): string | null {
  const { text, narrative } = read;
  if (read.background && !/\bcosts?\b/i.test(narrative)) return null;
  if (DEFINITION.test(narrative.trim()) && !/\b(?:not|no|only|may not)\b/i.test(narrative)) return null;
  for (const span of read.quoted ? quotedSpans(text) : []) {
    if (CAVEAT.test(span.text)) return trimQuote(concessive(span.text, CAVEAT) ?? span.text);
  }
  if (read.quoted) return null;
  if (!CAVEAT.test(narrative) && !INDUSTRY_TIE.test(narrative) && !INDUSTRY_TIE_ACTIVE.test(narrative)) return null;
  return concessive(text, CAVEAT) ?? leadTrimmed(text);
}

/** Splits "A, although B" into its two clauses. */
function clauses(text: string): [string, string] | null {
  const split = /,\s+(?:although|though|but|whereas|even though)\s+/i.exec(text);
  if (!split) return null;
  return [text.slice(0, split.index), text.slice(split.index + split[0].length)];
}

/**
 * The clause of "A, although B" or "(…that) while A, B" that carries the cue, when only
 * one does: "key concerns … remain" out of "Dr. X emphasizes that while the findings mark
 * a step forward, key concerns … remain".
 */
function concessive(text: string, cue: RegExp): string | null {
  const leading = /^(?:(?:[^,“"]*?\bthat\s+)?)((?:while|although|though|even though|despite)\s+[^,]+),\s+(.+)$/i.exec(text);
  if (leading) {
    const [, sub, main] = leading as unknown as [string, string, string];
    const inSub = cue.test(sub);
    const inMain = cue.test(main);
    if (inSub && !inMain) return sub;
    // A main clause that opens with a pronoun ("they differ in cost") needs its subordinate clause.
    if (inMain && !inSub) return /^(?:they|it|this|these|those|he|she|we)\b/i.test(main) ? null : main;
  }
  const parts = clauses(text);
  if (!parts) return null;
  const [a, b] = parts;
  const inA = cue.test(a);
  const inB = cue.test(b);
  if (inB && !inA) return b;
  if (inA && !inB) return leadTrimmed(a);
  return null;
}

/** A result's clause: without a trailing caveat clause, a leading discourse word or a lead-in. */
function resultClause(read: Read): string {
  const parts = clauses(read.text);
  if (parts && CAVEAT.test(parts[1]) && !CAVEAT.test(parts[0]) && OUTCOME.test(parts[0])) return leadTrimmed(parts[0]);
  return leadTrimmed(read.text);
}

/** A harm's clause: "…, although some participants experienced side effects, such as …" keeps the harm. */
function harmClause(text: string): string {
  const parts = clauses(text);
  if (parts && !HARM.test(parts[0]) && HARM.test(parts[1])) return parts[1];
  return leadTrimmed(text);
}

/** Drops "Notably, " and a lead-in that ends in a colon before a lower-case clause. */
function leadTrimmed(text: string): string {
  let out = text.replace(DISCOURSE, '');
  const colon = /^[^:“"]{10,120}:\s+(?=[a-z])/.exec(out);
  if (colon && !/\b(?:include|including|were|are|was|is)\s*:\s*$/i.test(colon[0])) out = out.slice(colon[0].length);
  return out.trim();
}

function trimQuote(text: string): string {
  return text
    .replace(/^(?:\.\.\.|…)\s*/, '')
    .replace(/[,\s]+$/, '')
    .trim();
}
