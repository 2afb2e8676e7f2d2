import type { Locale } from '../locale/locales.ts';
import type { DeploymentMode } from '../modes/mode-names.ts';
import type { PresetName } from '../model/case-names.ts';

interface ModeText {
  name: string;
  summary: string;
}

/**
 * Every string the interface shows. Both languages are typed against this one shape, so a key missing
 * from, or extra in, either language is a compile error.
 */
export interface Messages {
  documentTitle: string;
  documentDescription: string;
  skipToContent: string;
  courseTitle: string;
  courseTagline: string;
  languageSwitchLabel: string;
  introHeading: string;
  introLead: string;
  modes: Record<DeploymentMode, ModeText>;
  introClosing: string;
  footerNote: string;
  /** A page's code could not be fetched (offline before the first visit, a half-updated site). */
  pageLoadFailed: string;
  nav: { label: string; home: string; lessons: string; models: string };
  lessons: LessonsText;
  /** The slide deck's six examples, by preset name. */
  examples: Record<PresetName, string>;
  notFound: { heading: string; body: (path: string) => string; link: string };
  models: ModelsText;
}

/** The table of contents and the slide viewer. */
export interface LessonsText {
  heading: string;
  lead: string;
  loading: string;
  loadError: string;
  lessonLabel: (n: number) => string;
  start: string;
  tocLabel: string;
  progress: (slide: number, total: number) => string;
  previous: string;
  next: string;
  nextLesson: (title: string) => string;
  backToContents: string;
  keyboardHint: string;
  noSuchSlide: (lesson: string, slide: number) => string;
}

/** The model gallery: each example's model, tried in the browser and measured on this device. */
export interface ModelsText {
  heading: string;
  lead: string;
  backendHeading: string;
  backendStarting: string;
  backendInUse: (name: string) => string;
  backendSkipped: (name: string, reason: string) => string;
  backendNames: Record<'webgl' | 'wasm' | 'cpu', string>;
  tableCaption: string;
  columns: {
    model: string;
    example: string;
    task: string;
    params: string;
    quality: string;
    tryIt: string;
  };
  tasks: Record<'binary' | 'multiclass' | 'regression', string>;
  sizes: Record<'small' | 'large', string>;
  quality: (metric: string, value: string, baseline: string) => string;
  /** The manifest's metric names (written by the training script in English), per language. */
  metricNames: Record<string, string>;
  tryButton: (model: string) => string;
  trying: string;
  /** The input of a try, when it is text: the chatbot's message in quotes, then an arrow. */
  asked: (input: string) => string;
  probability: (value: string) => string;
  predictedClass: (label: string, value: string) => string;
  predictedValue: (value: string) => string;
  latency: (ms: string, backend: string) => string;
  errors: Record<
    | 'model-missing'
    | 'model-corrupt'
    | 'no-backend'
    | 'bad-input'
    | 'not-loaded'
    | 'internal'
    | 'manifest',
    string
  >;
  loadingManifest: string;
  calibrateHeading: string;
  calibrateLead: string;
  calibrateModel: string;
  calibrateButton: string;
  calibrating: string;
  calibrateColumns: { batch: string; call: string; perRow: string };
  calibrateCaption: string;
  calibrateFit: (overhead: string, perItem: string) => string;
  calibrateGain: (gain: string) => string;
  speedupLabel: string;
  speedupHelp: string;
  speedupInvalid: string;
  serviceForSimulation: (mean: string) => string;
}

