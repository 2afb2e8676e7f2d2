import type { ModelName } from '../../model/catalog.ts';
import type { PresetName } from '../../model/case-names.ts';
import { InferenceClient, InferenceFailure } from '../inference-client.ts';
import type { InitResult, PredictResult } from '../../model/inference/protocol.ts';
import { modelPath } from './model-choice.ts';
import type { ScoringPort } from './ports.ts';
import type { ItemSelection, ScoreItemsResult } from '../../model/inference/scored-item.ts';

/**
 * A lab component's inference worker, started on first use: constructing a session costs
 * nothing, and TensorFlow.js (a few MB) is fetched only when the first prediction is asked for,
 * never when a lesson merely shows a lab. The backend is chosen once; each model is loaded once.
 */
export class InferenceSession implements ScoringPort {
  private client: InferenceClient | null = null;
  private initializing: Promise<InitResult> | null = null;
  private disposed = false;

  constructor(private readonly baseUrl: string) {}

  /** The backend in use once started (null before), for the UI's "computed with" line. */
  backend: InitResult['backend'] | null = null;

  /** Starts the worker (once) and loads `model` (once). */
  async ready(model: ModelName): Promise<void> {
    const client = await this.started();
    await client.ensureLoaded(model, modelPath(model));
  }

  async scoreItems(
    model: ModelName,
    preset: PresetName,
    seed: number,
    selection: ItemSelection,
  ): Promise<ScoreItemsResult> {
    await this.ready(model);
    return this.live().scoreItems(model, preset, seed, selection);
  }

  /** One request, as an online client sends it: the encoded input of a single row. */
  async predictOne(model: ModelName, inputs: Float32Array): Promise<PredictResult> {
    await this.ready(model);
    return this.live().predict(model, inputs, 1);
  }

  /** Stops the worker; pending calls reject, later calls start nothing. */
  dispose(): void {
    this.disposed = true;
    this.client?.dispose();
    this.client = null;
  }

  private async started(): Promise<InferenceClient> {
    const client = this.live();
    this.initializing ??= client.init();
    try {
      this.backend = (await this.initializing).backend;
    } catch (error) {
      // A failed start may be retried (the learner presses the button again).
      this.initializing = null;
      throw error;
    }
    return client;
  }

  private live(): InferenceClient {
    if (this.disposed) {
      throw new InferenceFailure({
        kind: 'internal',
        message: 'the inference session was disposed',
      });
    }
    this.client ??= new InferenceClient(this.baseUrl);
    return this.client;
  }
}
