import type { DeploymentMode } from '../modes/presets.ts';
import type { LabMode } from './lab-mode.ts';

/**
 * Every parameter a lab shows, described once: the URL codec, the controls panel and the range
 * messages all read this table (DESIGN.md: one declarative table of URL parameters, after
 * TensorFlow Playground's state.ts). `flag` is the CLI's flag name, so presets, the URL and
 * `npm run simulate --set` share one vocabulary and one validation path.
 *
 * Ranges are what the lab offers a learner: narrower than the engine accepts (a slider over
 * 1..10,000 replicas helps nobody) and wide enough for every preset. The engine's own validation
 * still runs after this and catches combinations (for example min replicas above max).
 */
export type Unit = 'perS' | 'ms' | 's' | 'count' | 'rows' | 'share' | 'percent' | 'price' | 'none';

interface ControlBase {
  flag: string;
  /** Basic controls are always shown; advanced ones sit in a disclosure. */
  group: 'basic' | 'advanced';
  /**
   * The control is shown only when this switch or choice is on (for example the autoscaler's
   * settings only with autoscaling).
   */
  when?: { flag: string; present: true };
}

export interface NumberControl extends ControlBase {
  kind: 'number';
  integer: boolean;
  min: number;
  max: number;
  step: number;
  unit: Unit;
  /** Sliders on a log scale for quantities that span orders of magnitude. */
  log?: boolean;
  /** Empty is allowed and means "none" (no limit, no timeout). */
  optional?: boolean;
  /**
   * A setting of the view, not of the engine (the latency objective drawn on the charts): never
   * sent to the engine, and this is its value when the learner has not set one.
   */
  displayDefault?: number;
}

export interface ChoiceControl extends ControlBase {
  kind: 'choice';
  choices: readonly string[];
  /** Empty ("none") is allowed, e.g. no rollout. */
  optional?: boolean;
}

export interface ToggleControl extends ControlBase {
  kind: 'toggle';
}

/** A service-time distribution, `KIND:MEAN_MS[:CV]`, edited as a kind and a mean. */
export interface DistributionControl extends ControlBase {
  kind: 'distribution';
  min: number;
  max: number;
  optional?: boolean;
}

/** Free text the engine parses (an arrival pattern, a list of membership changes). */
export interface TextControl extends ControlBase {
  kind: 'text';
  /** Several values, one per line (a CLI flag that may be repeated). */
  list?: boolean;
}

export type LabControl =
  NumberControl | ChoiceControl | ToggleControl | DistributionControl | TextControl;

const num = (
  flag: string,
  unit: Unit,
  min: number,
  max: number,
  step: number,
  extra: Partial<NumberControl> = {},
): NumberControl => ({
  kind: 'number',
  flag,
  unit,
  min,
  max,
  step,
  integer: Number.isInteger(step) && Number.isInteger(min),
  group: 'basic',
  ...extra,
});

const advanced = { group: 'advanced' } as const;
const autoscale = { group: 'advanced', when: { flag: 'autoscale', present: true } } as const;
const rollout = { group: 'advanced', when: { flag: 'rollout', present: true } } as const;
const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

const SEED = num('seed', 'none', 0, 4_294_967_295, 1);

/**
 * The latency objective drawn on the online charts. 200 ms: Nielsen's 0.1 s "instant" limit plus a
 * typical network round trip (Nielsen, "Response Times: The 3 Important Limits", 1993).
 */
export const SLO_CONTROL = num('slo-ms', 'ms', 1, 60_000, 1, { log: true, displayDefault: 200 });

export const ONLINE_CONTROLS: readonly LabControl[] = [
  num('arrival-rate', 'perS', 0.01, 20_000, 0.01, { log: true }),
  SLO_CONTROL,
  num('servers', 'count', 1, 64, 1),
  { kind: 'distribution', flag: 'service', min: 0.01, max: 10_000, group: 'basic' },
  num('network-rtt-ms', 'ms', 0, 1000, 1),
  { kind: 'toggle', flag: 'autoscale', group: 'basic' },
  {
    kind: 'choice',
    flag: 'rollout',
    choices: ['blue-green', 'canary'],
    optional: true,
    group: 'basic',
  },
  num('duration', 's', 1, WEEK_S, 1, { log: true }),
  num('queue-capacity', 'count', 0, 100_000, 1, { ...advanced, optional: true }),
  num('queue-timeout-ms', 'ms', 1, 600_000, 1, { ...advanced, optional: true, log: true }),
  num('max-batch', 'count', 1, 1024, 1, advanced),
  num('batch-delay-ms', 'ms', 0, 1000, 0.1, advanced),
  num('batch-overhead-ms', 'ms', 0, 1000, 0.1, advanced),
  { kind: 'text', flag: 'arrival-pattern', group: 'advanced' },
  num('cold-start-ms', 'ms', 0, 600_000, 100, advanced),
  num('model-load-ms', 'ms', 0, 600_000, 100, advanced),
  num('min-replicas', 'count', 0, 100, 1, autoscale),
  num('max-replicas', 'count', 1, 100, 1, autoscale),
  num('target-concurrency', 'count', 0.1, 100, 0.1, autoscale),
  num('target-utilization', 'share', 0.05, 1, 0.05, autoscale),
  num('stable-window-s', 's', 6, 3600, 1, autoscale),
  num('panic-window-s', 's', 1, 3600, 1, autoscale),
  num('panic-threshold', 'none', 1, 100, 0.1, autoscale),
  num('max-scale-up-rate', 'none', 1.01, 1000, 0.01, autoscale),
  num('max-scale-down-rate', 'none', 1.01, 1000, 0.01, autoscale),
  num('scale-to-zero-grace-s', 's', 0, 3600, 1, autoscale),
  num('autoscale-tick-s', 's', 0.1, 600, 0.1, autoscale),
  num('rollout-at', 's', 0, WEEK_S, 1, rollout),
  { kind: 'distribution', flag: 'new-service', min: 0.01, max: 10_000, optional: true, ...rollout },
  num('canary-percent', 'percent', 1, 100, 1, { ...rollout, optional: true }),
  num('promote-at', 's', 0, WEEK_S, 1, { ...rollout, optional: true }),
  num('rollback-at', 's', 0, WEEK_S, 1, { ...rollout, optional: true }),
  num('price-per-hour', 'price', 0, 1000, 0.01, advanced),
  { ...SEED, group: 'advanced' },
];

