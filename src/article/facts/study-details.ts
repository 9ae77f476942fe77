// The rest of the clinician's checklist: comparator, follow-up, setting, funding,
// registration and availability, each only when a sentence states it.
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { FUTURE, textFact, type ArticleText } from './context.js';

export interface StudyDetails {
  comparator: TextFact | null;
  followUp: TextFact | null;
  setting: TextFact | null;
  funding: TextFact | null;
  registration: TextFact | null;
  availability: TextFact | null;
}

const first = (article: ArticleText, test: (s: Sentence) => RegExpExecArray | null, pick = (m: RegExpExecArray) => m[0]) => {
  for (const sentence of article.body) {
    const match = test(sentence);
    if (match) return textFact(pick(match), sentence);
  }
  return null;
};

const nowOnly = (pattern: RegExp) => (s: Sentence) => (FUTURE.test(s.text) ? null : pattern.exec(s.text));

export function extractStudyDetails(article: ArticleText): StudyDetails {
  return {
    comparator: first(
      article,
      nowOnly(/\b(?:placebo|sham(?: \([^)]*\))?(?: [a-z]+)?|(?:compared (?:with|to)|versus|vs\.?|than (?:patients |those |participants )?(?:who )?(?:received|receiving|taking))\s+[^,.;]{3,80})/i),
      (m) => m[0],
    ),
    followUp: first(
      article,
      nowOnly(/\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:year|month|week|day)s?(?: (?:of )?follow-up| trial| study)|follow(?:ed)?[- ]up (?:of|for) [^,.;]+|(?:five|ten|\d+) years after [^,.;]+|by day \d+)/i),
    ),
    setting: first(article, nowOnly(/\b(?:conducted (?:at|in|by)|(?:at|in) (?:\d+|several|multiple) (?:sites|centers|centres|hospitals|countries)|metabolic ward|(?:led|run) by (?:scientists|researchers) at)\b[^.;]{0,100}/i)),
    funding: first(article, nowOnly(/\b(?:funded|sponsored|supported|paid for) by\b[^.;]{3,160}|\bunder award number\b[^.;]*/i)),
    registration: first(article, (s) => /\bNCT\d{8}\b|\bISRCTN\d+\b|\bEudraCT\s*\d{4}-\d{6}-\d{2}\b|\bCTRI\/\d{4}\/\d+\/\d+\b/.exec(s.text)),
    availability: first(
      article,
      (s) => /\b(?:approved|cleared for marketing|granted (?:marketing )?approval|is (?:now )?available|not (?:yet )?(?:available|approved)|available only|experimental|investigational|remain[s]? (?:largely )?unattainable)\b[^.;]{0,120}/i.exec(s.text),
    ),
  };
}
