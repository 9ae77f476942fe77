// Sorts the body's sentences into what the study found, what harm it did, what comes
// next, what is uncertain, and background figures. A sentence may be both a next step
// and a caveat; results exclude plans, background and mostly-quoted sentences.
import type { Finding, Harm } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { BACKGROUND, FUTURE, STUDY_WORDS, finding, quotedShare, type ArticleText } from './context.js';
import { findNumbers } from '../numbers.js';

const OUTCOME =
  /\b(improv\w*|reduc\w*|decreas\w*|increas\w*|lower\w*|higher|greater|better|worse|fewer|more likely|less likely|achiev\w*|remission|surviv\w*|lived longer|went longer|response|responded|effective|cleared|stopped|ceased|no longer|free of|outperform\w*|compared|gains?|success|producing|restor\w*|maintained|reached|experienced (?:a |an )?(?:reduction|improvement)|lost|consumed|cured|relapse)\b/i;
const HARM =
  /\b(side effects?|adverse (?:events?|effects?|reactions?)|died|deaths?|fatal|toxicit(?:y|ies)|serious (?:infections?|risks?|harm)|risks? of|complications?|hypersensitivity|allergic|boxed warning|warning|contraindicat\w*|should not (?:be used|take)|nausea|vomiting|headaches?|diarrh(?:o)?ea|suicid\w*|harm)\b/i;
const DEATH = /\b(died|deaths?|fatal|mortality)\b/i;
const CAVEAT =
  /\b(concerns?|limitations?|limited|remains? (?:unclear|unknown|to be)|remain\b|unknown|not yet|further (?:evaluation|study|research|studies|investigation)|(?:is|are) needed|need(?:s|ed)? to be|small (?:study|number|sample|trial)|cannot|could not|uncertain\w*|caution\w*|not (?:directly )?(?:linked|compared|known|clear)|carries (?:some )?risks?|only (?:among|in|for)|long-term (?:effects?|safety|implications)|cost|expensive|unattainable|may not|do not know|no comparison|placebo effect)\b/i;
const NEXT = /\b(trials?|stud(?:y|ies)|research|approval|FDA|monitor\w*|follow\w*|enrol\w*|recruit\w*|test\w*|develop\w*|confirm\w*)\b/i;

export interface SortedFindings {
  results: Finding[];
  harms: Harm[];
  nextSteps: Finding[];
  caveats: Finding[];
  context: Finding[];
}

export function sortFindings(article: ArticleText): SortedFindings {
  const sorted: SortedFindings = { results: [], harms: [], nextSteps: [], caveats: [], context: [] };
  for (const sentence of article.body) {
    if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'cell') continue;
    const text = sentence.text;
    const quoted = quotedShare(text) > 0.5;
    const future = FUTURE.test(text);
    const background = BACKGROUND.test(text);
    const hasNumber = findNumbers(text).some((n) => n.unit !== 'year');

    if (future && NEXT.test(text)) sorted.nextSteps.push(finding(text, sentence));
    if (CAVEAT.test(text) && !background) sorted.caveats.push(finding(text, sentence));
    if (background && hasNumber && !STUDY_WORDS.test(text.replace(/\bpatients\b/g, ''))) {
      sorted.context.push(finding(text, sentence));
      continue;
    }
    if (quoted || future) continue;
    const harm = HARM.test(text) && !background && !/\bis a (common )?side effect of\b/i.test(text);
    if (harm) sorted.harms.push({ ...finding(text, sentence), kind: harmKind(text) });
    else if (isResult(sentence, hasNumber)) sorted.results.push(finding(text, sentence));
  }
  return sorted;
}

function isResult(sentence: Sentence, hasNumber: boolean): boolean {
  const text = sentence.text;
  if (!OUTCOME.test(text)) return false;
  if (/\b(is|are) (?:a|an|the) (?:\w+ )?(?:disease|condition|disorder|procedure|drug|inhibitor)\b/i.test(text)) return false;
  if (/\b(aims? to|designed to|intended to|is indicated)\b/i.test(text)) return false;
  return hasNumber || /\b(participants|patients|people|volunteers|subjects|group|arm|trial|study|results?|findings?)\b/i.test(text);
}

function harmKind(text: string): Harm['kind'] {
  if (DEATH.test(text)) return 'death';
  if (/\b(side effects?|adverse|nausea|vomiting|headaches?|diarrh)/i.test(text)) return 'side-effect';
  if (/\b(should not|warning|contraindicat)/i.test(text)) return 'warning';
  return 'risk';
}
