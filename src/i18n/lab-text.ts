import type { ModeId as LabMode } from '../modes/mode-names.ts';
import type { SessionState } from '../machines/lab-session.ts';
import type { ParamUnit as Unit } from '../modes/params/table.ts';

/** Names of the service-time distributions, as the kind selector shows them. */
type DistributionKind = 'exponential' | 'deterministic' | 'uniform' | 'lognormal';

/**
 * Every string the labs' frame shows: titles, playback, parameters, notices, sharing. Each language
 * is typed against it (src/i18n/lab-messages-es.ts, lab-messages-en.ts), so a key missing from
 * either is a compile error.
 */
export interface LabText {
  navLabel: string;
  indexHeading: string;
  indexLead: string;
  modes: Record<LabMode, { title: string; lead: string }>;
  presetLabel: string;
  presetRationale: string;
  playback: {
    label: string;
    play: string;
    pause: string;
    step: string;
    stepHelp: string;
    reset: string;
    jumpToEnd: string;
    speed: string;
    speedValue: (x: string) => string;
    time: (now: string, end: string) => string;
    session: Record<SessionState, string>;
    /** Before the first snapshot: the worker is loading, or compare is sizing its fleets. */
    preparing: string;
    progress: string;
  };
  controls: {
    heading: string;
    advanced: string;
    none: string;
    on: string;
    off: string;
    kind: string;
    kinds: Record<DistributionKind, string>;
    mean: string;
    cv: string;
    range: (min: string, max: string) => string;
    listHelp: string;
    patternHelp: string;
    liveHint: string;
  };
  /** A number with its unit. */
  units: Record<Unit, (value: string) => string>;
  notices: {
    heading: string;
    dismiss: string;
    unknownPreset: (got: string) => string;
    unknownParameter: (flag: string) => string;
    /** A value of the address was refused (the detail names it and what is accepted). */
    dropped: (detail: string) => string;
    restarted: (labels: string) => string;
    failed: (detail: string) => string;
  };
  /** Key figures beside the charts (and instead of the animation with reduced motion). */
  figures: {
    heading: string;
    arrived: string;
    completed: string;
    rejected: string;
    timedOut: string;
    latency: (q: 'p50' | 'p95' | 'p99') => string;
    utilization: string;
    replicas: string;
    replicasNow: (now: string, mean: string) => string;
    throughput: string;
    cost: string;
    coldStarts: string;
    theory: (model: string) => string;
    theoryLatency: (theory: string, simulated: string) => string;
    waitProbability: string;
    noTheory: string;
    runs: string;
    runsValue: (completed: string, skipped: string, failed: string) => string;
    maxConcurrent: string;
    meanRun: string;
    staleness: string;
    stalenessValue: (mean: string, max: string) => string;
    lookups: string;
    lookupsValue: (served: string, missed: string) => string;
    clusterUp: string;
    /** Batch: busy worker time over the time the cluster is up (and paid). */
    utilizationWhileUp: string;
    produced: string;
    processed: string;
    lag: string;
    backpressure: string;
    backpressureLevels: Record<'OK' | 'LOW' | 'HIGH', string>;
    rebalances: string;
    idleConsumers: string;
    endToEnd: (q: 'p50' | 'p99') => string;
    notYet: string;
  };
  compare: {
    heading: string;
    caption: string;
    metric: string;
    rows: {
      applicable: string;
      eventToPredictionP50: string;
      eventToPredictionP99: string;
      meetsTarget: string;
      keepsUp: string;
      unserved: string;
      lookupP50: string;
      costPer1000: string;
      utilization: string;
      workers: string;
    };
    yes: string;
    no: string;
    notApplicable: string;
    /** How each fleet was chosen (modes/compare/right-size.ts). */
    fleet: (
      mode: string,
      count: number,
      machines: string,
      how: 'set' | 'sized' | 'none-meets' | 'no-target',
    ) => string;
    target: (duration: string) => string;
    conclusionHeading: string;
    fastest: (mode: string, p99: string) => string;
    cheapest: (modes: string, cost: string) => string;
    home: (mode: string) => string;
  };
  /** Titles, descriptions and line names of the labs' charts. */
  charts: {
    flowTitle: string;
    flowDescription: string;
    replicasTitle: string;
    latencyTitle: string;
    latencyDescription: string;
    slo: string;
    theory: (model: string) => string;
    queueTitle: string;
    queueLine: string;
    requestsUnit: string;
    capacityTitle: string;
    replicasLine: string;
    busyLine: string;
    replicasUnit: string;
    utilizationTitle: string;
    utilizationLine: string;
    costTitle: string;
    costLine: string;
    loadTitle: string;
    loadLine: string;
    perSecondUnit: string;
    ganttTitle: string;
    ganttDescription: string;
    resourceTitle: string;
    resourceDescription: string;
    runsActiveLine: string;
    runsUnit: string;
    stalenessTitle: string;
    stalenessDescription: string;
    stalenessLine: string;
    backlogLine: string;
    stalenessHistogramTitle: string;
    partitionsTitle: string;
    partitionsDescription: string;
    lagTitle: string;
    lagLine: string;
    recordsUnit: string;
    consumersTitle: string;
    activeConsumersLine: string;
    busyConsumersLine: string;
    consumersUnit: string;
    endToEndTitle: string;
    throughputTitle: string;
    throughputLine: string;
    shareUnit: string;
  };
  announce: {
    sloBreached: (p99: string, slo: string) => string;
    sloMet: (p99: string, slo: string) => string;
    lagGrowing: (lag: string) => string;
    lagShrinking: (lag: string) => string;
    overlapping: (runs: number) => string;
    skipped: (runs: number) => string;
    finished: string;
  };
  widget: {
    label: (title: string) => string;
    openInLab: (mode: string) => string;
    /** Before a widget's links to the labs, one per mode: "Open in the lab:". */
    openInLabLead: string;
    openExample: (example: string) => string;
    loading: string;
    /** Under a bar panel whose scale is logarithmic. */
    logScale: string;
    /** The case's target, marked on a panel of times to a prediction. */
    target: (value: string) => string;
    /** A value not measured yet, or one the mode does not have (not applicable). */
    noValue: string;
  };
  share: {
    heading: string;
    copyLink: string;
    copied: string;
    copyFailed: string;
    exportJson: string;
    exportCsv: string;
  };
}
