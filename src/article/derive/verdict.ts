// What the main study found for its main outcome, from the headline and the results:
//   - no benefit: the headline says the treatment failed and a result says so, or every
//     result says so (one null secondary outcome in a positive trial is not enough:
//     calling a trial a failure is as grave a misreport as the reverse);
//   - harm: the headline, or most results, say the exposure raised a risk;
//   - mixed: the headline claims a benefit and a result or the headline states a harm;
//   - benefit: the headline or a result states a gain;
//   - an approval is a regulator's finding of benefit;
//   - with no result extracted, the lede stands in for the results;
//   - unclear: no result is stated at all.
// The sources are the statements it rests on, in the order of the text; for "no benefit"
// the first is the statement the documents quote.
import { cues, firstCue } from '../cues/cues.js';
import { FUTURE, OTHER_STUDY, quotedShare, type ArticleText } from '../facts/context.js';
import type { DerivedFacts, Facts, Finding, SourceRef, Verdict } from '../schema.js';
import { finding } from '../facts/context.js';
import { sourceRef } from '../sentences.js';
import { derivedFact } from './derived.js';

/** The main outcome a trial was designed to judge. */
const PRIMARY = /\b(?:primary|main|key)\s+(?:end\s?points?|goals?|outcomes?|measures?|aims?)\b/i;

/** Kinds of study that measure no treatment given: what they say "could" happen is a projection. */
const PROJECTING = new Set<string>(['observational', 'modeling', 'review or meta-analysis', 'other']);

/** Benefit words that are a test's claim (it spots, detects, predicts), not a gain for patients. */
const DETECTION = /^(?:detect|identif|spot|distinguish|screen|predict)/i;

/** The first three body sentences, read as results when the extractor found none. */
const lede = (article: ArticleText): Finding[] => article.body.slice(0, 3).map((sentence) => finding(sentence.text, sentence));

type Extracted = Omit<Facts, 'derived'>;
const said = (text: string, prefix: string) =>
  firstCue(
    cues('verdict').filter((c) => c.id.startsWith(prefix)),
    text,
  );

/** "could reduce", "may help": a gain the text only supposes. */
const HEDGE = /\b(?:could|may|might|would)\s+(?:[\w-]+\s+){0,2}$/i;

/** A gain stated outright: a benefit cue with no "could", "may" or "might" just before it. */
function statesGain(text: string): boolean {
  return cues('verdict')
    .filter((c) => c.id.startsWith('verdict-benefit'))
    .some((c) => {
      const all = new RegExp(c.regex.source, c.regex.flags.includes('g') ? c.regex.flags : `${c.regex.flags}g`);
      return [...text.matchAll(all)].some((m) => !HEDGE.test(text.slice(Math.max(0, m.index - 40), m.index)));
    });
}

/**
 * "The treated knee was no better than the control knee": the main study's null result,
 * read from the whole body (the extracted results may leave it out), never from plans,
 * other studies or quotations.
 */
function nullAgainstControl(article: ArticleText) {
  const cue = cues('verdict').find((c) => c.id === 'verdict-none-control')!;
  return article.body.find((s) => cue.regex.test(s.text) && !FUTURE.test(s.text) && !OTHER_STUDY.test(s.text) && quotedShare(s.text) < 0.5);
}