export const BATCH_CONTROLS: readonly LabControl[] = [
  num('interval', 's', 1, WEEK_S, 1, { log: true }),
  num('rows', 'rows', 1, 100_000_000, 1, { log: true }),
  { kind: 'distribution', flag: 'service', min: 0.001, max: 10_000, group: 'basic' },
  num('workers', 'count', 1, 256, 1),
  { kind: 'choice', flag: 'overlap-policy', choices: ['skip', 'queue', 'allow'], group: 'basic' },
  num('duration', 's', 1, 4 * WEEK_S, 1, { log: true }),
  num('setup-ms', 'ms', 0, 3_600_000, 100, advanced),
  num('query-rate', 'perS', 0, 10_000, 0.1, advanced),
  { kind: 'distribution', flag: 'lookup-ms', min: 0.01, max: 10_000, ...advanced },
  num('failure-prob', 'share', 0, 1, 0.01, advanced),
  num('retries', 'count', 0, 10, 1, advanced),
  num('retry-delay', 's', 0, DAY_S, 1, { ...advanced, optional: true }),
  num('price-per-hour', 'price', 0, 1000, 0.01, advanced),
  { ...SEED, group: 'advanced' },
];

export const STREAMING_CONTROLS: readonly LabControl[] = [
  num('arrival-rate', 'perS', 0.01, 100_000, 0.01, { log: true }),
  num('partitions', 'count', 1, 64, 1),
  num('consumers', 'count', 0, 64, 1),
  { kind: 'distribution', flag: 'service', min: 0.001, max: 10_000, group: 'basic' },
  num('trigger-ms', 'ms', 0, 600_000, 1),
  num('duration', 's', 1, WEEK_S, 1, { log: true }),
  num('max-batch', 'count', 1, 100_000, 1, advanced),
  num('batch-overhead-ms', 'ms', 0, 60_000, 1, advanced),
  num('rebalance-ms', 'ms', 0, 600_000, 100, advanced),
  { kind: 'choice', flag: 'assignor', choices: ['range', 'round-robin'], ...advanced },
  { kind: 'text', flag: 'consumers-change', list: true, ...advanced },
  num('price-per-hour', 'price', 0, 1000, 0.01, advanced),
  { ...SEED, group: 'advanced' },
];

/**
 * Compare runs the preset's one workload through all three modes: the workload's knobs, and the
 * one setting of each mode that decides its cost (how often batch runs, how many replicas, how
 * many consumers). Each mode takes the flags it knows (the CLI's `--set` rule).
 */
export const COMPARE_CONTROLS: readonly LabControl[] = [
  num('arrival-rate', 'perS', 0.01, 100_000, 0.01, { log: true }),
  { kind: 'distribution', flag: 'service', min: 0.001, max: 10_000, group: 'basic' },
  num('interval', 's', 1, WEEK_S, 1, { log: true }),
  num('servers', 'count', 1, 64, 1),
  num('consumers', 'count', 0, 64, 1),
  num('duration', 's', 1, 4 * WEEK_S, 1, { log: true }),
  { ...SEED, group: 'advanced' },
];

export const LAB_CONTROLS: Readonly<Record<LabMode, readonly LabControl[]>> = {
  online: ONLINE_CONTROLS,
  batch: BATCH_CONTROLS,
  streaming: STREAMING_CONTROLS,
  compare: COMPARE_CONTROLS,
};

export function controlOf(mode: LabMode, flag: string): LabControl | undefined {
  return LAB_CONTROLS[mode].find((c) => c.flag === flag);
}

/** The modes whose engine a lab runs. */
export function enginesOf(mode: LabMode): readonly DeploymentMode[] {
  return mode === 'compare' ? ['batch', 'online', 'streaming'] : [mode];
}