const es: Messages = {
  documentTitle: 'Tipos de despliegue',
  documentDescription:
    'Acompañante del curso «Tipos de despliegue»: despliegue de modelos por lotes, en línea y en streaming, simulado en el navegador.',
  skipToContent: 'Saltar al contenido principal',
  courseTitle: 'Tipos de despliegue',
  courseTagline: 'Cómo y con qué frecuencia un modelo de machine learning genera predicciones',
  languageSwitchLabel: 'Idioma',
  introHeading: 'Qué cubre el curso',
  introLead:
    'El tipo de despliegue es una decisión que conviene tener en mente desde el inicio del proyecto: define la forma y la frecuencia con la que el modelo genera sus predicciones.',
  modes: {
    batch: {
      name: 'Por lotes (batch)',
      summary:
        'Trabajos programados procesan bloques de datos a intervalos fijos y guardan las predicciones para consultarlas después.',
    },
    online: {
      name: 'En línea (tiempo real)',
      summary: 'Un servidor responde a cada petición en cuanto llega, una observación a la vez.',
    },
    streaming: {
      name: 'Streaming',
      summary:
        'Procesamiento continuo de un flujo de eventos: más rápido que por lotes, pero no instantáneo.',
    },
  },
  introClosing:
    'El curso compara las ventajas, las desventajas y ejemplos de cada tipo, y cómo elegir entre ellos según el problema que se quiere resolver.',
  pageLoadFailed: 'No se pudo cargar esta página. Comprueba la conexión y vuelve a cargarla.',
  footerNote:
    'Acompañante de la presentación «Tipos de despliegue». Todo se ejecuta en tu navegador.',
  nav: { label: 'Secciones', home: 'Inicio', lessons: 'Lecciones', models: 'Modelos' },
  lessons: {
    heading: 'Lecciones',
    lead: 'Cinco lecciones recorren la presentación diapositiva por diapositiva, en su orden.',
    loading: 'Cargando las lecciones…',
    loadError: 'No se pudieron cargar las lecciones de este sitio.',
    lessonLabel: (n) => `Lección ${n}`,
    start: 'Empezar',
    tocLabel: 'Contenido del curso',
    progress: (slide, total) => `Diapositiva ${slide} de ${total}`,
    previous: 'Anterior',
    next: 'Siguiente',
    nextLesson: (title) => `Siguiente lección: ${title}`,
    backToContents: 'Volver al índice',
    keyboardHint:
      'Usa las flechas ← y → para avanzar o retroceder, Inicio y Fin para ir al principio o al final.',
    noSuchSlide: (lesson, slide) => `No hay una diapositiva ${slide} en «${lesson}».`,
  },
  examples: {
    'content-popularity': 'Contenido más visto por región',
    'hotel-cancellations': 'Cancelaciones de reservas de hotel',
    chatbot: 'Chatbot disponible 24/7',
    'hotel-activities': 'Actividades para huéspedes de hotel',
    'fraud-detection': 'Detección de fraudes',
    'form-abandonment': 'Formularios abandonados',
  },
  notFound: {
    heading: 'Página no encontrada',
    body: (path) => `No hay ninguna página en «${path}».`,
    link: 'Volver al inicio',
  },
  models: {
    heading: 'Los modelos',
    lead: 'Cada ejemplo de la presentación tiene un modelo real de TensorFlow.js entrenado con datos generados. Aquí puedes probarlo en tu navegador y medir cuánto tarda en tu dispositivo.',
    backendHeading: 'Motor de cálculo',
    backendStarting: 'Preparando el motor de cálculo…',
    backendInUse: (name) => `Las predicciones se calculan con ${name}.`,
    backendSkipped: (name, reason) => `${name} no está disponible: ${reason}`,
    backendNames: {
      webgl: 'WebGL (tarjeta gráfica)',
      wasm: 'WebAssembly (procesador)',
      cpu: 'JavaScript (procesador)',
    },
    tableCaption:
      'Modelos de los seis ejemplos, con su calidad en datos reservados frente a una referencia trivial',
    columns: {
      model: 'Modelo',
      example: 'Ejemplo',
      task: 'Tarea',
      params: 'Parámetros',
      quality: 'Calidad',
      tryIt: 'Probar',
    },
    tasks: {
      binary: 'Clasificación binaria',
      multiclass: 'Clasificación en varias clases',
      regression: 'Regresión',
    },
    sizes: { small: 'pequeño (para online)', large: 'grande (para batch)' },
    quality: (metric, value, baseline) => `${metric}: ${value} (referencia trivial: ${baseline})`,
    metricNames: {
      'ROC AUC': 'AUC ROC',
      'PR AUC': 'AUC precisión-exhaustividad',
      'top-3 accuracy': 'exactitud entre las 3 primeras',
      'accuracy (unseen phrasings)': 'exactitud (frases no vistas)',
      'MAE of log(1+views)': 'error absoluto medio de log(1 + vistas)',
    },
    tryButton: (model) => `Probar ${model}`,
    trying: 'Calculando…',
    asked: (input) => `«${input}» → `,
    probability: (value) => `Probabilidad: ${value}`,
    predictedClass: (label, value) => `Clase predicha: ${label} (${value})`,
    predictedValue: (value) => `Valor predicho: ${value}`,
    latency: (ms, backend) => `en ${ms} ms con ${backend}`,
    errors: {
      'model-missing':
        'No se encontró el archivo del modelo en este sitio. La simulación sigue con el tiempo de servicio nominal.',
      'model-corrupt':
        'El archivo del modelo está dañado y no se puede leer. La simulación sigue con el tiempo de servicio nominal.',
      'no-backend':
        'Este navegador no puede ejecutar TensorFlow.js con ningún motor (WebGL, WebAssembly ni JavaScript).',
      'bad-input': 'Los datos de entrada no tienen la forma que espera el modelo.',
      'not-loaded': 'El modelo todavía no está cargado.',
      internal: 'Algo falló al calcular la predicción. Vuelve a intentarlo.',
      manifest: 'No se pudo leer la lista de modelos de este sitio.',
    },
    loadingManifest: 'Cargando la lista de modelos…',
    calibrateHeading: 'Tu dispositivo como servidor',
    calibrateLead:
      'Mide el tiempo real de inferencia según el tamaño del lote. Procesar por lotes aprovecha mejor los recursos: cada fila cuesta mucho menos en un lote grande.',
    calibrateModel: 'Modelo a medir',
    calibrateButton: 'Medir en este dispositivo',
    calibrating: 'Midiendo…',
    calibrateColumns: {
      batch: 'Tamaño del lote',
      call: 'Tiempo por llamada (ms)',
      perRow: 'Tiempo por fila (ms)',
    },
    calibrateCaption: 'Mediana de varias llamadas por tamaño de lote',
    calibrateFit: (overhead, perItem) => `Ajuste: t(b) = ${overhead} ms + ${perItem} ms × b`,
    calibrateGain: (gain) =>
      `En el lote más grande, cada fila cuesta ${gain} veces menos que sola.`,
    speedupLabel: 'Un servidor de producción es más rápido que este dispositivo (veces)',
    speedupHelp:
      'Divide los tiempos medidos para representar un servidor; 1 usa tu dispositivo tal cual.',
    speedupInvalid: 'Escribe un número mayor que 0 y como mucho 1000.',
    serviceForSimulation: (mean) =>
      `Tiempo de servicio para la simulación: ${mean} ms de media por petición.`,
  },
};

