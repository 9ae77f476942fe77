// `trialbrief extract FILE`: the Facts of one article, for editors and for scoring.
import { answerKeyView } from '../article/answer-key.js';
import { readArticle } from '../article/read-article.js';
import { formatDiagnostics } from '../report.js';

export async function runExtract(filePath: string, options: { json: boolean }): Promise<number> {
  const { file, facts } = await readArticle(filePath);
  const diagnostics = formatDiagnostics(file, { verbose: false });
  if (diagnostics) process.stderr.write(`${diagnostics}\n`);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...answerKeyView(facts), facts }, null, 2)}\n`);
    return 0;
  }
  const view = answerKeyView(facts);
  const lines = [
    `${view.title}`,
    `  intervention  ${view.intervention ?? '—'}`,
    `  condition     ${view.condition ?? '—'}`,
    `  participants  ${view.participants ?? '—'}`,
    `  phase         ${view.phase ?? '—'}`,
    `  journal       ${view.journal ?? '—'}${view.published ? ` (${view.published})` : ''}`,
    // Derived judgements with their basis, so an editor sees why before overriding one.
    ...(['studyType', 'verdict', 'randomised', 'stage', 'availability'] as const).map((key) => {
      const fact = facts.derived[key];
      return `  ${key.padEnd(13)} ${fact ? `${fact.value}  (${fact.origin === 'editor' ? 'editor' : fact.basis})` : '—'}`;
    }),
    ...(['results', 'harms', 'next_steps', 'caveats'] as const).flatMap((key) => [
      `  ${key}:`,
      ...view[key].map((item) => `    L${item.line}  ${item.text}`),
    ]),
    '  quotes:',
    ...view.quotes.map((q) => `    L${q.line}  ${q.speaker ?? 'unattributed'}: “${q.text}”`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
