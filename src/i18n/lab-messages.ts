import type { Locale } from '../locale/locales.ts';
import type { ModeId as LabMode } from '../modes/mode-names.ts';
import type { SessionState } from '../machines/lab-session.ts';
import type { ParamUnit as Unit } from '../modes/param-table.ts';

/** Names of the service-time distributions, as the kind selector shows them. */
type DistributionKind = 'exponential' | 'deterministic' | 'uniform' | 'lognormal';

/** Every string the labs' frame shows: titles, playback, parameters, notices, sharing. */
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
      machines: string,
      how: 'set' | 'sized' | 'none-meets' | 'no-target',
    ) => string;
    target: (duration: string) => string;
    conclusionHeading: string;
    fastest: (mode: string, p99: string) => string;
    cheapest: (mode: string, cost: string) => string;
    busiest: (mode: string, share: string) => string;
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
    openExample: (example: string) => string;
    loading: string;
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

const es: LabText = {
  navLabel: 'Laboratorios',
  indexHeading: 'Laboratorios de simulación',
  indexLead:
    'Un modelo real servido por lotes, en línea y en streaming dentro de tu navegador. Cambia los parámetros mientras corre y observa colas, latencia, frescura y uso de recursos.',
  modes: {
    batch: {
      title: 'Laboratorio por lotes',
      lead: 'Trabajos programados puntúan bloques de filas y guardan las predicciones; los clientes las consultan después.',
    },
    online: {
      title: 'Laboratorio en línea',
      lead: 'Cada petición llega a una cola y la responde una réplica del modelo en cuanto puede.',
    },
    streaming: {
      title: 'Laboratorio de streaming',
      lead: 'Los eventos se escriben en particiones y un grupo de consumidores los procesa en micro-lotes.',
    },
    compare: {
      title: 'Comparar los tres tipos',
      lead: 'La misma carga, con la misma semilla, servida por lotes, en línea y en streaming, lado a lado.',
    },
  },
  presetLabel: 'Ejemplo de la presentación',
  presetRationale: 'Por qué estos números',
  playback: {
    label: 'Reproducción',
    play: 'Reproducir',
    pause: 'Pausa',
    step: 'Un evento',
    stepHelp: 'Avanza la simulación un solo evento y la deja en pausa.',
    reset: 'Reiniciar',
    jumpToEnd: 'Saltar al final',
    speed: 'Velocidad',
    speedValue: (x) => `${x}×`,
    time: (now, end) => `${now} de ${end} simulados`,
    session: {
      idle: 'Lista para empezar',
      running: 'En marcha',
      paused: 'En pausa',
      finished: 'Terminada',
    },
    progress: 'Tiempo simulado',
  },
  controls: {
    heading: 'Parámetros',
    advanced: 'Más parámetros',
    none: 'ninguno',
    on: 'activado',
    off: 'desactivado',
    kind: 'Distribución',
    kinds: {
      exponential: 'exponencial',
      deterministic: 'constante',
      uniform: 'uniforme',
      lognormal: 'lognormal',
    },
    mean: 'media',
    cv: 'coeficiente de variación',
    range: (min, max) => `de ${min} a ${max}`,
    listHelp: 'Cambios separados por comas, cada uno SEGUNDO:CONSUMIDORES, p. ej. 30:6,60:2',
    patternHelp: 'constant:TASA, daily:MEDIA:AMPLITUD:PICO_H o steps:S=TASA,...',
    liveHint:
      'Los cambios se aplican desde el instante actual de la simulación; si un parámetro no puede cambiar en marcha, la simulación se reinicia y te lo decimos.',
  },
  units: {
    perS: (v) => `${v}/s`,
    ms: (v) => `${v} ms`,
    s: (v) => `${v} s`,
    count: (v) => v,
    rows: (v) => `${v} filas`,
    share: (v) => v,
    percent: (v) => `${v} %`,
    price: (v) => `${v} por hora`,
    none: (v) => v,
  },
  notices: {
    heading: 'Avisos',
    dismiss: 'Cerrar aviso',
    unknownPreset: (got) =>
      `El enlace pedía el ejemplo «${got}», que no existe: se muestra el ejemplo por defecto.`,
    unknownParameter: (flag) =>
      `El enlace traía un parámetro desconocido, «${flag}», que se ha ignorado.`,
    dropped: (detail) => `${detail}. Se usa el valor del ejemplo.`,
    restarted: (labels) =>
      `${labels} no puede cambiar con la simulación en marcha: se ha reiniciado desde el principio.`,
    failed: (detail) => `La simulación se detuvo por un error inesperado: ${detail}. Reiníciala.`,
  },
  figures: {
    heading: 'Cifras clave',
    arrived: 'Peticiones llegadas',
    completed: 'Respondidas',
    rejected: 'Rechazadas (cola llena)',
    timedOut: 'Caducadas en cola',
    latency: (q) => `Latencia ${q}`,
    utilization: 'Utilización',
    replicas: 'Réplicas (ahora / media)',
    replicasNow: (now, mean) => `${now} / ${mean}`,
    throughput: 'Rendimiento',
    cost: 'Coste por hora',
    coldStarts: 'Arranques en frío',
    theory: (model) => `Teoría (${model})`,
    theoryLatency: (theory, simulated) => `latencia media ${theory} (simulada ${simulated})`,
    waitProbability: 'Probabilidad de esperar (Erlang C)',
    noTheory: 'Ninguna fórmula exacta aplica a estos parámetros.',
    runs: 'Ejecuciones (completadas / saltadas / fallidas)',
    runsValue: (completed, skipped, failed) => `${completed} / ${skipped} / ${failed}`,
    maxConcurrent: 'Máximo de ejecuciones a la vez',
    meanRun: 'Duración media de una ejecución',
    staleness: 'Antigüedad de las predicciones (media / máx.)',
    stalenessValue: (mean, max) => `${mean} / ${max}`,
    lookups: 'Consultas (servidas / sin predicción)',
    lookupsValue: (served, missed) => `${served} / ${missed}`,
    clusterUp: 'Tiempo con el clúster encendido',
    produced: 'Eventos producidos',
    processed: 'Eventos procesados',
    lag: 'Retraso (lag)',
    backpressure: 'Contrapresión',
    backpressureLevels: { OK: 'baja (OK)', LOW: 'moderada (LOW)', HIGH: 'alta (HIGH)' },
    rebalances: 'Rebalanceos',
    idleConsumers: 'Consumidores sin partición',
    endToEnd: (q) => `Latencia de extremo a extremo ${q}`,
    notYet: 'aún sin datos',
  },
  compare: {
    heading: 'Lado a lado',
    caption:
      'El mismo caso, con los mismos eventos y el mismo modelo, en los tres tipos de despliegue, en este instante de la simulación',
    metric: 'Medida',
    rows: {
      applicable: 'Puede atender el caso',
      eventToPredictionP50: 'Del evento a la predicción, p50',
      eventToPredictionP99: 'Del evento a la predicción, p99',
      meetsTarget: 'Cumple el objetivo',
      lookupP50: 'Leer una predicción guardada, p50',
      costPer1000: 'Coste por 1000 predicciones',
      utilization: 'Utilización de las máquinas',
      workers: 'Máquinas en uso',
    },
    yes: 'sí',
    no: 'no',
    notApplicable: 'no aplica',
    fleet: (mode, machines, how) =>
      `${mode}: ${machines} máquinas (${
        {
          set: 'las que has elegido',
          sized: 'el mínimo que cumple el objetivo',
          'none-meets': 'ningún tamaño probado cumple el objetivo; se muestran las del caso',
          'no-target': 'las del caso: no hay objetivo con el que dimensionar',
        }[how]
      }).`,
    target: (duration) =>
      `Objetivo del caso: una predicción lista como mucho ${duration} después de su evento, en 99 de cada 100.`,
    conclusionHeading: 'Qué dice esta ejecución',
    fastest: (mode, p99) => `Predicción lista antes: ${mode} (p99 ${p99} desde el evento).`,
    cheapest: (mode, cost) =>
      `Más barato entre los que cumplen el objetivo: ${mode} (${cost} por 1000 predicciones).`,
    busiest: (mode, share) => `Mejor aprovecha sus recursos: ${mode} (utilización ${share}).`,
    home: (mode) => `La presentación sitúa este ejemplo en: ${mode}.`,
  },
  charts: {
    flowTitle: 'Peticiones en movimiento',
    flowDescription: 'Clientes → cola → réplicas → respuesta, según ocurren en la simulación.',
    replicasTitle: 'Réplicas y su estado',
    latencyTitle: 'Distribución de la latencia',
    latencyDescription:
      'Cuánto tarda cada respuesta, de la llegada a la respuesta con la red incluida.',
    slo: 'Objetivo',
    theory: (model) => `Teoría ${model}`,
    queueTitle: 'Longitud de la cola',
    queueLine: 'En cola',
    requestsUnit: 'peticiones',
    capacityTitle: 'Réplicas en el tiempo',
    replicasLine: 'Réplicas pagadas',
    busyLine: 'Réplicas ocupadas',
    replicasUnit: 'réplicas',
    utilizationTitle: 'Utilización',
    utilizationLine: 'Ocupadas / pagadas',
    costTitle: 'Coste por hora',
    costLine: 'Réplicas × precio',
    loadTitle: 'Carga',
    loadLine: 'Peticiones por segundo',
    perSecondUnit: '/s',
    ganttTitle: 'Calendario de ejecuciones',
    ganttDescription:
      'Cada barra es una ejecución, desde su turno programado hasta que publica, falla o se salta.',
    resourceTitle: 'Uso del clúster',
    resourceDescription:
      'Los recursos solo trabajan mientras corre una ejecución: el resto del tiempo están libres.',
    runsActiveLine: 'Ejecuciones activas',
    runsUnit: 'ejecuciones',
    stalenessTitle: 'Antigüedad de las predicciones servidas',
    stalenessDescription:
      'Crece entre publicaciones y cae cuando una ejecución publica predicciones nuevas.',
    stalenessLine: 'Antigüedad',
    backlogLine: 'Turnos pendientes',
    stalenessHistogramTitle: 'Antigüedad en cada consulta',
    partitionsTitle: 'Particiones y posiciones',
    partitionsDescription:
      'Cada partición es un registro: lo confirmado ya tiene predicción; el resto es retraso (lag).',
    lagTitle: 'Retraso (lag) total',
    lagLine: 'Registros pendientes',
    recordsUnit: 'registros',
    consumersTitle: 'Consumidores',
    activeConsumersLine: 'Con partición',
    busyConsumersLine: 'Procesando',
    consumersUnit: 'consumidores',
    endToEndTitle: 'Latencia de extremo a extremo',
    throughputTitle: 'Rendimiento',
    throughputLine: 'Registros procesados por segundo',
    shareUnit: '%',
  },
  announce: {
    sloBreached: (p99, slo) => `Objetivo de latencia incumplido: p99 ${p99}, objetivo ${slo}.`,
    sloMet: (p99, slo) => `Objetivo de latencia cumplido de nuevo: p99 ${p99}, objetivo ${slo}.`,
    lagGrowing: (lag) => `El retraso (lag) crece: ${lag} registros pendientes.`,
    lagShrinking: (lag) => `El retraso (lag) ya no crece: ${lag} registros pendientes.`,
    overlapping: (runs) => `${runs} ejecuciones se solapan.`,
    skipped: (runs) =>
      runs === 1 ? 'Se ha saltado una ejecución.' : `Se han saltado ${runs} ejecuciones.`,
    finished: 'La simulación ha terminado.',
  },
  widget: {
    label: (title) => `Simulación: ${title}`,
    openInLab: (mode) => `Abrir en el laboratorio: ${mode}`,
    openExample: (example) => `Abrir el ejemplo en el laboratorio: ${example}`,
    loading: 'Cargando la simulación…',
  },
  share: {
    heading: 'Compartir y exportar',
    copyLink: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar; copia la dirección de la barra del navegador.',
    exportJson: 'Informe (JSON)',
    exportCsv: 'Series temporales (CSV)',
  },
};

