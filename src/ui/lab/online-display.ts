import { currentValue, engineFlags, type LabState } from '../../lab/lab-state.ts';
import { SLO_CONTROL } from '../../lab/controls.ts';
import { ONLINE_DEFAULTS } from '../../modes/online/config.ts';

/**
 * What the online views draw besides the engine's figures: the latency objective (a view setting,
 * SLO_CONTROL) and the price of a replica-hour the engine runs with, for the cost series. One
 * place for the lab and the slide widgets.
 */
export function onlineDisplay(state: LabState): { sloMs: number; pricePerHour: number } {
  const slo = state.mode === 'online' ? currentValue(state, SLO_CONTROL.flag) : undefined;
  const price = engineFlags(state, 'online')['price-per-hour'];
  return {
    sloMs: typeof slo === 'number' ? slo : (SLO_CONTROL.displayDefault ?? 0),
    pricePerHour: typeof price === 'number' ? price : ONLINE_DEFAULTS.pricePerReplicaHour,
  };
}
