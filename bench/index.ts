// `npm run bench`: speed figures, reported, never asserted in tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchExtraction } from './extract.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.argv[2] ?? path.join(root, 'test/fixtures/corpus');

const rows = await benchExtraction(corpus);
console.log(`Extraction (parse + extract), median of 30 runs after 5 warm-up, per article:`);
for (const row of rows) console.log(`  ${row.medianMs.toFixed(1).padStart(6)} ms  ${row.article}`);
const medians = rows.map((r) => r.medianMs).sort((a, b) => a - b);
console.log(`  median over articles: ${medians[Math.floor(medians.length / 2)]!.toFixed(1)} ms, slowest: ${medians.at(-1)!.toFixed(1)} ms (target ≤ 50 ms)`);
