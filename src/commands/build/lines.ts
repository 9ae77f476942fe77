// The words `trialbrief build` prints: one line per article, per failure and per removed
// source, and the summary at the end.
import type { DocumentReport } from '../../audiences/checks/index.js';
import type { ArticleBuilt, ArticleFailure, BuildResult } from '../../build/build.js';
import { filesOf, type ManifestArticle } from '../../build/manifest.js';
import type { BuiltDocument } from '../../pipeline.js';

/** "✓ slug: 3 PDFs, 1 warning · patient grade 6.1, …  (1.2 s)", then failed checks and diagnostics. */
export function articleLines(article: ArticleBuilt, printing: boolean): string {
  const violations = article.reports.flatMap((r) => r.violations.map((v) => `  ${r.audience}: ${v.rule}: ${v.message}`));
  const pdfs = article.documents.filter((d) => d.pages !== null).length;
  const counts = [
    printing ? plural(pdfs, 'PDF') : plural(article.documents.length, 'HTML document'),
    article.warnings && plural(article.warnings, 'warning'),
    violations.length && plural(violations.length, 'check failed', 'checks failed'),
  ].filter(Boolean);
  return (
    `${violations.length ? '!' : '✓'} ${article.slug}: ${counts.join(', ')} · ${checkSummary(article.reports)} (${seconds(article.seconds)})\n` +
    (violations.length ? `${violations.join('\n')}\n` : '') +
    (article.diagnostics ? `${article.diagnostics}\n` : '')
  );
}

/** "2 pages, 0.8 s": a document is ready. */
export function documentDetail(document: BuiltDocument, since: number): string {
  return [document.pages !== null && plural(document.pages, 'page'), seconds(since)].filter(Boolean).join(', ');
}

/** The browser's failure is said once in full; every other article only points at it. */
export function failureLine(failure: ArticleFailure, browserFailedBefore: boolean): string {
  return failure.browserDidNotStart && browserFailedBefore
    ? `✗ ${failure.file}: not printed (the browser did not start)`
    : `✗ ${failure.message}`;
}

export function removedLine(entry: ManifestArticle, key: string): string {
  return `− ${entry.slug}: source ${key} is gone; removed its ${filesOf(entry).length} files`;
}

/** With --strict: an unchanged article that had warnings or failed checks when it was built. */
export function upToDateLine(entry: ManifestArticle): string | null {
  if (entry.warnings === 0 && entry.violations === 0) return null;
  const counts = [
    entry.warnings && plural(entry.warnings, 'warning'),
    entry.violations && plural(entry.violations, 'check failed', 'checks failed'),
  ].filter(Boolean);
  return `! ${entry.slug}: up to date, ${counts.join(', ')} at its last build (--force to see them again)`;
}

export function interruptedLine(result: BuildResult, signal: string): string {
  const built = result.built.length;
  return `trialbrief: interrupted (${signal}); ${built} of ${plural(result.toBuild, 'article')} ${built === 1 ? 'was' : 'were'} built, ${result.outDir}/ holds only complete files`;
}

/** "3 of 5 articles built, 2 up to date, 9 PDFs (4.1/s), 1 failed in 2.31 s → out/". */
export function summaryLine(result: BuildResult, shard: { index: number; total: number } | undefined): string {
  const { seconds: elapsed, failed, pdfs } = result;
  const parts = [
    result.toBuild > 0 ? `${result.toBuild - failed.length} of ${plural(result.toBuild, 'article')} built` : 'nothing to build',
    result.upToDate.length > 0 && `${result.upToDate.length} up to date`,
    shard && `${result.otherShards} in other shards (shard ${shard.index}/${shard.total})`,
    pdfs > 0 && `${plural(pdfs, 'PDF')}${elapsed > 0 ? ` (${(pdfs / elapsed).toFixed(1)}/s)` : ''}`,
    failed.length > 0 && `${failed.length} failed`,
    result.warned > 0 && `${result.warned} with warnings`,
    result.violated > 0 && `${result.violated} failing checks`,
    result.removed.length > 0 && `${result.removed.length} removed`,
  ].filter(Boolean);
  return `${parts.join(', ')} in ${elapsed.toFixed(elapsed < 10 ? 2 : 1)} s → ${result.outDir}/`;
}

/** "patient grade 6.1, SMOG 7.9, longest 18 words; pages 2/1/1; checklist 5/9". */
function checkSummary(reports: DocumentReport[]): string {
  const patient = reports.find((r) => r.readability)?.readability;
  const clinician = reports.find((r) => r.checklist)?.checklist;
  return [
    patient && `patient grade ${patient.fleschKincaidGrade}, SMOG ${patient.smog}, longest ${patient.longestSentence.words} words`,
    reports.every((r) => r.pages !== null) && `pages ${reports.map((r) => r.pages).join('/')}`,
    clinician && `checklist ${clinician.reported}/${clinician.of}`,
  ]
    .filter(Boolean)
    .join('; ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function seconds(s: number): string {
  return `${s.toFixed(1)} s`;
}
