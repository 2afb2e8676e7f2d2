/**
 * `npm run models:cost [-- --rounds N] [-- --out FILE]`: measures t(b) = a + c x b, the time to
 * score a batch of b rows, for every committed model on TensorFlow.js's WebAssembly backend, and
 * writes src/model/inference/measured-batch-cost.json (read by src/model/inference/batch-cost.ts).
 *
 * Run it on an otherwise idle machine: the load average before and after is stored with the data,
 * so a reader can tell whether other work shared the cores.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  DEFAULT_ROUNDS,
  formatBatchCostTable,
  measureBatchCosts,
} from '../bench/wasm-batch-cost.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Six significant digits: the timings vary by percents, more digits would be noise. */
function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value)
    ? Number(value.toPrecision(6))
    : value;
}

async function main(): Promise<void> {
  const rounds = Number(option('rounds') ?? DEFAULT_ROUNDS);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds must be a positive integer, got ${option('rounds')}`);
  const out = resolve(option('out') ?? 'src/model/inference/measured-batch-cost.json');
  console.log(`Measuring ${rounds} rounds on the wasm backend...`);
  const result = await measureBatchCosts(rounds, (text) => console.log(text));
  console.log(formatBatchCostTable(result));
  // Formatted as `prettier --check` expects, so the lint stays green after a new measurement.
  const text = await format(JSON.stringify(result, rounded, 2), {
    ...(await resolveConfig(out)),
    filepath: out,
  });
  await writeFile(out, text);
  const { machine, backend } = result;
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores, ${machine.platform}/${machine.arch}, Node ` +
      `${machine.node}; wasm backend, SIMD ${backend.simd ? 'on' : 'off'}, ${backend.threads} ` +
      `thread(s); load average ${machine.loadAverageBefore[0].toFixed(2)} before, ` +
      `${machine.loadAverageAfter[0].toFixed(2)} after; other processes used ` +
      `${(machine.otherProcessesCpuShare * 100).toFixed(1)}% of the CPU meanwhile.\nWrote ${out}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
