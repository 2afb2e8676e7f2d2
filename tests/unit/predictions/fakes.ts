import type { PresetName } from '../../../src/model/case-names.ts';
import type { PredictionStore } from '../../../src/store/prediction-store.ts';
import type { PredictionStorePort, ScoringPort } from '../../../src/lab/predictions/ports.ts';
import { scoreWorkItems } from '../../../src/model/work-items/score-items.ts';
import type { ItemSelection } from '../../../src/model/inference/scored-item.ts';
import { INPUT_DIM } from '../../../src/model/work-items/work-item-encoding.ts';
import { PRESET_LABELS } from '../../../src/model/work-items/preset-outputs.ts';

/**
 * A stand-in for the model: the real scoreItems path (generation, encoding, summaries) with a
 * predict function that is a fixed, readable function of the inputs: the second input (lead time
 * for hotels, a one-hot for others) squashed into (0, 1), or a softmax-like row for multiclass.
 */
export function fakePredict(preset: PresetName) {
  const dim = INPUT_DIM[preset];
  const classes = PRESET_LABELS[preset]?.length ?? 1;
  return async (inputs: Float32Array, rows: number): Promise<Float32Array> => {
    const out = new Float32Array(rows * classes);
    for (let r = 0; r < rows; r++) {
      const x = inputs[r * dim + 1];
      if (classes === 1) out[r] = 1 / (1 + Math.exp(-4 * (x - 0.5)));
      else
        for (let k = 0; k < classes; k++)
          out[r * classes + k] = k === r % classes ? 0.6 : 0.4 / (classes - 1);
    }
    return out;
  };
}

export interface ScoringCall {
  model: string;
  preset: PresetName;
  seed: number;
  selection: ItemSelection;
}

/**
 * A ScoringPort that records its calls, can be held (calls wait until released) and can fail.
 */
export class FakeScoring implements ScoringPort {
  readonly calls: ScoringCall[] = [];
  failWith: unknown = null;
  private gate: Promise<void> | null = null;
  private open: (() => void) | null = null;

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = null;
  }

  async scoreItems(model: string, preset: PresetName, seed: number, selection: ItemSelection) {
    this.calls.push({ model, preset, seed, selection });
    if (this.gate) await this.gate;
    if (this.failWith !== null) throw this.failWith;
    return scoreWorkItems(
      { name: model, preset, seed, selection },
      INPUT_DIM[preset],
      fakePredict(preset),
    );
  }
}

/** The real PredictionStore (sql.js in Node) behind the port's promises, as the worker would serve it. */
export function storePort(store: PredictionStore): PredictionStorePort & { discarded: number[] } {
  const discarded: number[] = [];
  return {
    discarded,
    createRun: async (run) => store.createRun(run),
    writePredictions: async (runId, rows) => store.writePredictions(runId, rows),
    publishRun: async (runId, at) => store.publishRun(runId, at),
    discardRun: async (runId) => {
      discarded.push(runId);
      store.discardRun(runId);
      return null;
    },
    query: async (sql, params) => store.query(sql, params),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Lets every pending promise callback run (the orchestrators chain several per step). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await tick();
}

/** Waits, a macrotask at a time, until `condition` holds; fails after `tries` turns. */
export async function until(condition: () => boolean, tries = 2000): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (condition()) return;
    await tick();
  }
  throw new Error('condition not reached');
}
