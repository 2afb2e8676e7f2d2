import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { loadModelFromFile } from '../../../src/model/eval/load-from-dir.ts';
import { rocAuc } from '../../../src/model/eval/metrics.ts';
import { MODEL_NAMES, type ModelManifest, type ModelName } from '../../../src/model/catalog.ts';
import { DEPLOYMENT_MODES } from '../../../src/modes/mode-names.ts';
import { PRESET_NAMES } from '../../../src/model/case-names.ts';
import {
  SCORE_CHUNK_ROWS,
  ScoreItemsInputError,
  scoreWorkItems,
  selectedIndices,
  type PredictRows,
} from '../../../src/model/work-items/score-items.ts';
import { SCORE_ITEMS_MAX } from '../../../src/model/inference/scored-item.ts';
import { modelFor, modelPath } from '../../../src/lab/predictions/model-choice.ts';
import { PRESET_TASK } from '../../../src/model/work-items/preset-outputs.ts';
import { INPUT_DIM } from '../../../src/model/work-items/work-item-encoding.ts';
import { workItem, type WorkItemOf } from '../../../src/model/work-items/work-items.ts';

/**
 * The inference worker's `scoreItems` path in Node: the same function the worker runs, with the
 * site's real model files and tfjs's CPU backend in place of the worker's.
 */
const publicDir = fileURLToPath(new URL('../../../public/', import.meta.url));
const manifest = JSON.parse(
  readFileSync(`${publicDir}models/manifest.json`, 'utf8'),
) as ModelManifest;

const models = new Map<ModelName, tf.LayersModel>();
async function model(name: ModelName): Promise<{ inputDim: number; predict: PredictRows }> {
  let m = models.get(name);
  if (!m) {
    m = await loadModelFromFile(`${publicDir}${modelPath(name)}`);
    models.set(name, m);
  }
  const layers = m;
  const inputDim = layers.inputs[0].shape[1] ?? 0;
  return {
    inputDim,
    predict: async (inputs, rows) =>
      tf
        .tidy(() => layers.predict(tf.tensor2d(inputs, [rows, inputDim])) as tf.Tensor)
        .data() as Promise<Float32Array>,
  };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the models the labs use', () => {
  it('are served where modelPath says, with the inputs the work items encode to', () => {
    for (const preset of PRESET_NAMES) {
      for (const mode of DEPLOYMENT_MODES) {
        const name = modelFor(preset, mode);
        const entry = manifest.models.find((m) => m.name === name);
        expect(entry, name).toBeDefined();
        expect(entry?.path).toBe(modelPath(name));
        expect(entry?.example).toBe(preset);
        expect(entry?.inputDim).toBe(INPUT_DIM[preset]);
        expect(entry?.task).toBe(PRESET_TASK[preset]);
      }
    }
    expect(modelFor('hotel-cancellations', 'batch')).toBe('hotel-cancellations-large');
    expect(modelFor('hotel-cancellations', 'online')).toBe('hotel-cancellations-small');
    expect(modelFor('fraud-detection', 'streaming')).toBe('fraud-detection-small');
    expect(MODEL_NAMES).toContain(modelFor('chatbot', 'online'));
  });
});

