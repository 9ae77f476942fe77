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
import type { ArticleText } from '../facts/context.js';
import type { DerivedFacts, Facts, Finding, SourceRef, Verdict } from '../schema.js';
import { finding } from '../facts/context.js';
import { derivedFact } from './derived.js';

/** The first three body sentences, read as results when the extractor found none. */
const lede = (article: ArticleText): Finding[] => article.body.slice(0, 3).map((sentence) => finding(sentence.text, sentence));

type Extracted = Omit<Facts, 'derived'>;
const said = (text: string, prefix: string) =>
  firstCue(
    cues('verdict').filter((c) => c.id.startsWith(prefix)),
    text,
  );

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

  const harmful = results.filter((f) => said(f.text, 'verdict-harm'));
  const harmHeadline = said(title, 'verdict-harm');
  const gainHeadline = said(title, 'verdict-benefit');
  const gains = results.filter(
    (f) => said(f.text, 'verdict-benefit') && !said(f.text, 'verdict-harm') && !said(f.text, 'verdict-none-not'),
  );

  if ((harmHeadline && !gainHeadline) || (harmful.length > 0 && harmful.length * 2 > results.length && !gainHeadline))
    return make('harm', harmHeadline ? 'the headline states a harm' : 'most results state a harm', refs(harmful), 'verdict-harm-risk');
  if (gainHeadline && (harmHeadline || harmful.length > 0))
    return make(
      'mixed',
      'the headline states a gain and a result or the headline a harm',
      refs([...gains, ...harmful]),
      'verdict-harm-risk',
    );
  if (gainHeadline || gains.length > 0) {
    const rule = (gains[0] ? said(gains[0].text, 'verdict-benefit') : gainHeadline)!.id;
    return make('benefit', gainHeadline ? 'the headline states a gain' : 'a result states a gain', refs(gains), rule);
  }
  if (facts.results.length === 0) return make('unclear', 'no result is stated', []);
  return null;
}
