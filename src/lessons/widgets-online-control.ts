import type { WidgetSpec } from './widget-spec.ts';

/**
 * The widgets of the online control plane: swapping the model version and scaling under a spike
 * (widgets.ts explains the table).
 */
export const ONLINE_CONTROL_WIDGETS = {
  'silent-model-swap': {
    name: 'silent-model-swap',
    title: {
      es: 'Cambiar de modelo sin que nadie lo note',
      en: 'Swapping the model without anyone noticing',
    },
    claim: {
      es: 'En online, la versión nueva arranca junto a la anterior y recibe el tráfico cuando está lista: ninguna petición se pierde.',
      en: 'Online, the new version starts beside the old one and takes the traffic once it is ready: no request is lost.',
    },
    modes: ['online'],
    preset: 'hotel-activities',
    // The version in service takes 30 ms a request, so that the new one can be faster or slower
    // than it (the preset's measured model takes well under a millisecond). The canary's analysis
    // refuses a step whose p99 is above 135 ms, just above the current version's own p99 (about
    // 130 ms with the 60 ms round trip): "no slower than today", so it rolls the 40 ms version back.
    fixed: {
      online: {
        rollout: 'blue-green',
        rolloutAtS: 1200,
        service: 'lognormal:30:0.4',
        newService: 'lognormal:20:0.4',
        maxP99Ms: 135,
      },
    },
    controls: [
      {
        key: 'rollout',
        modes: ['online'],
        label: { es: 'Estrategia de cambio', en: 'Rollout strategy' },
        choices: [
          {
            value: 'blue-green',
            label: { es: 'Azul/verde: todo a la vez', en: 'Blue/green: all at once' },
          },
          {
            value: 'canary',
            label: {
              es: 'Canario: una parte del tráfico primero',
              en: 'Canary: a share of the traffic first',
            },
          },
        ],
      },
      {
        key: 'newService',
        modes: ['online'],
        label: { es: 'Tiempo de la versión nueva', en: 'Time of the new version' },
        choices: [
          {
            value: 'lognormal:20:0.4',
            label: {
              es: 'Más rápida que la actual de 30 ms: 20 ms',
              en: 'Faster than the current 30 ms: 20 ms',
            },
          },
          {
            value: 'lognormal:40:0.4',
            label: {
              es: 'Más lenta que la actual de 30 ms: 40 ms',
              en: 'Slower than the current 30 ms: 40 ms',
            },
          },
        ],
      },
    ],
    shows: {
      online: ['completedByVersion', 'counts.rejected', 'counts.timedOut', 'latencyMs.p99'],
    },
  },
  'scale-under-load': {
    name: 'scale-under-load',
    title: {
      es: 'Escalar ante un pico de carga',
      en: 'Scaling up under a load spike',
    },
    claim: {
      es: 'Cuando la carga se multiplica, el escalador automático agrega réplicas en segundos; cada una tarda en arrancar, y con un tope bajo la fila crece sin control.',
      en: 'When the load multiplies, the autoscaler adds replicas within seconds; each takes a while to start, and with a low ceiling the queue grows out of control.',
    },
    modes: ['online'],
    preset: 'chatbot',
    // 50 ms a message stands for a larger chatbot model (the preset's measured classifier takes
    // a microsecond, which one replica serves at any rate): a replica answers about 20 messages a
    // second, so the spike to 200 needs 10 busy replicas, exactly the starting ceiling.
    fixed: {
      online: {
        arrivalPattern: 'steps:0=20,600=200,1200=20',
        durationS: 1800,
        service: 'lognormal:50:0.5',
        maxReplicas: 10,
      },
    },
    controls: [
      {
        key: 'maxReplicas',
        modes: ['online'],
        label: { es: 'Máximo de réplicas', en: 'Most replicas' },
        range: { min: 1, max: 20, step: 1 },
      },
      {
        key: 'coldStartMs',
        modes: ['online'],
        label: {
          es: 'Arranque de una réplica nueva',
          en: 'Start-up of a new replica',
        },
        range: { min: 0, max: 20_000, step: 500 },
      },
    ],
    shows: { online: ['replicas.max', 'latencyMs.p50', 'latencyMs.p99'] },
  },
  // hotel-cancellations is the example with a small and a large model in models/manifest.json
  // (`example` is the preset name, `size` small or large): the widget can show their quality
  // beside the speeds simulated here.
} satisfies Record<'silent-model-swap' | 'scale-under-load', WidgetSpec>;