describe('scoreWorkItems', () => {
  it('scores a batch run’s bookings with the real model: real probabilities, not noise', async () => {
    const { inputDim, predict } = await model('hotel-cancellations-large');
    const request = {
      name: 'hotel-cancellations-large',
      preset: 'hotel-cancellations' as const,
      seed: 12,
      selection: { from: 40_000, count: 2 * SCORE_CHUNK_ROWS + 500 },
    };
    const result = await scoreWorkItems(request, inputDim, predict);
    expect(result.items).toHaveLength(2 * SCORE_CHUNK_ROWS + 500);
    expect(result.outputDim).toBe(1);
    expect(result.outputs).toHaveLength(result.items.length);
    // The buffer is the array's own, so the worker may transfer it.
    expect(result.outputs.byteOffset).toBe(0);
    expect(result.outputs.buffer.byteLength).toBe(result.outputs.length * 4);

    const labels = result.items.map((item) => {
      const booking = workItem('hotel-cancellations', 12, item.index).record;
      return booking.canceled ? 1 : 0;
    });
    const scores = result.items.map((item) => item.score);
    expect(result.items[0]).toMatchObject({
      index: 40_000,
      entityId: 'booking-40000',
      label: null,
    });
    expect(scores.every((p) => p >= 0 && p <= 1)).toBe(true);
    // The manifest's held-out ROC AUC is 0.89; a random score would give 0.5.
    expect(rocAuc(scores, labels)).toBeGreaterThan(0.85);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(Math.abs(mean - 0.37)).toBeLessThan(0.04);
    expect(result.modelMs).toBeGreaterThan(0);
    expect(result.totalMs).toBeGreaterThanOrEqual(result.modelMs);
  });

  it('scores a list of items the same as a range', async () => {
    const { inputDim, predict } = await model('fraud-detection-small');
    const base = { name: 'fraud-detection-small', preset: 'fraud-detection' as const, seed: 15 };
    const range = await scoreWorkItems(
      { ...base, selection: { from: 0, count: 20 } },
      inputDim,
      predict,
    );
    const list = await scoreWorkItems(
      { ...base, selection: { indices: [17, 3] } },
      inputDim,
      predict,
    );
    expect(list.items.map((i) => i.index)).toEqual([17, 3]);
    expect(list.items[0].score).toBeCloseTo(range.items[17].score, 6);
    expect(list.items[1].features).toEqual(range.items[3].features);
  });

  it('names the chatbot’s intent and decodes the content forecast into views', async () => {
    const chat = await model('chatbot');
    const answered = await scoreWorkItems(
      { name: 'chatbot', preset: 'chatbot', seed: 13, selection: { from: 0, count: 400 } },
      chat.inputDim,
      chat.predict,
    );
    expect(answered.outputDim).toBe(6);
    const right = answered.items.filter(
      (item) =>
        item.label === (workItem('chatbot', 13, item.index) as WorkItemOf<'chatbot'>).record.intent,
    ).length;
    expect(right / answered.items.length).toBeGreaterThan(0.7);

    const content = await model('content-popularity');
    const forecast = await scoreWorkItems(
      {
        name: 'content-popularity',
        preset: 'content-popularity',
        seed: 11,
        selection: { from: 0, count: 50 },
      },
      content.inputDim,
      content.predict,
    );
    for (const item of forecast.items) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.features).toHaveProperty('viewsYesterday');
    }
  });

  it('refuses what it cannot score, as bad input', async () => {
    const { inputDim, predict } = await model('fraud-detection-small');
    const base = { name: 'fraud-detection-small', preset: 'fraud-detection' as const, seed: 1 };
    const refused = async (request: Parameters<typeof scoreWorkItems>[0], dim = inputDim) =>
      scoreWorkItems(request, dim, predict).catch((error: unknown) => error);
    for (const selection of [
      { from: 0, count: 0 },
      { from: -1, count: 5 },
      { from: 0, count: SCORE_ITEMS_MAX + 1 },
      { from: 0.5, count: 5 },
      { indices: [] },
      { indices: [1, -2] },
    ]) {
      expect(await refused({ ...base, selection })).toBeInstanceOf(ScoreItemsInputError);
    }
    expect(
      await refused({ ...base, preset: 'nope' as never, selection: { indices: [1] } }),
    ).toBeInstanceOf(ScoreItemsInputError);
    expect(await refused({ ...base, selection: { indices: [1] } }, 28)).toMatchObject({
      message: expect.stringMatching(/takes 28 inputs/),
    });
    expect(selectedIndices({ from: 5, count: 3 })).toEqual([5, 6, 7]);
  });
});
