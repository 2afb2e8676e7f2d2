import type { Locale } from '../locale/locales.ts';

/** The words of the online lab's model-swap panel (src/ui/lab/RolloutSteps.svelte). */
export interface RolloutText {
  heading: string;
  strategy: Record<'blue-green' | 'canary', string>;
  /** What the rollout is doing now, by its statechart's state. */
  state: Record<string, string>;
  promoted: (at: string) => string;
  rolledBack: (at: string) => string;
  share: (percent: string) => string;
  caption: string;
  columns: {
    at: string;
    share: string;
    requests: string;
    errorRate: string;
    p99: string;
    result: string;
  };
  result: Record<'passed' | 'failed' | 'inconclusive', string>;
  none: string;
}

const es: RolloutText = {
  heading: 'Cambio de versión del modelo',
  strategy: { 'blue-green': 'azul/verde', canary: 'canario progresivo' },
  state: {
    serving: 'todavía no ha empezado',
    preparing: 'arrancando réplicas de la versión nueva para su parte del tráfico',
    analysing: 'analizando la versión nueva con su parte del tráfico',
    drainingOld: 'la versión nueva recibe todo el tráfico; la anterior termina lo pendiente',
    promoted: 'la versión nueva recibe todo el tráfico',
    rollingBack: 'volviendo a la versión anterior',
    rolledBack: 'de vuelta en la versión anterior',
  },
  promoted: (at) => `Promovida a todo el tráfico a los ${at}.`,
  rolledBack: (at) => `Marcha atrás a los ${at}: la versión anterior recibe todo el tráfico.`,
  share: (percent) => `La versión nueva recibe ahora el ${percent} del tráfico.`,
  caption: 'Cada análisis mide la versión nueva durante un intervalo con su parte del tráfico',
  columns: {
    at: 'Momento',
    share: 'Tráfico de la versión nueva',
    requests: 'Peticiones analizadas',
    errorRate: 'Tasa de error',
    p99: 'Latencia p99',
    result: 'Resultado',
  },
  result: { passed: 'superado', failed: 'suspendido', inconclusive: 'sin datos' },
  none: 'Todavía no hay ningún análisis.',
};

const en: RolloutText = {
  heading: 'Model version change',
  strategy: { 'blue-green': 'blue/green', canary: 'progressive canary' },
  state: {
    serving: 'not started yet',
    preparing: 'starting replicas of the new version for its share of the traffic',
    analysing: 'analysing the new version on its share of the traffic',
    drainingOld: 'the new version takes all traffic; the old one finishes its work',
    promoted: 'the new version takes all traffic',
    rollingBack: 'going back to the old version',
    rolledBack: 'back on the old version',
  },
  promoted: (at) => `Promoted to all traffic at ${at}.`,
  rolledBack: (at) => `Rolled back at ${at}: the old version takes all traffic.`,
  share: (percent) => `The new version now takes ${percent} of the traffic.`,
  caption: 'Each analysis measures the new version over one interval on its share of the traffic',
  columns: {
    at: 'Time',
    share: "New version's traffic",
    requests: 'Requests analysed',
    errorRate: 'Error rate',
    p99: 'p99 latency',
    result: 'Result',
  },
  result: { passed: 'passed', failed: 'failed', inconclusive: 'no data' },
  none: 'No analysis yet.',
};

export const rolloutMessages: Record<Locale, RolloutText> = { es, en };
