import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadModel } from '../src/model/inference/load-model.ts';
import { median } from '../src/model/inference/linear-fit.ts';
import {
  chooseBatchCostFit,
  leastSquaresFit,
  FIT_TOLERANCE,
  LARGE_BATCH_MIN,
  SMALL_BATCH_MAX,
} from '../src/model/inference/batch-cost-fit.ts';
import type { MeasuredBatchCostFile, ModelBatchCost } from '../src/model/inference/batch-cost.ts';
import { fileFetch } from './file-fetch.ts';

/**
 * Measures t(b), the wall time of one predict call and its read-back, for every committed model on
 * TensorFlow.js's WebAssembly backend under Node. Shared by `npm run models:cost` (which commits
 * the result) and `npm run bench -- --only batch-cost` (which re-measures it).
 */

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/** 1, 2, 4, ..., 1024. */
export const BATCH_SIZES = Array.from({ length: 11 }, (_, i) => 2 ** i);

/**
 * Timed calls per model and batch size in each round. Each round times every model at every batch
 * size in turn, so a burst of load from elsewhere on the machine (or the host of this virtual
 * machine) lands on a few rounds of every model rather than on every call of one: back-to-back
 * blocks of 50 calls of the chatbot at b = 1024 had medians from 1.06 to 2.37 ms here. A call at
 * b <= 64 takes tens of microseconds, so those get the most calls. With the default 200 rounds:
 * 1000 calls per median at b <= 64, 600 up to 256, 400 above; the run takes about 10 s here.
 */
export function callsPerRound(batchSize: number): number {
  if (batchSize <= 64) return 5;
  if (batchSize <= 256) return 3;
  return 2;
}

export const DEFAULT_ROUNDS = 200;

/** Untimed calls per model and batch size before the first round (JIT, the wasm heap's growth). */
export const WARMUP_CALLS = 20;

let backendInfo: { simd: boolean; threads: number } | null = null;

/**
 * Switches TensorFlow.js to the WebAssembly backend, reading the .wasm binaries from
 * node_modules (setWasmPaths takes a folder prefix; under Node the Emscripten loader reads it
 * with fs, see the package's README, "Using bundlers"). Threads are off as in the site's worker
 * (src/worker/inference-worker.ts): a static host is not cross-origin isolated, so learners run
 * the single-threaded SIMD build, and that is the cost to measure.
 */
export async function useWasmBackend(): Promise<{ simd: boolean; threads: number }> {
  if (backendInfo === null) {
    const require = createRequire(import.meta.url);
    const wasmDir = join(
      dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
      'dist',
    );
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths(`${wasmDir}/`);
  }
  if (!(await tf.setBackend('wasm')))
    throw new Error('the TensorFlow.js wasm backend did not start');
  await tf.ready();
  backendInfo ??= {
    // With threads off, the backend loads the SIMD binary exactly when this flag is true.
    simd: Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')),
    threads: getThreadsCount(),
  };
  return backendInfo;
}

function coefficientOfVariation(samples: readonly number[]): number {
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (samples.length - 1);
  return Math.sqrt(variance) / mean;
}

/**
 * The same spread without the rare stalls: 1.4826 x median absolute deviation / median (the
 * factor makes the MAD estimate a normal distribution's standard deviation; Rousseeuw & Croux,
 * "Alternatives to the median absolute deviation", JASA 88, 1993).
 */
function robustCoefficientOfVariation(samples: readonly number[]): number {
  const mid = median(samples);
  return (1.4826 * median(samples.map((x) => Math.abs(x - mid)))) / mid;
}

/** A fixed, non-trivial input (as `calibrate` uses): zeros could let a backend take shortcuts. */
function inputOf(batchSize: number, inputDim: number): tf.Tensor2D {
  const values = new Float32Array(batchSize * inputDim);
  for (let i = 0; i < values.length; i++) values[i] = ((i * 7919) % 101) / 101;
  return tf.tensor2d(values, [batchSize, inputDim]);
}

/**
 * One call: predict the whole batch in one forward pass and wait for the result to be read back.
 *
 * `batchSize: b` matters: LayersModel.predict's default batchSize is 32 (tfjs-layers,
 * src/engine/training.ts: `args.batchSize == null ? 32`, then predictLoop), which slices a batch
 * of 1024 into 32 forward passes and concatenates them, so beyond 32 rows the per-row cost would
 * stop falling (t(1024) came out 6 to 26 times longer that way in a trial here). That is the
 * library's default, not the model; a batching server runs a batch as one pass.
 * `calibrate()` (src/model/inference/calibrate.ts) calls predict without it, so it is not reused.
 */
async function timedCall(model: tf.LayersModel, x: tf.Tensor2D): Promise<number> {
  const started = performance.now();
  const y = model.predict(x, { batchSize: x.shape[0] }) as tf.Tensor;
  await y.data();
  const ms = performance.now() - started;
  y.dispose();
  return ms;
}

