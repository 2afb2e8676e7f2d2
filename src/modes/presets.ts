/**
 * The slide deck's six examples as ready-made workloads. Each preset is one workload (how many
 * items a second need a prediction, how long one prediction takes, how long to watch, a seed)
 * plus the settings each deployment type would use for it, written as CLI flag values so that a
 * preset, `--set key=value` and explicit flags all pass through the same validation.
 *
 * `home` is the type the deck assigns to the example; `--mode compare` runs the same workload
 * through all three so a learner can see why.
 */
/** The three deployment types, in the deck's order: the one list the CLI, lessons and UI share. */
export const DEPLOYMENT_MODES = ['batch', 'online', 'streaming'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];
export type FlagMap = Readonly<Record<string, number | string | boolean>>;

export interface Preset {
  name: PresetName;
  home: DeploymentMode;
  /** Why the numbers are what they are (shown in --help and the README). */
  rationale: string;
  workload: { ratePerS: number; service: string; durationS: number; seed: number };
  batch: FlagMap;
  online: FlagMap;
  streaming: FlagMap;
}

export const PRESET_NAMES = [
  'content-popularity',
  'hotel-cancellations',
  'chatbot',
  'hotel-activities',
  'fraud-detection',
  'form-abandonment',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const DAY_S = 86_400;

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'content-popularity': {
    name: 'content-popularity',
    home: 'batch',
    rationale:
      'Once a day, forecast the most-viewed content per region: 50,000 items x 20 regions = 1,000,000 rows a day, ' +
      'a small forecasting model at 0.2 ms a row; a cache in front of the site refreshes the stored top lists 5 times a second. ' +
      'Nobody needs the list faster than daily, so a nightly job on 4 workers is enough.',
    workload: {
      ratePerS: 1_000_000 / DAY_S,
      service: 'lognormal:0.2:0.5',
      durationS: 7 * DAY_S,
      seed: 11,
    },
    batch: {
      interval: DAY_S,
      workers: 4,
      'setup-ms': 120_000,
      'overlap-policy': 'skip',
      'query-rate': 5,
    },
    online: { servers: 1, 'network-rtt-ms': 30 },
    streaming: {
      partitions: 2,
      consumers: 2,
      'trigger-ms': 60_000,
      'max-batch': 100_000,
      'batch-overhead-ms': 500,
    },
  },
  'hotel-cancellations': {
    name: 'hotel-cancellations',
    home: 'batch',
    rationale:
      'Each night, score the 20,000 upcoming bookings so that staff can call the riskiest guests in the morning. ' +
      'Batch affords the larger model (2 ms a row); staff look results up about once every 2 seconds. ' +
      'A cancellation risk computed at night is fresh enough for a call made the next day.',
    workload: {
      ratePerS: 20_000 / DAY_S,
      service: 'lognormal:2:0.3',
      durationS: 7 * DAY_S,
      seed: 12,
    },
    batch: {
      interval: DAY_S,
      workers: 2,
      'setup-ms': 60_000,
      'overlap-policy': 'skip',
      'query-rate': 0.5,
    },
    online: { servers: 1, 'network-rtt-ms': 30 },
    streaming: {
      partitions: 1,
      consumers: 1,
      'trigger-ms': 60_000,
      'max-batch': 10_000,
      'batch-overhead-ms': 200,
    },
  },
  chatbot: {
    name: 'chatbot',
    home: 'online',
    rationale:
      'A chatbot available 24/7: messages follow a daily cycle around 30 a second (peaking at 48 in the afternoon), ' +
      'intent classification takes about 15 ms, and a person waits for each answer, so an autoscaled online ' +
      'service (Knative-style, 1 to 10 replicas) answers each message as it arrives; 40 ms of network round trip.',
    workload: { ratePerS: 30, service: 'lognormal:15:0.5', durationS: DAY_S, seed: 13 },
    batch: {
      interval: 3600,
      workers: 1,
      'setup-ms': 30_000,
      'overlap-policy': 'skip',
      'query-rate': 30,
    },
    online: {
      servers: 2,
      'network-rtt-ms': 40,
      'arrival-pattern': `daily:30:0.6:${DAY_S}:${15 * 3600}`,
      autoscale: true,
      'min-replicas': 1,
      'max-replicas': 10,
      'target-concurrency': 1,
    },
    streaming: {
      partitions: 4,
      consumers: 4,
      'trigger-ms': 1000,
      'max-batch': 500,
      'batch-overhead-ms': 20,
    },
  },
  'hotel-activities': {
    name: 'hotel-activities',
    home: 'online',
    rationale:
      'Activity recommendations when a hotel guest opens the app: about 5 requests a second, a 25 ms ranking model, ' +
      'and a guest on mobile data (60 ms round trip). The answer depends on who asks and when, so it is computed ' +
      'on request by 2 replicas.',
    workload: { ratePerS: 5, service: 'lognormal:25:0.4', durationS: 3600, seed: 14 },
    batch: {
      interval: 3600,
      workers: 1,
      'setup-ms': 30_000,
      'overlap-policy': 'skip',
      'query-rate': 5,
    },
    online: { servers: 2, 'network-rtt-ms': 60 },
    streaming: {
      partitions: 2,
      consumers: 2,
      'trigger-ms': 1000,
      'max-batch': 500,
      'batch-overhead-ms': 20,
    },
  },
  'fraud-detection': {
    name: 'fraud-detection',
    home: 'streaming',
    rationale:
      'Card transactions at 1,500 a second flow through a topic with 8 partitions; 8 consumers score them in ' +
      'micro-batches every 200 ms (0.5 ms a record plus 20 ms a batch). Fraud must be caught fast, but not ' +
      'before the payment is answered: a second of delay is fine, an hourly batch is not.',
    workload: { ratePerS: 1500, service: 'lognormal:0.5:0.5', durationS: 600, seed: 15 },
    batch: {
      interval: 300,
      workers: 2,
      'setup-ms': 10_000,
      'overlap-policy': 'skip',
      'query-rate': 20,
    },
    online: { servers: 2, 'network-rtt-ms': 10 },
    streaming: {
      partitions: 8,
      consumers: 8,
      'trigger-ms': 200,
      'max-batch': 2000,
      'batch-overhead-ms': 20,
    },
  },
  'form-abandonment': {
    name: 'form-abandonment',
    home: 'streaming',
    rationale:
      'When a customer abandons a form (about 20 a second across the site), estimate the chance of converting them ' +
      'with a call. A call within minutes works; within milliseconds buys nothing. Micro-batches every 5 s on ' +
      '2 consumers (3 ms a record, 50 ms a batch) keep the sales team minutes, not hours, behind.',
    workload: { ratePerS: 20, service: 'lognormal:3:0.5', durationS: 3600, seed: 16 },
    batch: {
      interval: 3600,
      workers: 1,
      'setup-ms': 30_000,
      'overlap-policy': 'skip',
      'query-rate': 1,
    },
    online: { servers: 1, 'network-rtt-ms': 30 },
    streaming: {
      partitions: 2,
      consumers: 2,
      'trigger-ms': 5000,
      'max-batch': 1000,
      'batch-overhead-ms': 50,
    },
  },
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * The flags that run `preset` in `mode`: the shared workload in that mode's terms (a batch run
 * scores the items that arrived during its interval; online and streaming see them as they come),
 * then the mode's own settings.
 */
export function presetFlags(
  preset: Preset,
  mode: DeploymentMode,
): Record<string, number | string | boolean> {
  const w = preset.workload;
  const common = { service: w.service, duration: w.durationS, seed: w.seed };
  if (mode === 'batch') {
    const interval = preset.batch.interval as number;
    return { ...common, rows: Math.max(1, Math.round(w.ratePerS * interval)), ...preset.batch };
  }
  if (mode === 'online') return { ...common, 'arrival-rate': w.ratePerS, ...preset.online };
  return { ...common, 'arrival-rate': w.ratePerS, ...preset.streaming };
}
