import type { Locale } from './locales.ts';
import type { LabMode } from '../lab/lab-mode.ts';
import type { SessionState } from '../lab/snapshot.ts';
import type { Unit } from '../lab/controls.ts';
import type { PresetName } from '../modes/presets.ts';

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
  /** Why each example's numbers are what they are (presets.ts has the English for the CLI). */
  rationales: Record<PresetName, string>;
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
  /** Each parameter's label, by its CLI flag. */
  params: Record<string, string>;
  /** A number with its unit. */
  units: Record<Unit, (value: string) => string>;
  notices: {
    heading: string;
    dismiss: string;
    unknownPreset: (got: string) => string;
    unknownParameter: (flag: string) => string;
    outOfRange: (label: string, got: string, min: string, max: string) => string;
    notAChoice: (label: string, got: string, choices: string) => string;
    malformed: (label: string, got: string) => string;
    refused: (label: string, detail: string) => string;
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
      responseP50: string;
      responseP99: string;
      freshnessMean: string;
      freshnessMax: string;
      throughput: string;
      utilization: string;
      cost: string;
    };
    conclusionHeading: string;
    fastest: (mode: string, p99: string) => string;
    freshest: (mode: string, mean: string) => string;
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
  rationales: {
    'content-popularity':
      'Una vez al día se pronostica el contenido más visto por región: 50.000 elementos × 20 regiones = 1.000.000 de filas al día, con un modelo pequeño de 0,2 ms por fila; una caché delante del sitio consulta las listas guardadas 5 veces por segundo. Nadie necesita la lista más de una vez al día, así que basta un trabajo nocturno con 4 trabajadores.',
    'hotel-cancellations':
      'Cada noche se puntúan las 20.000 reservas próximas para que el personal llame por la mañana a los huéspedes con más riesgo. El lote permite el modelo grande (2 ms por fila); el personal consulta resultados cada 2 segundos más o menos. Un riesgo calculado por la noche es lo bastante fresco para una llamada al día siguiente.',
    chatbot:
      'Un chatbot disponible 24/7: los mensajes siguen un ciclo diario alrededor de 30 por segundo (48 en el pico de la tarde), clasificar la intención cuesta unos 15 ms y una persona espera cada respuesta; por eso un servicio en línea con autoescalado (estilo Knative, de 1 a 10 réplicas) responde cada mensaje al llegar; 40 ms de ida y vuelta de red.',
    'hotel-activities':
      'Recomendaciones de actividades cuando un huésped abre la app: unas 5 peticiones por segundo, un modelo de ranking de 25 ms y un huésped con datos móviles (60 ms de ida y vuelta). La respuesta depende de quién pregunta y cuándo, así que la calculan 2 réplicas bajo petición.',
    'fraud-detection':
      'Las transacciones con tarjeta, 1.500 por segundo, pasan por un tema con 8 particiones; 8 consumidores las puntúan en micro-lotes cada 200 ms (0,5 ms por registro más 20 ms por lote). El fraude hay que detectarlo rápido, pero no antes de responder al pago: un segundo de retraso vale, un lote cada hora no.',
    'form-abandonment':
      'Cuando un cliente abandona un formulario (unos 20 por segundo en todo el sitio) se estima la probabilidad de convertirlo con una llamada. Una llamada en minutos funciona; en milisegundos no aporta nada. Micro-lotes cada 5 s en 2 consumidores (3 ms por registro, 50 ms por lote) dejan al equipo de ventas minutos, no horas, por detrás.',
  },
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
  params: {
    'slo-ms': 'Objetivo de latencia (p99)',
    'arrival-rate': 'Tasa de llegada',
    servers: 'Réplicas',
    service: 'Tiempo de inferencia',
    'network-rtt-ms': 'Ida y vuelta de red',
    autoscale: 'Autoescalado',
    rollout: 'Cambio de versión del modelo',
    duration: 'Duración',
    'queue-capacity': 'Capacidad de la cola',
    'queue-timeout-ms': 'Tiempo máximo en cola',
    'max-batch': 'Lote máximo',
    'batch-delay-ms': 'Espera para completar un lote',
    'batch-overhead-ms': 'Coste fijo por lote',
    'arrival-pattern': 'Patrón de llegadas',
    'cold-start-ms': 'Arranque en frío',
    'model-load-ms': 'Carga del modelo',
    'min-replicas': 'Réplicas mínimas',
    'max-replicas': 'Réplicas máximas',
    'target-concurrency': 'Concurrencia objetivo por réplica',
    'target-utilization': 'Utilización objetivo',
    'stable-window-s': 'Ventana estable',
    'panic-window-s': 'Ventana de pánico',
    'panic-threshold': 'Umbral de pánico',
    'max-scale-up-rate': 'Ritmo máximo de subida',
    'max-scale-down-rate': 'Ritmo máximo de bajada',
    'scale-to-zero-grace-s': 'Gracia antes de escalar a cero',
    'autoscale-tick-s': 'Intervalo del autoescalador',
    'rollout-at': 'Inicio del cambio de versión',
    'new-service': 'Tiempo de inferencia de la versión nueva',
    'canary-percent': 'Tráfico del canario',
    'promote-at': 'Promoción del canario',
    'rollback-at': 'Marcha atrás',
    'price-per-hour': 'Precio por hora',
    seed: 'Semilla',
    interval: 'Intervalo entre ejecuciones',
    rows: 'Filas por ejecución',
    workers: 'Trabajadores',
    'overlap-policy': 'Si una ejecución se solapa',
    'setup-ms': 'Preparación de cada intento',
    'query-rate': 'Consultas por segundo',
    'lookup-ms': 'Latencia de consulta',
    'failure-prob': 'Probabilidad de fallo',
    retries: 'Reintentos',
    'retry-delay': 'Espera entre reintentos',
    partitions: 'Particiones',
    consumers: 'Consumidores',
    'trigger-ms': 'Intervalo del disparador',
    'rebalance-ms': 'Pausa de rebalanceo',
    assignor: 'Asignación de particiones',
    'consumers-change': 'Cambios de consumidores',
    'overlap-policy:skip': 'saltar (max_active_runs=1)',
    'overlap-policy:queue': 'encolar (catch-up)',
    'overlap-policy:allow': 'permitir solapes',
    'rollout:blue-green': 'azul/verde',
    'rollout:canary': 'canario',
    'assignor:range': 'por rangos',
    'assignor:round-robin': 'rotatoria',
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
    outOfRange: (label, got, min, max) =>
      `${label}: «${got}» no es válido (acepta de ${min} a ${max}); se usa el valor del ejemplo.`,
    notAChoice: (label, got, choices) =>
      `${label}: «${got}» no es una opción (acepta ${choices}); se usa el valor del ejemplo.`,
    malformed: (label, got) => `${label}: «${got}» no se entiende; se usa el valor del ejemplo.`,
    refused: (label, detail) => `${label}: valor rechazado por el simulador (${detail}).`,
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
    caption: 'La misma carga en los tres tipos de despliegue, en este instante de la simulación',
    metric: 'Medida',
    rows: {
      responseP50: 'Espera del usuario, p50',
      responseP99: 'Espera del usuario, p99',
      freshnessMean: 'Antigüedad de los datos, media',
      freshnessMax: 'Antigüedad de los datos, máx.',
      throughput: 'Predicciones por segundo',
      utilization: 'Utilización de recursos',
      cost: 'Coste por hora',
    },
    conclusionHeading: 'Qué dice esta ejecución',
    fastest: (mode, p99) => `Responde antes: ${mode} (p99 ${p99}).`,
    freshest: (mode, mean) => `Datos más frescos: ${mode} (antigüedad media ${mean}).`,
    cheapest: (mode, cost) => `Más barato: ${mode} (${cost} por hora).`,
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
  rationales: {
    'content-popularity':
      'Once a day, forecast the most-viewed content per region: 50,000 items × 20 regions = 1,000,000 rows a day, with a small forecasting model at 0.2 ms a row; a cache in front of the site reads the stored top lists 5 times a second. Nobody needs the list more than daily, so a nightly job on 4 workers is enough.',
    'hotel-cancellations':
      'Each night, score the 20,000 upcoming bookings so that staff can call the riskiest guests in the morning. Batch affords the larger model (2 ms a row); staff look results up about once every 2 seconds. A cancellation risk computed at night is fresh enough for a call made the next day.',
    chatbot:
      'A chatbot available 24/7: messages follow a daily cycle around 30 a second (48 at the afternoon peak), intent classification takes about 15 ms, and a person waits for each answer, so an autoscaled online service (Knative-style, 1 to 10 replicas) answers each message as it arrives; 40 ms of network round trip.',
    'hotel-activities':
      'Activity recommendations when a hotel guest opens the app: about 5 requests a second, a 25 ms ranking model, and a guest on mobile data (60 ms round trip). The answer depends on who asks and when, so 2 replicas compute it on request.',
    'fraud-detection':
      'Card transactions at 1,500 a second flow through a topic with 8 partitions; 8 consumers score them in micro-batches every 200 ms (0.5 ms a record plus 20 ms a batch). Fraud must be caught fast, but not before the payment is answered: a second of delay is fine, an hourly batch is not.',
    'form-abandonment':
      'When a customer abandons a form (about 20 a second across the site), estimate the chance of converting them with a call. A call within minutes works; within milliseconds buys nothing. Micro-batches every 5 s on 2 consumers (3 ms a record, 50 ms a batch) keep the sales team minutes, not hours, behind.',
  },
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
  params: {
    'slo-ms': 'Latency objective (p99)',
    'arrival-rate': 'Arrival rate',
    servers: 'Replicas',
    service: 'Inference time',
    'network-rtt-ms': 'Network round trip',
    autoscale: 'Autoscaling',
    rollout: 'Model version change',
    duration: 'Duration',
    'queue-capacity': 'Queue capacity',
    'queue-timeout-ms': 'Queue timeout',
    'max-batch': 'Largest batch',
    'batch-delay-ms': 'Wait to fill a batch',
    'batch-overhead-ms': 'Fixed cost per batch',
    'arrival-pattern': 'Arrival pattern',
    'cold-start-ms': 'Cold start',
    'model-load-ms': 'Model load',
    'min-replicas': 'Minimum replicas',
    'max-replicas': 'Maximum replicas',
    'target-concurrency': 'Target concurrency per replica',
    'target-utilization': 'Target utilisation',
    'stable-window-s': 'Stable window',
    'panic-window-s': 'Panic window',
    'panic-threshold': 'Panic threshold',
    'max-scale-up-rate': 'Fastest scale-up',
    'max-scale-down-rate': 'Fastest scale-down',
    'scale-to-zero-grace-s': 'Grace before scaling to zero',
    'autoscale-tick-s': 'Autoscaler interval',
    'rollout-at': 'Version change starts',
    'new-service': "New version's inference time",
    'canary-percent': 'Canary traffic',
    'promote-at': 'Canary promoted',
    'rollback-at': 'Rollback',
    'price-per-hour': 'Price per hour',
    seed: 'Seed',
    interval: 'Interval between runs',
    rows: 'Rows per run',
    workers: 'Workers',
    'overlap-policy': 'When a run overlaps',
    'setup-ms': 'Set-up of each attempt',
    'query-rate': 'Lookups per second',
    'lookup-ms': 'Lookup latency',
    'failure-prob': 'Failure probability',
    retries: 'Retries',
    'retry-delay': 'Delay between retries',
    partitions: 'Partitions',
    consumers: 'Consumers',
    'trigger-ms': 'Trigger interval',
    'rebalance-ms': 'Rebalance pause',
    assignor: 'Partition assignment',
    'consumers-change': 'Consumer changes',
    'overlap-policy:skip': 'skip (max_active_runs=1)',
    'overlap-policy:queue': 'queue (catch-up)',
    'overlap-policy:allow': 'allow overlaps',
    'rollout:blue-green': 'blue/green',
    'rollout:canary': 'canary',
    'assignor:range': 'range',
    'assignor:round-robin': 'round robin',
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
    outOfRange: (label, got, min, max) =>
      `${label}: "${got}" is not valid (accepts ${min} to ${max}); the example's value is used.`,
    notAChoice: (label, got, choices) =>
      `${label}: "${got}" is not an option (accepts ${choices}); the example's value is used.`,
    malformed: (label, got) => `${label}: "${got}" cannot be read; the example's value is used.`,
    refused: (label, detail) => `${label}: value refused by the simulator (${detail}).`,
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
    caption: 'The same workload in the three deployment types, at this moment of the simulation',
    metric: 'Measure',
    rows: {
      responseP50: "User's wait, p50",
      responseP99: "User's wait, p99",
      freshnessMean: 'Age of the data, mean',
      freshnessMax: 'Age of the data, max',
      throughput: 'Predictions per second',
      utilization: 'Resource utilisation',
      cost: 'Cost per hour',
    },
    conclusionHeading: 'What this run says',
    fastest: (mode, p99) => `Answers first: ${mode} (p99 ${p99}).`,
    freshest: (mode, mean) => `Freshest data: ${mode} (mean age ${mean}).`,
    cheapest: (mode, cost) => `Cheapest: ${mode} (${cost} per hour).`,
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
