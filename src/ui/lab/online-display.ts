import { currentValue, type RunState } from '../../modes/run-state.ts';

/**
 * What the online views draw besides the engine's figures: the case's target (the line on the
 * latency charts, the table's `targetS`) and the price of a replica-hour the engine runs with,
 * for the cost series. One place for the lab and the slide widgets.
 */
export function onlineDisplay(state: RunState): { sloMs: number; pricePerHour: number } {
  const target = currentValue(state, 'targetS');
  const price = currentValue(state, 'pricePerHour');
  return {
    sloMs: typeof target === 'number' ? target * 1000 : Number.NaN,
    pricePerHour: typeof price === 'number' ? price : 0,
  };
}
