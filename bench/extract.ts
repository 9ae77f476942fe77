// Extraction time per article (parse + extract, no browser), median after warm-up.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { decodeArticle } from '../src/article/load.js';
import { parseArticle } from '../src/article/parse.js';
import { extractFacts } from '../src/article/extract.js';

const WARMUP = 5;
const RUNS = 30;

export async function benchExtraction(dir: string): Promise<{ article: string; medianMs: number }[]> {
  // Articles are the files with an answer key beside them (README.md and the like are not).
  const all = await readdir(dir);
  const names = all.filter((n) => /\.(txt|md)$/.test(n) && all.includes(n.replace(/\.(txt|md)$/, '.facts.json'))).sort();
  const rows = [];
  for (const name of names) {
    const bytes = await readFile(path.join(dir, name));
    const once = () => {
      const file = new VFile({ path: name });
      file.value = decodeArticle(file, bytes);
      extractFacts(file, parseArticle(file));
    };
    for (let i = 0; i < WARMUP; i++) once();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      once();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({ article: name, medianMs: times[Math.floor(times.length / 2)]! });
  }
  return rows;
}
