import type { FlagSpec, FlagValues } from './flags.ts';

/**
 * What a deployment mode contributes to `npm run simulate`: its flags, how it turns them into
 * validated parameters, how it runs, and how its report reads. The CLI's dispatcher
 * (simulate.ts) owns the shared flags (--mode, --preset, --set, --json, --series, --help).
 */
export interface ModeCommand<P, R extends { engine: { events: number } }> {
  mode: string;
  /** The flags this mode accepts besides the shared ones; any other flag is an error. */
  flags: readonly FlagSpec[];
  /** The flag that sets a parameter (for error messages): 'servers' -> 'servers'. */
  flagOf(field: string): string | undefined;
  /** Validated parameters; throws ParamError (naming a parameter) or UsageError. */
  paramsFromFlags(flags: FlagValues): P;
  /** Runs to the end. `series` asks for down-sampled time series in the report. */
  run(params: P, options: { series: boolean }): R;
  /** The short human-readable report. */
  format(report: R & { params: P; engine: { events: number; wallMs: number } }): string;
}
