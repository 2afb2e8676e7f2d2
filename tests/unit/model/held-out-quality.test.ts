import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateModels, type Evaluation } from '../../../src/model/eval/evaluate.ts';
import { readManifest } from '../../../src/model/eval/read-manifest.ts';
import { beatsBaseline } from '../../../src/model/eval/score.ts';
import type { ModelManifest } from '../../../src/model/catalog.ts';

const MODELS_DIR = join(import.meta.dirname, '../../../public/models');

/** The committed weights, scored on held-out data (no training here: the weights are loaded). */
describe('committed models on held-out data', () => {
  let manifest: ModelManifest;
  let results: Evaluation[];
  const byName = (name: string) => {
    const r = results.find((e) => e.name === name);
    if (!r) throw new Error(`no evaluation for ${name}`);
    return r;
  };

  beforeAll(async () => {
    manifest = await readManifest(MODELS_DIR);
    results = await evaluateModels(manifest, MODELS_DIR);
  }, 120_000);

  it('every model beats its trivial baseline', () => {
    for (const r of results) expect(beatsBaseline(r), `${r.name}: ${r.metric}`).toBe(true);
  });

  it('reproduces the figures recorded in the manifest', () => {
    for (const entry of manifest.models) {
      const r = byName(entry.name);
      expect(r.metric).toBe(entry.metric);
      expect(r.value).toBeCloseTo(entry.value, 9);
      expect(r.baseline).toBeCloseTo(entry.baseline, 9);
    }
  });

  it.each(['hotel-cancellations', 'fraud-detection'])(
    '%s: the large (batch) model beats the small (online) one, at many times the parameters',
    (example) => {
      const small = byName(`${example}-small`);
      const large = byName(`${example}-large`);
      expect(large.value).toBeGreaterThan(small.value);
      expect(large.params).toBeGreaterThan(10 * small.params);
    },
  );

  it('the fraud evaluation shows why accuracy misleads', () => {
    const fraud = byName('fraud-detection-large');
    expect(fraud.extras['accuracy (all legitimate)']).toBeGreaterThan(0.99);
    expect(fraud.notes.join(' ')).toMatch(/accuracy misleads/i);
  });
});
