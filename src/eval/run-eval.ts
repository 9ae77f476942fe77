// Runs extraction over folders of articles that have answer keys beside them, and prints
// one table for all of them together.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { answerKeyView } from '../article/answer-key.js';
import { readArticle } from '../article/read-article.js';
import { scoreArticle, summarise, type AnswerKey, type ArticleScore, type EvalSummary } from './score.js';

export interface EvalResult {
  /** Each folder with the number of articles scored in it. */
  folders: { dir: string; articles: number }[];
  scores: ArticleScore[];
  summary: EvalSummary;
}

async function scoreFolder(dir: string): Promise<ArticleScore[]> {
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
    // Folder and name, so articles of two corpora with the same name stay apart.
    scores.push(scoreArticle(path.join(path.basename(dir), name), key, answerKeyView(facts)));
  }
  return scores;
}

export async function evaluateFolders(dirs: readonly string[]): Promise<EvalResult> {
  const folders: EvalResult['folders'] = [];
  const scores: ArticleScore[] = [];
  for (const dir of dirs) {
    const folderScores = await scoreFolder(dir);
    folders.push({ dir, articles: folderScores.length });
    scores.push(...folderScores);
  }
  return { folders, scores, summary: summarise(scores) };
}

export async function evaluateFolder(dir: string): Promise<EvalResult> {
  return evaluateFolders([dir]);
}

export function formatEval({ folders, scores, summary }: EvalResult): string {
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
  const where = folders.map((f) => `${f.dir} ${f.articles}`).join(', ');
  const lines = [`Extraction on ${summary.articles} articles (${where})`, '', 'field          right  wrong  abstained   of  right%'];
  for (const [name, f] of Object.entries(summary.fields))
    lines.push(
      `${name.padEnd(14)} ${String(f.right).padStart(5)}  ${String(f.wrong).padStart(5)}  ${String(f.abstained).padStart(9)}  ${String(f.of).padStart(3)}  ${pct(f.of === 0 ? 0 : f.right / f.of)}`,
    );
  lines.push(
    '',
    `wrong: ${summary.wrong} values given that the key contradicts (abstained apart: ${summary.abstained} left empty where the key has a value)`,
  );
  lines.push('', 'list           recall  precision  (found/expected, matched/extracted)');
  for (const [name, s] of Object.entries(summary.lists))
    lines.push(`${name.padEnd(14)} ${pct(s.recall)}   ${pct(s.precision)}      (${s.found}/${s.expected}, ${s.matched}/${s.extracted})`);
  const misses = (outcome: 'wrong' | 'abstained') =>
    scores.flatMap((s) =>
      Object.entries(s.fields)
        .filter(([, f]) => f.outcome === outcome)
        .map(([name, f]) => `  ${s.article} ${name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.got)}`),
    );
  const wrong = misses('wrong');
  const abstained = misses('abstained');
  if (wrong.length > 0) lines.push('', 'wrong:', ...wrong);
  if (abstained.length > 0) lines.push('', 'abstained:', ...abstained);
  return lines.join('\n');
}
