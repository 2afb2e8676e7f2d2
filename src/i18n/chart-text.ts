/**
 * Every string the chart components show or announce, in one shape that both languages are typed
 * against (src/i18n/chart-messages.ts), so a key missing from either language is a compile error.
 * Components receive a `ChartText` as their `text` prop and never hard-code a word. Numbers are
 * formatted here too (the learner's decimal comma or point), and every formatter that shows a
 * quantity puts its unit next to it (DESIGN.md: "Every number shown has a unit").
 */
import type { BatchRunRecord } from '../modes/batch/run-log.ts';
import type { ReplicaState } from '../machines/replica.ts';
import type { TimeUnit } from '../locale/time-units.ts';

export type RunOutcome = BatchRunRecord['outcome'];

/** The request-flow events the animation counts (src/scenarios/online.ts, OnlineEventKind). */
export type FlowCount = 'arrived' | 'rejected' | 'started' | 'completed' | 'timedOut';

export type QuantileName = 'mean' | 'p50' | 'p90' | 'p95' | 'p99' | 'max';

export interface ChartText {
  /** A plain number: grouped digits, at most three significant digits after the decimal mark. */
  number: (n: number) => string;
  /** A whole number with grouped digits (offsets, counts). */
  integer: (n: number) => string;
  /** A number followed by its unit ("12 peticiones", "0,8 %"); no unit gives the plain number. */
  withUnit: (n: number, unit: string) => string;
  /** A value already expressed in `unit` ("1,5 min"). */
  time: (value: number, unit: TimeUnit) => string;
  /** A duration in ms, in the unit a person expects for its size ("850 ms", "2,5 s", "3 h"). */
  duration: (ms: number) => string;
  /** Unit symbols for axis and column headers. */
  unitSymbols: Record<TimeUnit, string>;
  /** Shown (and announced) when a chart has nothing to draw yet. */
  noData: string;

  figure: {
    showTable: string;
    hideTable: string;
    downloadSvg: string;
    downloadPng: string;
    downloadCsv: string;
    exportFailed: string;
    /** Under a down-sampled table: "60 of 512 rows, evenly spaced, first and last included". */
    rowsSampled: (shown: number, total: number) => string;
  };

  series: {
    /** The x axis and the table's first column: "Tiempo simulado (min)". */
    timeAxis: (unitSymbol: string) => string;
    /** One line's last value, for the chart's accessible name. */
    lastValue: (label: string, value: string) => string;
    /** The whole chart's accessible name: title, then each line's last value. */
    summary: (title: string, yLabel: string, lastValues: string[]) => string;
    /** A threshold line's label with its value: "SLO: 200 ms". */
    threshold: (label: string, value: string) => string;
  };

  histogram: {
    /** Default x axis label (the values are durations on a log scale). */
    valueAxis: string;
    /** y axis and table column: how many observations fell in a bin. */
    countAxis: string;
    /** Table column: the bin's bounds. */
    binColumn: string;
    /** "de 10 ms a 20 ms". */
    range: (lo: string, hi: string) => string;
    quantiles: Record<QuantileName, string>;
    /** A marker's label: "p95: 120 ms". */
    marker: (name: string, value: string) => string;
    summary: (title: string, observations: string, quantiles: string[]) => string;
  };

  gantt: {
    now: string;
    /** Time a run waited in the backlog before it started. */
    waited: string;
    outcomes: Record<RunOutcome, string>;
    run: (runId: number) => string;
    attempts: (n: number) => string;
    columns: {
      run: string;
      scheduled: string;
      start: string;
      end: string;
      duration: string;
      outcome: string;
      attempts: string;
    };
    /** The most runs that overlapped (waiting or running) at one instant: the number of lanes. */
    lanes: (n: number) => string;
    /** The chart's accessible name: title, each outcome's count, then `lanes`. */
    summary: (title: string, counts: string[], lanes: string) => string;
    /** One outcome's count inside the summary: "4 correctas". */
    outcomeCount: (outcome: string, n: number) => string;
  };

  partitions: {
    partition: string;
    /** A partition's short name: "P0". */
    partitionLabel: (index: number) => string;
    consumer: string;
    /** A consumer's short name: "C2". */
    consumerLabel: (consumer: number) => string;
    unassigned: string;
    committed: string;
    lag: string;
    logEnd: string;
    /** The unit of offsets and lag, for table headers: "registros". */
    recordsUnit: string;
    /** A count of records (offsets are record positions): "1.234 registros". */
    records: (n: number) => string;
    summary: (title: string, partitions: number, totalLag: string) => string;
  };

  replicas: {
    states: Record<ReplicaState, string>;
    /** A replica's name from its slot: "Réplica 3". */
    replica: (slot: number) => string;
    /** A model version from its 1-based number: "v2". */
    version: (n: number) => string;
    queue: string;
    /** A count of requests: "12 peticiones". */
    requests: (n: number) => string;
    summary: (title: string, ready: number, total: number, queue: string) => string;
  };

  flow: {
    client: string;
    replicas: string;
    counts: Record<FlowCount, string>;
    /** Heading of the counts shown instead of (or next to) the animation. */
    countsHeading: string;
    /** Accessible name of the canvas. */
    summary: (title: string, counts: string[]) => string;
    /** One count inside the summary: "Llegadas: 120". */
    count: (label: string, n: number) => string;
    /** The queue's length, with its unit: "En cola: 4 peticiones". */
    queued: (n: number) => string;
  };
}
