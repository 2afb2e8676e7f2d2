/**
 * `npm run models:eval [-- --json] [-- --dir public/models] [-- --seed N]`: loads the committed
 * models from disk and scores each on held-out generated data beside a trivial baseline. With
 * --json it prints {"models": [{name, task, metric, value, baseline, higherIsBetter, params}]}.
 */
import { resolve } from 'node:path';
import { evaluateModels } from '../src/model/eval/evaluate.ts';
import { formatEvaluationTable } from '../src/model/eval/format-table.ts';
import { readManifest } from '../src/model/eval/read-manifest.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = resolve(option('dir') ?? 'public/models');
  const manifest = await readManifest(dir);
  const seed = option('seed') === undefined ? manifest.evalSeed : Number(option('seed'));
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${option('seed')}`);
  const results = await evaluateModels(manifest, dir, seed);
  if (process.argv.includes('--json')) {
    const models = results.map(
      ({ name, task, metric, value, baseline, higherIsBetter, params }) => ({
        name,
        task,
        metric,
        value,
        baseline,
        higherIsBetter,
        params,
      }),
    );
    console.log(JSON.stringify({ models }, null, 2));
  } else {
    console.log(formatEvaluationTable(results, seed));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
