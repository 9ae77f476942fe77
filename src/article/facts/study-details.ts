// The rest of the clinician's checklist: comparator, follow-up, setting, funding,
// registration and availability, each only when a sentence states it, from sentences
// about the study itself (not plans, not other studies, not a speaker's words). Values
// are clipped at a word boundary, never mid-word.
import type { TextFact } from '../schema.js';
import { numberWords } from '../../shared/word-lists.js';

/** Durations are written in words too: "over nearly two years", "for fifteen months". */
const NUMBER_WORDS = numberWords(1, 90).join('|');
/** "six-week", "12-week", "two-year": a study's length as an adjective ("a six-week clinical trial"). */
const DURATION = String.raw`(?:\d+|${NUMBER_WORDS})-(?:year|month|week|day)`;
/**
 * When no follow-up is stated, how long the study or its treatment ran: "a six-week
 * clinical trial", "over the 24-week duration", "daily injections … for 18 months", "in the
 * six months after discharge". A figure after another verb ("saw the drug work for 19
 * months", "lived for …") is an outcome, not the study's length.
 */
const STUDY_LENGTH = new RegExp(
  String.raw`\b(?:${DURATION}(?:,? (?:[\w-]+,? ){0,3}?)(?:trials?|study|studies)\b|(?:over|during) the ${DURATION} (?:duration|course|period)|(?:treated|treatment|therapy|injections?|infusions?|doses?|pills?|received|receiving|assigned)\b(?:(?!\b(?:saw|see|work\w*|lived|live|survived|lasted|last)\b)[^.;]){0,60}? for (?:up to |nearly |almost |about |more than )?(?:\d+|${NUMBER_WORDS}) (?:years|months|weeks)\b|in the (?:\d+|${NUMBER_WORDS}) (?:years|months|weeks) after (?:discharge|treatment|surgery|the (?:procedure|operation|injection|infusion))\b)`,
  'i',
);
import type { Sentence } from '../sentences.js';
import { FUTURE, OTHER_STUDY, quotedShare, textFact, type ArticleText } from './context.js';

export interface StudyDetails {
  comparator: TextFact | null;
  followUp: TextFact | null;
  setting: TextFact | null;
  funding: TextFact | null;
  registration: TextFact | null;
  availability: TextFact | null;
}

/** A clause's characters: anything but the end of a sentence ("DRCR.net" keeps its dot). */
const CLAUSE = String.raw`(?:[^.;]|\.(?=\w))`;
const CLAUSE_END = String.raw`(?:\.(?!\w)|;|$)`;
const AVAILABILITY = new RegExp(
  String.raw`\b(?:(?<=\b(?:FDA|EMA|MHRA|Administration|Agency|agency|regulators?)(?:\s+\w+){0,2}\s+)(?:approved|cleared|authori[sz]ed)|approved (?:by|for|to treat)|cleared for marketing|granted (?:marketing )?(?:approval|authori[sz]ation)|(?:is|are) (?:now |already )?available|not (?:yet )?(?:available|approved|licensed)|available only|(?:is|are|remains?) (?:still )?(?:an? )?(?:experimental|investigational|unapproved))\b${CLAUSE}{0,200}`,
  'i',
);

/** Cuts a value to at most `max` characters at a word boundary, dropping a dangling connective. */
export function clip(value: string, max = 140): string {
  let out = value.trim();
  if (out.length > max) out = out.slice(0, out.lastIndexOf(' ', max));
  return out.replace(/[\s,;:]+(?:and|or|of|the|a|an|to|in|for|with|by|at)?$/i, '').replace(/[\s,;:]+$/, '');
}

/**
 * The other arm as a noun phrase: a bracket the sentence's full stop cut open ("those
 * without diabetes (an average level of 5" of "… 5.1 percent).") and a clause that goes
 * on past the group ("older animals tells us a lot about …") are not part of its name.
 */
function comparatorPhrase(text: string): string {
  let out = text;
  const open = out.lastIndexOf('(');
  if (open > 0 && !out.includes(')', open)) out = out.slice(0, open);
  out = out.replace(
    /\s+(?:tells?|is|are|was|were|has|have|had|can|could|may|might|will|would|shows?|showed|suggests?|suggested|found|finds)\b.*$/i,
    '',
  );
  return out.trim();
}

const first = (article: ArticleText, test: (s: Sentence) => RegExpExecArray | null, pick = (m: RegExpExecArray) => m[0]) => {
  for (const sentence of article.body) {
    if (sentence.block.kind === 'heading') continue;
    const match = test(sentence);
    if (match) return textFact(clip(pick(match)), sentence);
  }
  return null;
};

