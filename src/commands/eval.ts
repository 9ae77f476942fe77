// `trialbrief eval DIR…`: how well extraction matches the answer keys in one or more
// folders, scored together in one table.
import { evaluateFolders, formatEval } from '../eval/run-eval.js';

export async function runEval(dirs: readonly string[], options: { json: boolean }): Promise<number> {
  const result = await evaluateFolders(dirs);
  if (result.scores.length === 0) {
    process.stderr.write(`trialbrief: no articles with answer keys (*.facts.json) in ${dirs.join(', ')}\n`);
    return 1;
  }
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result)}\n`);
  return 0;
}
