import type { ModeCommand } from './mode-command.ts';

/**
 * Runs one mode and completes its report with the parameters and the wall time. `clock` is the
 * only wall-clock read, and only to report the engine's speed (DESIGN.md: the clock apart from the step).
 */
export function runMode<P, R extends { engine: { events: number } }>(
  command: ModeCommand<P, R>,
  params: P,
  clock: () => number,
  series: boolean,
): Omit<R, 'engine'> & { params: P; engine: { events: number; wallMs: number } } {
  const started = clock();
  const { engine, ...report } = command.run(params, { series });
  const wallMs = clock() - started;
  return { ...report, params, engine: { ...engine, wallMs } };
}
