import { parseDistribution } from '../sim/distribution-spec.ts';
import { ParamError } from '../sim/param-error.ts';
import { ASSIGNORS, type AssignorName } from '../machines/consumer-group.ts';
import {
  STREAMING_DEFAULTS,
  validateStreamingParams,
  type ConsumersChange,
  type StreamingParams,
} from '../modes/streaming/config.ts';
import { StreamingSimulation } from '../modes/streaming/simulation.ts';
import type { StreamingCliReport, StreamingReport } from '../modes/streaming/report.ts';
import { flagNamer, type FlagSpec, type FlagValues } from './flags.ts';
import type { ModeCommand } from './mode-command.ts';
import { formatStreamingReport } from '../modes/streaming/report-text.ts';

/** Shared names (--arrival-rate, --service, --duration, --seed) mean what they mean in online. */
export const STREAMING_FLAGS: readonly FlagSpec[] = [
  {
    name: 'arrival-rate',
    type: 'number',
    value: 'PER_S',
    help: 'records per second written by the producers (Poisson, split evenly over partitions)',
  },
  {
    name: 'partitions',
    type: 'integer',
    value: 'N',
    help: 'partitions of the topic (default 4): at most one consumer reads each',
  },
  {
    name: 'consumers',
    type: 'integer',
    value: 'N',
    help: 'members of the consumer group (default 4); those beyond --partitions sit idle',
  },
  {
    name: 'consumers-change',
    type: 'list',
    value: 'AT_S:N',
    help: 'at AT_S seconds the group becomes N consumers, with a rebalance; repeatable, or comma-separated',
  },
  {
    name: 'assignor',
    type: 'string',
    choices: ASSIGNORS,
    value: 'NAME',
    help: 'partition.assignment.strategy: range (default) or round-robin',
  },
  {
    name: 'service',
    type: 'string',
    value: 'KIND:MEAN_MS',
    help: 'inference time per record: exponential:2 (default), deterministic:2, uniform:2, lognormal:2:0.5',
  },
  {
    name: 'trigger-ms',
    type: 'number',
    value: 'MS',
    help: 'micro-batch trigger interval (Spark Trigger.ProcessingTime; default 1000, 0: as soon as possible)',
  },
  {
    name: 'max-batch',
    type: 'integer',
    value: 'N',
    help: 'most records per micro-batch (Kafka max.poll.records; default 500)',
  },
  {
    name: 'batch-overhead-ms',
    type: 'number',
    value: 'MS',
    help: 'fixed cost per micro-batch; a batch of b costs overhead + b services (default 0)',
  },
  {
    name: 'rebalance-ms',
    type: 'number',
    value: 'MS',
    help: 'pause of the whole group on a membership change (default 3000)',
  },
  {
    name: 'duration',
    type: 'number',
    value: 'S',
    help: 'simulated seconds to run (default 60)',
  },
  {
    name: 'seed',
    type: 'integer',
    value: 'N',
    help: 'random seed (default 1): same seed, same report',
  },
  {
    name: 'price-per-hour',
    type: 'number',
    value: 'PRICE',
    help: 'price of one consumer for one hour (default 1); all consumers are paid for all the time',
  },
];

/** Which flag sets each parameter, so that an error about a parameter names the user's flag. */
const FLAG_OF: Record<keyof StreamingParams, string> = {
  arrivalRatePerS: 'arrival-rate',
  partitions: 'partitions',
  consumers: 'consumers',
  consumersChanges: 'consumers-change',
  assignor: 'assignor',
  service: 'service',
  triggerMs: 'trigger-ms',
  maxBatch: 'max-batch',
  batchOverheadMs: 'batch-overhead-ms',
  rebalanceMs: 'rebalance-ms',
  durationS: 'duration',
  seed: 'seed',
  pricePerHour: 'price-per-hour',
};

/** The flag behind a ParamError's field (see flagNamer). */
export const streamingFlagOf = flagNamer(FLAG_OF);

/** Parses "30:6" (at 30 s, 6 consumers); several may be given, or joined by commas. */
export function parseConsumersChanges(values: readonly string[]): ConsumersChange[] {
  return values
    .flatMap((value) => value.split(','))
    .map((text) => {
      const match = /^\s*([^:\s]+)\s*:\s*([^:\s]+)\s*$/.exec(text);
      const atS = match === null ? Number.NaN : Number(match[1]);
      const consumers = match === null ? Number.NaN : Number(match[2]);
      if (!Number.isFinite(atS) || !Number.isFinite(consumers)) {
        throw new ParamError(
          'consumersChanges',
          'AT_S:N, e.g. 30:6 (at 30 s the group becomes 6 consumers)',
          text,
        );
      }
      return { atS, consumers };
    });
}

export function streamingParamsFromFlags(flags: FlagValues): StreamingParams {
  const num = (name: string): number | undefined => flags.get(name) as number | undefined;
  const service = flags.get('service') as string | undefined;
  const changes = flags.get('consumers-change') as string[] | undefined;
  const d = STREAMING_DEFAULTS;
  return validateStreamingParams({
    arrivalRatePerS: num('arrival-rate') ?? d.arrivalRatePerS,
    partitions: num('partitions') ?? d.partitions,
    consumers: num('consumers') ?? d.consumers,
    consumersChanges: changes === undefined ? [] : parseConsumersChanges(changes),
    assignor: (flags.get('assignor') as AssignorName | undefined) ?? d.assignor,
    service: service === undefined ? d.service : parseDistribution('service', service),
    triggerMs: num('trigger-ms') ?? d.triggerMs,
    maxBatch: num('max-batch') ?? d.maxBatch,
    batchOverheadMs: num('batch-overhead-ms') ?? d.batchOverheadMs,
    rebalanceMs: num('rebalance-ms') ?? d.rebalanceMs,
    durationS: num('duration') ?? d.durationS,
    seed: num('seed') ?? d.seed,
    pricePerHour: num('price-per-hour') ?? d.pricePerHour,
  });
}

/** `npm run simulate -- --mode streaming ...`: the dispatcher in simulate.ts does the rest. */
export const STREAMING_COMMAND: ModeCommand<StreamingParams, StreamingReport> = {
  mode: 'streaming',
  flags: STREAMING_FLAGS,
  flagOf: streamingFlagOf,
  paramsFromFlags: streamingParamsFromFlags,
  run: (params, options) => new StreamingSimulation(params, { series: options.series }).run(),
  format: (report: StreamingCliReport) => formatStreamingReport(report),
};