const en: Messages = {
  documentTitle: 'Deployment types',
  documentDescription:
    'Companion to the course "Deployment types": batch, online and streaming model serving, simulated in the browser.',
  skipToContent: 'Skip to main content',
  courseTitle: 'Deployment types',
  courseTagline: 'How, and how often, a machine learning model produces predictions',
  languageSwitchLabel: 'Language',
  introHeading: 'What the course covers',
  introLead:
    'The deployment type is a decision to keep in mind from the start of a project: it sets how, and how often, the model produces its predictions.',
  modes: {
    batch: {
      name: 'Batch',
      summary:
        'Scheduled jobs score blocks of data at set intervals and store the predictions to be looked up later.',
    },
    online: {
      name: 'Online (real time)',
      summary: 'A server answers each request as soon as it arrives, one observation at a time.',
    },
    streaming: {
      name: 'Streaming',
      summary: 'Continuous processing of a stream of events: faster than batch, but not instant.',
    },
  },
  introClosing:
    'The course compares the advantages, drawbacks and examples of each type, and how to choose between them according to the problem to be solved.',
  pageLoadFailed: 'This page could not be loaded. Check the connection and reload it.',
  footerNote: 'Companion to the "Deployment types" slide deck. Everything runs in your browser.',
  nav: { label: 'Sections', home: 'Home', lessons: 'Lessons', models: 'Models' },
  lessons: {
    heading: 'Lessons',
    lead: 'Five lessons follow the slide deck slide by slide, in its order.',
    loading: 'Loading the lessons…',
    loadError: "This site's lessons could not be loaded.",
    lessonLabel: (n) => `Lesson ${n}`,
    start: 'Start',
    tocLabel: 'Course contents',
    progress: (slide, total) => `Slide ${slide} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    nextLesson: (title) => `Next lesson: ${title}`,
    backToContents: 'Back to the contents',
    keyboardHint:
      'Use the ← and → arrow keys to move on or back, Home and End to go to the first or last slide.',
    noSuchSlide: (lesson, slide) => `There is no slide ${slide} in "${lesson}".`,
  },
  examples: {
    'content-popularity': 'Most-viewed content per region',
    'hotel-cancellations': 'Hotel booking cancellations',
    chatbot: 'Chatbot available 24/7',
    'hotel-activities': 'Activities for hotel guests',
    'fraud-detection': 'Fraud detection',
    'form-abandonment': 'Abandoned forms',
  },
  notFound: {
    heading: 'Page not found',
    body: (path) => `There is no page at "${path}".`,
    link: 'Back to the start',
  },
  models: {
    heading: 'The models',
    lead: "Each of the deck's examples has a real TensorFlow.js model trained on generated data. Try it here in your browser and measure how long it takes on your device.",
    backendHeading: 'Compute engine',
    backendStarting: 'Starting the compute engine…',
    backendInUse: (name) => `Predictions are computed with ${name}.`,
    backendSkipped: (name, reason) => `${name} is not available: ${reason}`,
    backendNames: {
      webgl: 'WebGL (graphics card)',
      wasm: 'WebAssembly (processor)',
      cpu: 'JavaScript (processor)',
    },
    tableCaption:
      "The six examples' models, with their quality on held-out data against a trivial baseline",
    columns: {
      model: 'Model',
      example: 'Example',
      task: 'Task',
      params: 'Parameters',
      quality: 'Quality',
      tryIt: 'Try it',
    },
    tasks: {
      binary: 'Binary classification',
      multiclass: 'Multi-class classification',
      regression: 'Regression',
    },
    sizes: { small: 'small (for online)', large: 'large (for batch)' },
    quality: (metric, value, baseline) => `${metric}: ${value} (trivial baseline: ${baseline})`,
    metricNames: {
      'ROC AUC': 'ROC AUC',
      'PR AUC': 'precision-recall AUC',
      'top-3 accuracy': 'top-3 accuracy',
      'accuracy (unseen phrasings)': 'accuracy (unseen phrasings)',
      'MAE of log(1+views)': 'mean absolute error of log(1 + views)',
    },
    tryButton: (model) => `Try ${model}`,
    trying: 'Computing…',
    asked: (input) => `“${input}” → `,
    probability: (value) => `Probability: ${value}`,
    predictedClass: (label, value) => `Predicted class: ${label} (${value})`,
    predictedValue: (value) => `Predicted value: ${value}`,
    latency: (ms, backend) => `in ${ms} ms with ${backend}`,
    errors: {
      'model-missing':
        'The model file was not found on this site. The simulation goes on with the nominal service time.',
      'model-corrupt':
        'The model file is damaged and cannot be read. The simulation goes on with the nominal service time.',
      'no-backend':
        'This browser cannot run TensorFlow.js with any engine (WebGL, WebAssembly or JavaScript).',
      'bad-input': 'The input does not have the shape the model expects.',
      'not-loaded': 'The model is not loaded yet.',
      internal: 'Something went wrong while computing the prediction. Please try again.',
      manifest: "This site's list of models could not be read.",
    },
    loadingManifest: 'Loading the list of models…',
    calibrateHeading: 'Your device as the server',
    calibrateLead:
      'Measure the real inference time for each batch size. Batch processing makes better use of resources: each row costs far less in a large batch.',
    calibrateModel: 'Model to measure',
    calibrateButton: 'Measure on this device',
    calibrating: 'Measuring…',
    calibrateColumns: {
      batch: 'Batch size',
      call: 'Time per call (ms)',
      perRow: 'Time per row (ms)',
    },
    calibrateCaption: 'Median of several calls for each batch size',
    calibrateFit: (overhead, perItem) => `Fit: t(b) = ${overhead} ms + ${perItem} ms × b`,
    calibrateGain: (gain) => `In the largest batch, each row costs ${gain} times less than alone.`,
    speedupLabel: 'A production server is faster than this device (times)',
    speedupHelp: 'Divides the measured times to stand for a server; 1 uses your device as it is.',
    speedupInvalid: 'Enter a number above 0 and at most 1000.',
    serviceForSimulation: (mean) =>
      `Service time for the simulation: ${mean} ms per request on average.`,
  },
};

export const messages: Record<Locale, Messages> = { es, en };

/** Each deployment mode's name in `locale`, as the figures, tables and links name it. */
export function modeNamesIn(locale: Locale): Record<DeploymentMode, string> {
  const modes = messages[locale].modes;
  return { batch: modes.batch.name, online: modes.online.name, streaming: modes.streaming.name };
}
