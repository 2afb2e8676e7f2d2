import type { PresetName } from '../model/case-names.ts';
import { assumed, deck, reference, type Cited, type Preset } from './preset-types.ts';

/**
 * The slide deck's six examples as cases every mode can run. Each number says where it comes
 * from (preset-types.ts). Every mode's inference time is the case's model's measured
 * t(b) = a + c b (src/model/inference/measured-batch-cost.json, added in preset-values.ts): the
 * cost of the real TensorFlow.js model, so per-prediction cost falls with batch size in every
 * mode as it does on real servers.
 *
 * Targets are the case's, not a mode's: the longest time from the event that creates an input to
 * a usable prediction for it (p99). Two facts decide which modes can serve a case at all: whether
 * the input exists before the prediction is needed, and whether the one who creates the event
 * waits for the answer (mode-headline.ts).
 */
const DAY_S = 86_400;
const HOUR_S = 3600;

/** The same machine price for every mode, so cost compares like with like. */
const PRICE = assumed(
  0.1,
  'the order of an on-demand 2-vCPU cloud machine per hour; the same for every mode, so only the ratios between modes matter',
);
const SKIP = reference(
  'skip',
  "Airflow's usual max_active_runs=1 with catch-up off: no overlapping runs",
);
const ROWS_PER_CALL = assumed(
  1024,
  'rows per model call, the largest batch the t(b) measurement covers',
);
const NIGHTLY_TARGET = assumed(
  30 * HOUR_S,
  "a day's data ready the next morning: one day plus 6 h for the nightly job (the deck: daily)",
);
const RESPONSIVE_TARGET = reference(
  1,
  "1 s: Nielsen's limit for a person's flow of thought to stay uninterrupted (Usability Engineering, 1993)",
);
const waits = (value: boolean, note: string): Cited<boolean> => assumed(value, note);

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'content-popularity': {
    name: 'content-popularity',
    home: 'batch',
    model: 'content-popularity',
    currency: 'EUR',
    title: { en: 'Most-viewed content per region', es: 'Contenido más visto por región' },
    rationale: {
      en: 'Once a day, forecast the most-viewed content per region: 50,000 items x 20 regions = 1,000,000 rows a day; a cache in front of the site reads the stored top lists 5 times a second. Nobody needs the list faster than daily.',
      es: 'Una vez al día se pronostica el contenido más visto por región: 50.000 elementos × 20 regiones = 1.000.000 de filas al día; una caché delante del sitio lee las listas guardadas 5 veces por segundo. Nadie necesita la lista más de una vez al día.',
    },
    shared: {
      targetS: NIGHTLY_TARGET,
      inputKnown: deck(true, "yesterday's views exist before the forecast is needed"),
      callerWaits: waits(false, 'readers get a stored list; nobody waits on the model'),
      arrivalRatePerS: assumed(
        1_000_000 / DAY_S,
        '50,000 items x 20 regions = 1,000,000 rows a day',
      ),
      durationS: assumed(3 * DAY_S, 'three days: three nightly runs to compare'),
      seed: assumed(11, 'any seed; fixed so runs repeat'),
      pricePerHour: PRICE,
    },
    batch: {
      intervalS: deck(DAY_S, '"predecir una vez al día"'),
      workers: assumed(4, 'a small job cluster'),
      setupMs: assumed(120_000, 'start a job cluster and load the model: minutes'),
      overlapPolicy: SKIP,
      queryRatePerS: assumed(5, 'a cache refreshing the stored top lists'),
      batchSize: ROWS_PER_CALL,
    },
    online: {
      servers: assumed(1, 'one replica'),
      networkRttMs: assumed(30, 'a client in the same region'),
    },
    streaming: {
      partitions: assumed(2, 'a small topic'),
      consumers: assumed(2, 'one consumer per partition'),
      triggerMs: assumed(60_000, 'a micro-batch a minute'),
      maxBatch: assumed(100_000, 'large micro-batches'),
      batchOverheadMs: assumed(
        500,
        'framework cost per micro-batch (planning, fetch, commit), plus the model call',
      ),
    },
  },
  'hotel-cancellations': {
    name: 'hotel-cancellations',
    home: 'batch',
    model: 'hotel-cancellations-large',
    currency: 'EUR',
    title: { en: 'Booking cancellations', es: 'Cancelaciones de reservas' },
    rationale: {
      en: 'Each night, score the upcoming bookings so that staff can call the riskiest guests in the morning. Batch affords the larger model; staff look results up about once every 2 seconds. A risk computed at night is fresh enough for a call made the next day.',
      es: 'Cada noche se puntúan las reservas próximas para que el personal llame por la mañana a los huéspedes con más riesgo. El lote permite el modelo grande; el personal consulta resultados cada 2 segundos más o menos. Un riesgo calculado por la noche es lo bastante fresco para una llamada al día siguiente.',
    },
    shared: {
      targetS: NIGHTLY_TARGET,
      inputKnown: deck(true, 'the bookings exist before anyone calls a guest'),
      callerWaits: waits(false, 'staff read a stored list in the morning'),
      arrivalRatePerS: assumed(20_000 / DAY_S, '20,000 new or changed bookings a day'),
      durationS: assumed(3 * DAY_S, 'three days: three nightly runs to compare'),
      seed: assumed(12, 'any seed; fixed so runs repeat'),
      pricePerHour: PRICE,
    },
    batch: {
      intervalS: deck(DAY_S, 'a nightly run, for calls the next morning'),
      workers: assumed(2, 'a small job cluster'),
      setupMs: assumed(60_000, 'start a job cluster and load the model: a minute'),
      overlapPolicy: SKIP,
      queryRatePerS: assumed(0.5, 'staff looking results up'),
      batchSize: ROWS_PER_CALL,
    },
    online: {
      servers: assumed(1, 'one replica'),
      networkRttMs: assumed(30, 'a client in the same region'),
    },
    streaming: {
      partitions: assumed(1, 'a small topic'),
      consumers: assumed(1, 'one consumer'),
      triggerMs: assumed(60_000, 'a micro-batch a minute'),
      maxBatch: assumed(10_000, 'large micro-batches'),
      batchOverheadMs: assumed(200, 'framework cost per micro-batch, plus the model call'),
    },
  },
  chatbot: {
    name: 'chatbot',
    home: 'online',
    model: 'chatbot',
    currency: 'EUR',
    title: { en: 'A 24/7 chatbot', es: 'Un chatbot 24/7' },
    rationale: {
      en: 'A chatbot available 24/7: messages follow a daily cycle around 30 a second (48 at the afternoon peak), and a person waits for each answer, so an autoscaled online service (Knative-style, 1 to 10 replicas) answers each message as it arrives; 40 ms of network round trip.',
      es: 'Un chatbot disponible 24/7: los mensajes siguen un ciclo diario alrededor de 30 por segundo (48 en el pico de la tarde) y una persona espera cada respuesta, así que un servicio en línea con autoescalado (estilo Knative, de 1 a 10 réplicas) responde cada mensaje al llegar; 40 ms de ida y vuelta de red.',
    },
    shared: {
      targetS: RESPONSIVE_TARGET,
      inputKnown: deck(false, 'the message does not exist until the user types it'),
      callerWaits: deck(
        true,
        'a person waits for each answer (deck: integrates with interactive systems)',
      ),
      arrivalRatePerS: assumed(30, 'a busy support chat'),
      durationS: assumed(DAY_S, 'one day, to see the daily cycle'),
      seed: assumed(13, 'any seed; fixed so runs repeat'),
      pricePerHour: PRICE,
    },
    batch: {
      intervalS: assumed(HOUR_S, 'an hourly job'),
      workers: assumed(1, 'one worker'),
      setupMs: assumed(30_000, 'start a job and load the model'),
      overlapPolicy: SKIP,
      queryRatePerS: assumed(30, 'one lookup per message'),
      batchSize: ROWS_PER_CALL,
    },
    online: {
      servers: assumed(2, 'initial replicas'),
      networkRttMs: assumed(40, 'a user on a home connection'),
      arrivalPattern: assumed(
        `daily:30:0.6:${DAY_S}:${15 * HOUR_S}`,
        'a daily cycle peaking at 15:00',
      ),
      autoscale: reference(true, 'Knative KPA (REFERENCE.md)'),
      minReplicas: assumed(1, 'always one replica up: no cold start for the first message'),
      maxReplicas: assumed(10, 'a budget ceiling'),
      targetConcurrency: assumed(1, 'one message at a time per replica'),
    },
    streaming: {
      partitions: assumed(4, 'a small topic'),
      consumers: assumed(4, 'one consumer per partition'),
      triggerMs: assumed(1000, 'a micro-batch a second'),
      maxBatch: assumed(500, "Kafka's default max.poll.records"),
      batchOverheadMs: assumed(20, 'framework cost per micro-batch, plus the model call'),
    },
  },
  'hotel-activities': {
    name: 'hotel-activities',
    home: 'online',
    model: 'hotel-activities',
    currency: 'EUR',
    title: { en: 'Activities for hotel guests', es: 'Actividades para huéspedes' },
    rationale: {
      en: 'Activity recommendations when a hotel guest opens the app: about 5 requests a second and a guest on mobile data (60 ms round trip). The answer depends on who asks and when (the weather, the hour, what is left today), so it is computed on request.',
      es: 'Recomendaciones de actividades cuando un huésped abre la app: unas 5 peticiones por segundo y un huésped con datos móviles (60 ms de ida y vuelta). La respuesta depende de quién pregunta y cuándo (el tiempo, la hora, lo que queda hoy), así que se calcula bajo petición.',
    },
    shared: {
      targetS: RESPONSIVE_TARGET,
      inputKnown: assumed(
        false,
        'the context (hour, weather, what is left today) exists only when the guest opens the app',
      ),
      callerWaits: deck(true, 'the guest waits for the screen'),
      arrivalRatePerS: assumed(5, 'a large resort'),
      durationS: assumed(HOUR_S, 'an hour'),
      seed: assumed(14, 'any seed; fixed so runs repeat'),
      pricePerHour: PRICE,
    },
    batch: {
      intervalS: assumed(HOUR_S, 'an hourly job'),
      workers: assumed(1, 'one worker'),
      setupMs: assumed(30_000, 'start a job and load the model'),
      overlapPolicy: SKIP,
      queryRatePerS: assumed(5, 'one lookup per app opening'),
      batchSize: ROWS_PER_CALL,
    },
    online: {
      servers: assumed(2, 'two replicas for availability'),
      networkRttMs: assumed(60, 'mobile data'),
    },
    streaming: {
      partitions: assumed(2, 'a small topic'),
      consumers: assumed(2, 'one consumer per partition'),
      triggerMs: assumed(1000, 'a micro-batch a second'),
      maxBatch: assumed(500, "Kafka's default max.poll.records"),
      batchOverheadMs: assumed(20, 'framework cost per micro-batch, plus the model call'),
    },
  },
  'fraud-detection': {
    name: 'fraud-detection',
    home: 'streaming',
    model: 'fraud-detection-large',
    currency: 'EUR',
    title: { en: 'Card fraud review', es: 'Revisión de fraude con tarjeta' },
    rationale: {
      en: 'Settled card transactions, 1,500 a second, flow through a topic with 8 partitions and are scored for fraud review. It must be fast, but the payment has already been answered: a few seconds are fine, an hourly batch is not. (Fraud checked while the card payment waits is an online case.)',
      es: 'Las transacciones con tarjeta ya liquidadas, 1.500 por segundo, pasan por un tema con 8 particiones y se puntúan para revisar el fraude. Debe ser rápido, pero el pago ya se respondió: unos segundos valen, un lote cada hora no. (El fraude que se comprueba mientras el pago espera es un caso online.)',
    },
    shared: {
      targetS: assumed(
        60,
        "block the card before the fraudster's next purchase: minutes matter, milliseconds do not (deck: fast, not real time)",
      ),
      inputKnown: deck(false, 'a transaction exists only once the card is used'),
      callerWaits: deck(false, 'the review runs after the payment was answered'),
      arrivalRatePerS: assumed(1500, 'a mid-sized card issuer'),
      durationS: assumed(1800, 'half an hour: five runs of the five-minute batch to compare'),
      seed: assumed(15, 'any seed; fixed so runs repeat'),
      pricePerHour: PRICE,
    },
    batch: {
      intervalS: assumed(300, 'a job every five minutes'),
      workers: assumed(2, 'a small job cluster'),
      setupMs: assumed(10_000, 'a warm job cluster'),
      overlapPolicy: SKIP,
      queryRatePerS: assumed(20, 'analysts looking scores up'),
      batchSize: ROWS_PER_CALL,
    },
    online: {
      servers: assumed(2, 'two replicas'),
      networkRttMs: assumed(10, 'inside the data centre'),
    },
    streaming: {
      partitions: assumed(8, 'a topic sized for the volume'),
      consumers: assumed(8, 'one consumer per partition'),
      triggerMs: assumed(200, 'a micro-batch every 200 ms'),
      maxBatch: assumed(2000, 'micro-batches of up to 2,000 records'),
      batchOverheadMs: assumed(20, 'framework cost per micro-batch, plus the model call'),
    },
  },
  'form-abandonment': {
    name: 'form-abandonment',
    home: 'streaming',
    model: 'form-abandonment',
    currency: 'EUR',
    title: { en: 'Abandoned forms', es: 'Formularios abandonados' },
    rationale: {
      en: 'When a customer abandons a form (about 20 a second across the site), estimate the chance of converting them with a call. A call within minutes works; within milliseconds buys nothing; after a nightly batch the customer has moved on.',
      es: 'Cuando un cliente abandona un formulario (unos 20 por segundo en todo el sitio) se estima la probabilidad de convertirlo con una llamada. Una llamada en minutos funciona; en milisegundos no aporta nada; tras un lote nocturno el cliente ya se ha ido.',
    },
    shared: {
      targetS: assumed(
        300,
        'a call within five minutes, while the customer still remembers the form',
      ),
      inputKnown: deck(false, 'the abandoned form exists only once the customer leaves it'),
      callerWaits: deck(false, 'the customer has left; sales calls later'),
      arrivalRatePerS: assumed(20, 'a large site'),
      durationS: assumed(3 * HOUR_S, 'three hours: three hourly runs of the batch to compare'),
      seed: assumed(16, 'any seed; fixed so runs repeat'),
      pricePerHour: PRICE,
    },
    batch: {
      intervalS: assumed(HOUR_S, 'an hourly job'),
      workers: assumed(1, 'one worker'),
      setupMs: assumed(30_000, 'start a job and load the model'),
      overlapPolicy: SKIP,
      queryRatePerS: assumed(1, 'the sales team reading the list'),
      batchSize: ROWS_PER_CALL,
    },
    online: {
      servers: assumed(1, 'one replica'),
      networkRttMs: assumed(30, 'a client in the same region'),
    },
    streaming: {
      partitions: assumed(2, 'a small topic'),
      consumers: assumed(2, 'one consumer per partition'),
      triggerMs: assumed(5000, 'a micro-batch every 5 s'),
      maxBatch: assumed(1000, 'micro-batches of up to 1,000 records'),
      batchOverheadMs: assumed(50, 'framework cost per micro-batch, plus the model call'),
    },
  },
};