export function deriveVerdict(facts: Extracted, article: ArticleText, studyType: DerivedFacts['studyType']): DerivedFacts['verdict'] {
  const title = article.title;
  if (studyType?.value === 'regulatory approval')
    return derivedFact('benefit', `a regulator approved it: ${studyType.basis}`, studyType.sources, studyType.rule);
  const results = (facts.results.length > 0 ? [...facts.results] : lede(article)).sort(
    (a, b) => a.source.line - b.source.line || a.source.column - b.source.column,
  );
  const refs = (list: Finding[]) => list.map((f) => f.source);
  const make = (value: Verdict, basis: string, sources: SourceRef[], rule?: string) => derivedFact(value, basis, sources, rule);

  const nulls = results.filter((f) => said(f.text, 'verdict-none-not'));
  const failedHeadline = said(title, 'verdict-none');
  if (nulls.length > 0 && (nulls.length === results.length || failedHeadline))
    return make(
      'no benefit',
      nulls.length === results.length ? 'every result states no benefit' : 'the headline says it failed and a result says so',
      refs(nulls),
      nulls.length === results.length ? 'verdict-none-not-significant' : failedHeadline!.id,
    );
  if (failedHeadline && results.length === 0) return make('no benefit', 'the headline says it failed', [], failedHeadline.id);

  // "Night shifts boost the risk of diabetes": the words of a harm are not also a gain.
  const harmHeadline = said(title, 'verdict-harm');
  const gainHeadline = said(harmHeadline ? title.replace(new RegExp(harmHeadline.regex.source, 'gi'), ' ') : title, 'verdict-benefit');
  // No better than placebo or control: no benefit, unless the headline claims a gain
  // (then the story contradicts itself, and the verdict abstains).
  // A null result on the main outcome ("missed its primary endpoint") decides it, whatever
  // secondary outcomes improved; against a headline's gain it is a contradiction.
  const primaryNull = nulls.find((f) => PRIMARY.test(f.text));
  if (primaryNull) {
    if (gainHeadline) return null;
    return make('no benefit', 'a result states no benefit on the main outcome', [primaryNull.source], 'verdict-none-not-significant');
  }
  const control = nullAgainstControl(article);
  if (control) {
    if (gainHeadline) return null;
    const ref = sourceRef(control);
    return make('no benefit', 'the study found it no better than its control', [ref], 'verdict-none-control');
  }

  const harmful = results.filter((f) => said(f.text, 'verdict-harm'));
  // An aim ("to test the benefit of …") or what studies in general have found is not a gain of this study.
  const gains = results.filter(
    (f) =>
      said(f.text, 'verdict-benefit') && !said(f.text, 'verdict-harm') && !said(f.text, 'verdict-none-not') && !said(f.text, 'verdict-aim'),
  );
  // A headline that says a test can spot or predict something, over results that link a
  // marker to a higher risk, reports a risk, not a benefit set against a harm.
  const detectionHeadline = gainHeadline && DETECTION.test(gainHeadline.regex.exec(title)?.[0] ?? '');

  if (detectionHeadline && !harmHeadline && harmful.length > 0 && harmful.length * 2 > results.length)
    return make('harm', 'most results link it to a higher risk', refs(harmful), 'verdict-harm-risk');
  if ((harmHeadline && !gainHeadline) || (harmful.length > 0 && harmful.length * 2 > results.length && !gainHeadline))
    return make('harm', harmHeadline ? 'the headline states a harm' : 'most results state a harm', refs(harmful), 'verdict-harm-risk');
  // A marker linked to a higher risk is what a test's headline claims to spot, not a harm set against its gain.
  if (gainHeadline && (harmHeadline || (harmful.length > 0 && !detectionHeadline)))
    return make(
      'mixed',
      'the headline states a gain and a result or the headline a harm',
      refs([...gains, ...harmful]),
      'verdict-harm-risk',
    );
  // "Wider use could reduce deaths": from a study that measured no treatment (records, a
  // model, a review, no study at all), a gain the text only supposes is a projection, not
  // a finding. (A lab compound that "may fight" a cancer or a scan that "could screen"
  // for a disease is the usual hedge on an early positive result, and stays a benefit.)
  const measuresNoTreatment = !studyType || PROJECTING.has(studyType.value);
  if (measuresNoTreatment && (gainHeadline || gains.length > 0) && !statesGain(title) && !gains.some((f) => statesGain(f.text)))
    return null;
  if (gainHeadline || gains.length > 0) {
    const rule = (gains[0] ? said(gains[0].text, 'verdict-benefit') : gainHeadline)!.id;
    return make('benefit', gainHeadline ? 'the headline states a gain' : 'a result states a gain', refs(gains), rule);
  }
  if (facts.results.length === 0) return make('unclear', 'no result is stated', []);
  return null;
}