/** Sentences about the reported study: not plans, not other studies, not mostly quoted. */
const aboutTheStudy = (pattern: RegExp) => (s: Sentence) =>
  FUTURE.test(s.text) || OTHER_STUDY.test(s.text) || quotedShare(s.text) > 0.5 ? null : pattern.exec(s.text);

export function extractStudyDetails(article: ArticleText): StudyDetails {
  return {
    // After "compared with" comes the other arm, not its figure: "compared with 14% of those
    // on chemotherapy" names no comparator, but "compared with 10.1 months for patients who
    // received docetaxel" does, after the figure (the captured group).
    comparator: first(
      article,
      aboutTheStudy(
        /\b(?:placebo|sham(?: \([^)]*\))?(?: [a-z]+)?|usual care|standard care|standard of care|(?:compared (?:with|to)|versus|vs\.?)\s+(?:about |roughly |nearly |only |just )?[\d.,]+%?\s+(?:[\w-]+\s+){0,2}?(?:for|in|among) (?:the )?(?:patients|participants|those|people|women|men|children|adults) (?:who )?(?:received|receiving|given|taking|treated with|on)\s+([^,.;]{3,60})|(?:compared (?:with|to)|versus|vs\.?|than (?:patients |those |participants )?(?:who )?(?:received|receiving|taking))\s+(?!(?:about |roughly |nearly |only |just )?[\d.,]+)[^,.;]{3,80})/i,
      ),
      (m) => comparatorPhrase(m[1] ?? m[0]),
    ),
    followUp:
      first(
        article,
        aboutTheStudy(
          new RegExp(
            String.raw`\b(?:(?:median|mean|average) follow-up (?:was|of) [^,.;]+|(?:monitored|followed|tracked|observed) (?:\w+ ){0,3}(?:for|over) (?:up to |nearly |almost |about |more than )?(?:\d+|${NUMBER_WORDS}) (?:years?|months?|weeks?)|(?:over|during) (?:nearly |almost |about |more than )?(?:\d+|${NUMBER_WORDS}) (?:years|months|weeks)(?= of (?:treatment|follow-up|the study|the trial)|[,.;]| in the (?:study|trial))|from (?:week )?\d+ to \d+ weeks|(?:\d+|${NUMBER_WORDS})[- ](?:year|month|week|day)s?(?: (?:of )?follow-up| trial| study)|follow(?:ed)?[- ]up (?:of|for) [^,.;]+|(?:over|after) a (?:median|mean|average) (?:follow-up )?of [^,.;]+|(?:five|ten|\d+) years after [^,.;]+|by day \d+)`,
            'i',
          ),
        ),
      ) ?? first(article, aboutTheStudy(STUDY_LENGTH)),
    setting: first(
      article,
      aboutTheStudy(
        new RegExp(
          String.raw`\b(?:conducted (?:at|in|by)|(?:at|in|across) (?:\d+|several|multiple|[a-z]+) (?:clinical (?:trial )?)?(?:sites|centers|centres|hospitals|clinics|countries)|metabolic ward|(?:led|run) by (?:scientists|researchers|doctors) at)\b${CLAUSE}{0,100}`,
          'i',
        ),
      ),
      (m) => m[0].replace(/,\s+(?:which|who|where)\b.*$/, ''),
    ),
    funding: first(
      article,
      aboutTheStudy(
        new RegExp(
          String.raw`\b(?:funded|sponsored|supported|paid for|financed) by\b${CLAUSE}{3,160}?(?=,? and (?:was )?(?:conducted|run|led|carried out)\b|${CLAUSE_END})|\bunder award number\b${CLAUSE}*|\b(?:[\w-]+ ){0,3}(?:grants?|funding|money) (?:from (?:[\w-]+ ){1,4})?(?:helped )?(?:pay|paid) for\b${CLAUSE}{0,80}`,
          'i',
        ),
      ),
    ),
    registration: first(article, (s) =>
      /\bNCT\d{8}\b|\bISRCTN\d+\b|\bEudraCT\s*\d{4}-\d{6}-\d{2}\b|\bCTRI\/\d{4}\/\d+\/\d+\b|\bACTRN\d{14}\b|\bChiCTR[\w-]+\b/.exec(s.text),
    ),
    availability: first(article, (s) => (quotedShare(s.text) > 0.5 ? null : AVAILABILITY.exec(s.text))),
  };
}
