// Runs extraction over a folder of articles that have answer keys beside them.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { answerKeyView } from '../article/answer-key.js';
import { readArticle } from '../article/read-article.js';
import { scoreArticle, summarise, type AnswerKey, type ArticleScore, type EvalSummary } from './score.js';

export async function evaluateFolder(dir: string): Promise<{ scores: ArticleScore[]; summary: EvalSummary }> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const scores: ArticleScore[] = [];
  for (const name of names) {
    const keyPath = path.join(dir, name.replace(/\.(txt|md)$/, '.facts.json'));
    const key = await readFile(keyPath, 'utf8').then(
      (t) => JSON.parse(t) as AnswerKey,
      () => null,
    );
    if (!key) continue;
    const { facts } = await readArticle(path.join(dir, name));
    scores.push(scoreArticle(name, key, answerKeyView(facts)));
  }
  return { scores, summary: summarise(scores) };
}

export function formatEval({ scores, summary }: { scores: ArticleScore[]; summary: EvalSummary }): string {
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
  const lines = [`Extraction on ${summary.articles} articles`, '', 'field          right'];
  for (const [name, { right, of }] of Object.entries(summary.fields)) lines.push(`${name.padEnd(14)} ${right}/${of}`);
  lines.push('', 'list           recall  precision  (found/expected, matched/extracted)');
  for (const [name, s] of Object.entries(summary.lists))
    lines.push(`${name.padEnd(14)} ${pct(s.recall)}   ${pct(s.precision)}      (${s.found}/${s.expected}, ${s.matched}/${s.extracted})`);
  const misses = scores.flatMap((s) =>
    Object.entries(s.fields)
      .filter(([, f]) => !f.right)
      .map(([name, f]) => `  ${s.article} ${name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.got)}`),
  );
  if (misses.length > 0) lines.push('', 'misses:', ...misses);
  return lines.join('\n');
}
