// `npm run bench`: speed figures, reported, never asserted in tests.
//   npm run bench [-- [corpus-dir] [--articles N] [--rounds N] [--jobs N] [--only extract|build] [--max-wait SECONDS]]
// Extraction time per article, then the build benchmark (bench/build.ts): a generated
// batch of articles printed by the full pipeline and by a bare Puppeteer loop.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { benchBuild } from './build.js';
import { benchExtraction } from './extract.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    jobs: { type: 'string' },
    only: { type: 'string' },
    'max-wait': { type: 'string', default: '180' },
  },
});
const corpus = positionals[0] ?? path.join(root, 'test/fixtures/corpus');

if (values.only !== 'build') {
  const rows = await benchExtraction(corpus);
  console.log(`Extraction (parse + extract), median of 30 runs after 5 warm-up, per article:`);
  for (const row of rows) console.log(`  ${row.medianMs.toFixed(1).padStart(6)} ms  ${row.article}`);
  const medians = rows.map((r) => r.medianMs).sort((a, b) => a - b);
  console.log(
    `  median over articles: ${medians[Math.floor(medians.length / 2)]!.toFixed(1)} ms, slowest: ${medians.at(-1)!.toFixed(1)} ms (target ≤ 50 ms)`,
  );
  console.log('');
}

if (values.only !== 'extract') {
  await benchBuild({
    corpus,
    articles: Number(values.articles),
    rounds: Number(values.rounds),
    jobs: values.jobs ? Number(values.jobs) : undefined,
    maxWait: Number(values['max-wait']),
  });
}
