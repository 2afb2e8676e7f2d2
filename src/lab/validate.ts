import { enginesOf } from './controls.ts';
import { engineFlags, type LabState } from './lab-state.ts';
import { paramsFor } from './lab-params.ts';
import { describeRefusal } from './refusal.ts';

/**
 * The first parameter the engines would refuse in this state, or null when every engine the lab
 * runs accepts it. Runs on the page before a change is sent, so a refused value is reported at
 * its field and the running simulation is left alone.
 */
export function firstRefusal(state: LabState): { flag: string; message: string } | null {
  for (const engine of enginesOf(state.mode)) {
    try {
      paramsFor(engine, engineFlags(state, engine));
    } catch (error) {
      const refusal = describeRefusal(error);
      if (refusal) return refusal;
      throw error;
    }
  }
  return null;
}