const en: LabText = {
  navLabel: 'Labs',
  indexHeading: 'Simulation labs',
  indexLead:
    'A real model served in batch, online and streaming mode inside your browser. Change the parameters while it runs and watch queues, latency, freshness and resource use.',
  modes: {
    batch: {
      title: 'Batch lab',
      lead: 'Scheduled jobs score blocks of rows and store the predictions; clients look them up later.',
    },
    online: {
      title: 'Online lab',
      lead: 'Each request joins a queue and a model replica answers it as soon as it can.',
    },
    streaming: {
      title: 'Streaming lab',
      lead: 'Events are written to partitions and a consumer group processes them in micro-batches.',
    },
    compare: {
      title: 'Compare the three types',
      lead: 'The same workload, with the same seed, served in batch, online and streaming mode, side by side.',
    },
  },
  presetLabel: 'Example from the slides',
  presetRationale: 'Why these numbers',
  playback: {
    label: 'Playback',
    play: 'Play',
    pause: 'Pause',
    step: 'One event',
    stepHelp: 'Advances the simulation by a single event and leaves it paused.',
    reset: 'Reset',
    jumpToEnd: 'Jump to the end',
    speed: 'Speed',
    speedValue: (x) => `${x}×`,
    time: (now, end) => `${now} of ${end} simulated`,
    session: { idle: 'Ready to start', running: 'Running', paused: 'Paused', finished: 'Finished' },
    progress: 'Simulated time',
  },
  controls: {
    heading: 'Parameters',
    advanced: 'More parameters',
    none: 'none',
    on: 'on',
    off: 'off',
    kind: 'Distribution',
    kinds: {
      exponential: 'exponential',
      deterministic: 'constant',
      uniform: 'uniform',
      lognormal: 'lognormal',
    },
    mean: 'mean',
    cv: 'coefficient of variation',
    range: (min, max) => `from ${min} to ${max}`,
    listHelp: 'Changes separated by commas, each SECOND:CONSUMERS, e.g. 30:6,60:2',
    patternHelp: 'constant:RATE, daily:MEAN:AMPLITUDE:PEAK_H or steps:S=RATE,...',
    liveHint:
      "Changes apply from the simulation's current moment; if a parameter cannot change while running, the simulation restarts and we tell you.",
  },
  units: {
    perS: (v) => `${v}/s`,
    ms: (v) => `${v} ms`,
    s: (v) => `${v} s`,
    count: (v) => v,
    rows: (v) => `${v} rows`,
    share: (v) => v,
    percent: (v) => `${v}%`,
    price: (v) => `${v} per hour`,
    none: (v) => v,
  },
  notices: {
    heading: 'Notices',
    dismiss: 'Dismiss notice',
    unknownPreset: (got) =>
      `The link asked for the example "${got}", which does not exist: the default example is shown.`,
    unknownParameter: (flag) =>
      `The link carried an unknown parameter, "${flag}", which was ignored.`,
    dropped: (detail) => `${detail}. The example's value is used.`,
    restarted: (labels) =>
      `${labels} cannot change while the simulation runs: it restarted from the beginning.`,
    failed: (detail) => `The simulation stopped on an unexpected error: ${detail}. Reset it.`,
  },
  figures: {
    heading: 'Key figures',
    arrived: 'Requests arrived',
    completed: 'Answered',
    rejected: 'Rejected (queue full)',
    timedOut: 'Timed out in queue',
    latency: (q) => `Latency ${q}`,
    utilization: 'Utilisation',
    replicas: 'Replicas (now / mean)',
    replicasNow: (now, mean) => `${now} / ${mean}`,
    throughput: 'Throughput',
    cost: 'Cost per hour',
    coldStarts: 'Cold starts',
    theory: (model) => `Theory (${model})`,
    theoryLatency: (theory, simulated) => `mean latency ${theory} (simulated ${simulated})`,
    waitProbability: 'Probability of waiting (Erlang C)',
    noTheory: 'No exact formula applies to these parameters.',
    runs: 'Runs (completed / skipped / failed)',
    runsValue: (completed, skipped, failed) => `${completed} / ${skipped} / ${failed}`,
    maxConcurrent: 'Most runs at once',
    meanRun: 'Mean duration of a run',
    staleness: 'Age of served predictions (mean / max)',
    stalenessValue: (mean, max) => `${mean} / ${max}`,
    lookups: 'Lookups (served / no prediction yet)',
    lookupsValue: (served, missed) => `${served} / ${missed}`,
    clusterUp: 'Time with the cluster up',
    produced: 'Events produced',
    processed: 'Events processed',
    lag: 'Lag',
    backpressure: 'Back-pressure',
    backpressureLevels: { OK: 'low (OK)', LOW: 'moderate (LOW)', HIGH: 'high (HIGH)' },
    rebalances: 'Rebalances',
    idleConsumers: 'Consumers without a partition',
    endToEnd: (q) => `End-to-end latency ${q}`,
    notYet: 'no data yet',
  },
  compare: {
    heading: 'Side by side',
    caption:
      'The same case, with the same events and the same model, in the three deployment types, at this moment of the simulation',
    metric: 'Measure',
    rows: {
      applicable: 'Can serve the case',
      eventToPredictionP50: 'Event to prediction, p50',
      eventToPredictionP99: 'Event to prediction, p99',
      meetsTarget: 'Meets the target',
      lookupP50: 'Reading a stored prediction, p50',
      costPer1000: 'Cost per 1000 predictions',
      utilization: 'Machine utilisation',
      workers: 'Machines in use',
    },
    yes: 'yes',
    no: 'no',
    notApplicable: 'not applicable',
    fleet: (mode, machines, how) =>
      `${mode}: ${machines} machines (${
        {
          set: 'as you set it',
          sized: 'the fewest that meet the target',
          'none-meets': "no size tried meets the target; the case's own are shown",
          'no-target': "the case's own: there is no target to size for",
        }[how]
      }).`,
    target: (duration) =>
      `The case's target: a prediction ready at most ${duration} after its event, for 99 in 100.`,
    conclusionHeading: 'What this run says',
    fastest: (mode, p99) => `Prediction ready first: ${mode} (p99 ${p99} from the event).`,
    cheapest: (mode, cost) =>
      `Cheapest of those that meet the target: ${mode} (${cost} per 1000 predictions).`,
    busiest: (mode, share) => `Uses its resources best: ${mode} (utilisation ${share}).`,
    home: (mode) => `The slides file this example under: ${mode}.`,
  },
  charts: {
    flowTitle: 'Requests in motion',
    flowDescription: 'Clients → queue → replicas → response, as they happen in the simulation.',
    replicasTitle: 'Replicas and their state',
    latencyTitle: 'Latency distribution',
    latencyDescription: 'How long each answer takes, from arrival to response, network included.',
    slo: 'Objective',
    theory: (model) => `Theory ${model}`,
    queueTitle: 'Queue length',
    queueLine: 'Waiting',
    requestsUnit: 'requests',
    capacityTitle: 'Replicas over time',
    replicasLine: 'Replicas paid for',
    busyLine: 'Busy replicas',
    replicasUnit: 'replicas',
    utilizationTitle: 'Utilisation',
    utilizationLine: 'Busy / paid for',
    costTitle: 'Cost per hour',
    costLine: 'Replicas × price',
    loadTitle: 'Load',
    loadLine: 'Requests per second',
    perSecondUnit: '/s',
    ganttTitle: 'Run schedule',
    ganttDescription:
      'Each bar is a run, from its scheduled tick until it publishes, fails or is skipped.',
    resourceTitle: 'Cluster use',
    resourceDescription:
      'The resources work only while a run goes on: the rest of the time they are free.',
    runsActiveLine: 'Active runs',
    runsUnit: 'runs',
    stalenessTitle: 'Age of the predictions served',
    stalenessDescription:
      'It grows between publications and drops when a run publishes fresh predictions.',
    stalenessLine: 'Age',
    backlogLine: 'Ticks waiting',
    stalenessHistogramTitle: 'Age at each lookup',
    partitionsTitle: 'Partitions and positions',
    partitionsDescription:
      'Each partition is a log: the committed part has its predictions; the rest is lag.',
    lagTitle: 'Total lag',
    lagLine: 'Records pending',
    recordsUnit: 'records',
    consumersTitle: 'Consumers',
    activeConsumersLine: 'With a partition',
    busyConsumersLine: 'Processing',
    consumersUnit: 'consumers',
    endToEndTitle: 'End-to-end latency',
    throughputTitle: 'Throughput',
    throughputLine: 'Records processed per second',
    shareUnit: '%',
  },
  announce: {
    sloBreached: (p99, slo) => `Latency objective breached: p99 ${p99}, objective ${slo}.`,
    sloMet: (p99, slo) => `Latency objective met again: p99 ${p99}, objective ${slo}.`,
    lagGrowing: (lag) => `Lag is growing: ${lag} records pending.`,
    lagShrinking: (lag) => `Lag has stopped growing: ${lag} records pending.`,
    overlapping: (runs) => `${runs} runs overlap.`,
    skipped: (runs) => (runs === 1 ? 'A run was skipped.' : `${runs} runs were skipped.`),
    finished: 'The simulation has finished.',
  },
  widget: {
    label: (title) => `Simulation: ${title}`,
    openInLab: (mode) => `Open in the lab: ${mode}`,
    openExample: (example) => `Open the example in the lab: ${example}`,
    loading: 'Loading the simulation…',
  },
  share: {
    heading: 'Share and export',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    copyFailed: "Could not copy; copy the address from the browser's bar.",
    exportJson: 'Report (JSON)',
    exportCsv: 'Time series (CSV)',
  },
};

export const labMessages: Record<Locale, LabText> = { es, en };
