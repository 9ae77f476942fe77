// `trialbrief eval DIR`: how well extraction matches the answer keys in DIR.
import { evaluateFolder, formatEval } from '../eval/run-eval.js';

export async function runEval(dir: string, options: { json: boolean }): Promise<number> {
  const result = await evaluateFolder(dir);
  if (result.scores.length === 0) {
    process.stderr.write(`trialbrief: no articles with answer keys (*.facts.json) in ${dir}\n`);
    return 1;
  }
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result)}\n`);
  return 0;
}
