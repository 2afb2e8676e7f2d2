/**
 * `npm run train [-- --seed N] [-- --out DIR]`: trains the eight example models on generated data
 * with the tfjs CPU backend, saves them under public/models/<name>/ and writes
 * public/models/manifest.json. The same seed reproduces the same weights and figures.
 */
import { resolve } from 'node:path';
import { TRAIN_SEED } from '../src/model/data/seeds.ts';
import { trainAll } from '../src/model/train/train-all.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const seed = Number(option('seed') ?? TRAIN_SEED);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${option('seed')}`);
  const outDir = resolve(option('out') ?? 'public/models');
  const started = Date.now();
  const manifest = await trainAll({ outDir, trainSeed: seed, log: (line) => console.log(line) });
  const seconds = (Date.now() - started) / 1000;
  console.log(`Trained ${manifest.models.length} models in ${seconds.toFixed(1)} s into ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