/** The figures of one model from its timed calls (samples[i] at BATCH_SIZES[i]). */
function summarise(samples: readonly number[][]): ModelBatchCost {
  const points = BATCH_SIZES.map((b, i) => ({
    batchSize: b,
    medianMs: median(samples[i]),
    samples: samples[i].length,
  }));
  const fit = chooseBatchCostFit(points);
  const last = points.length - 1;
  return {
    overheadMs: fit.overheadMs,
    perItemMs: fit.perItemMs,
    r2: fit.r2,
    fit,
    leastSquares: leastSquaresFit(points),
    points,
    cvAt1: coefficientOfVariation(samples[0]),
    cvAt1024: coefficientOfVariation(samples[last]),
    robustCvAt1: robustCoefficientOfVariation(samples[0]),
    robustCvAt1024: robustCoefficientOfVariation(samples[last]),
    ratio1To1024: (points[0].medianMs * 1024) / points[last].medianMs,
  };
}

/** Busy CPU time of the whole machine, all cores, in ms (os.cpus() counts since boot). */
function machineBusyMs(): number {
  return os.cpus().reduce((s, c) => s + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
}

/** Every model of public/models/manifest.json, measured on wasm; `log` reports progress. */
export async function measureBatchCosts(
  rounds = DEFAULT_ROUNDS,
  log: (text: string) => void = () => {},
): Promise<MeasuredBatchCostFile> {
  const measuredAt = new Date().toISOString();
  const loadAverageBefore = os.loadavg();
  const busyBefore = machineBusyMs();
  const ownBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const backend = await useWasmBackend();
  const manifest = JSON.parse(await readFile(`${publicDir}models/manifest.json`, 'utf8')) as {
    models: Array<{ name: string; path: string }>;
  };
  const runs = [];
  for (const entry of manifest.models) {
    const model = await loadModel(`http://site/${entry.path}`, fileFetch(publicDir));
    const inputDim = model.inputs[0].shape[1] ?? 1;
    const inputs = BATCH_SIZES.map((b) => inputOf(b, inputDim));
    for (const x of inputs) for (let w = 0; w < WARMUP_CALLS; w++) await timedCall(model, x);
    runs.push({ name: entry.name, model, inputs, samples: BATCH_SIZES.map((): number[] => []) });
  }
  for (let r = 0; r < rounds; r++) {
    if (r % 50 === 0) log(`  round ${r + 1} of ${rounds}`);
    for (const run of runs) {
      for (const [i, x] of run.inputs.entries()) {
        for (let k = 0; k < callsPerRound(x.shape[0]); k++)
          run.samples[i].push(await timedCall(run.model, x));
      }
    }
  }
  // The load average lags by a minute; this says what else ran during these seconds: the CPU
  // time every process but this one used, over what the machine's cores could give.
  const ownMs = process.cpuUsage(ownBefore);
  const otherProcessesCpuShare = Math.max(
    0,
    (machineBusyMs() - busyBefore - (ownMs.user + ownMs.system) / 1000) /
      ((performance.now() - wallBefore) * os.cpus().length),
  );
  const models: Record<string, ModelBatchCost> = {};
  for (const run of runs) {
    for (const x of run.inputs) x.dispose();
    run.model.dispose();
    models[run.name] = summarise(run.samples);
  }
  return {
    measuredAt,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      platform: os.platform(),
      arch: os.arch(),
      node: process.version,
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
      otherProcessesCpuShare,
    },
    backend: { name: 'wasm', ...backend },
    tfjsVersion: tf.version.tfjs,
    warmupCalls: WARMUP_CALLS,
    rounds,
    repeats: Object.fromEntries(BATCH_SIZES.map((b) => [String(b), rounds * callsPerRound(b)])),
    fitRule:
      `least squares over every batch size if its relative error at b=1 and b=1024 is at most ` +
      `${FIT_TOLERANCE}; else c = least-squares slope over b >= ${LARGE_BATCH_MIN} and a = ` +
      `median of t(b) - c*b over b <= ${SMALL_BATCH_MAX} (src/model/inference/batch-cost-fit.ts)`,
    models,
  };
}

/** A readable table of the figures, one model a line. */
export function formatBatchCostTable(result: MeasuredBatchCostFile): string {
  const head = [
    'model',
    'a ms',
    'c ms',
    'fit',
    'r2',
    'ratio',
    'cv@1',
    'cv@1024',
    'rcv@1',
    'rcv@1024',
  ];
  const widths = [28, 8, 10, 14, 7, 7, 6, 8, 6, 8];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  const rows = Object.entries(result.models).map(([name, m]) =>
    line([
      name,
      m.overheadMs.toFixed(4),
      m.perItemMs.toFixed(6),
      m.fit.method,
      m.r2.toFixed(4),
      m.ratio1To1024.toFixed(1),
      m.cvAt1.toFixed(2),
      m.cvAt1024.toFixed(2),
      m.robustCvAt1.toFixed(2),
      m.robustCvAt1024.toFixed(2),
    ]),
  );
  return [line(head), ...rows].join('\n');
}
