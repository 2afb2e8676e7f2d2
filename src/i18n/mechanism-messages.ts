/**
 * The mechanism strips' words (src/ui/widgets/mechanism/): the short status beside the clock, the
 * legend, and the sentence that tells a screen reader what the strip shows. The learner's terms
 * first ("how old the predictions are"), the jargon second (TEACHING.md, "Words"). Durations and
 * clock readings arrive already written in the locale's units; counts are formatted here.
 */
import type { Locale } from '../locale/locales.ts';
import { numberFormat } from '../locale/number-format.ts';

export type LagTrend = 'growing' | 'draining' | 'steady';

/** What the online strip says, as numbers (online-layout.ts computes them). */
export interface OnlineFacts {
  waiting: number;
  /** Ready or draining replicas running a batch of requests. */
  busy: number;
  /** Replicas that exist and are not stopped. */
  replicas: number;
  /** Cold or loading the model: paid for, not yet serving. */
  warming: number;
  draining: number;
  /** Refused at the door (a full waiting room), over the run so far. */
  rejected: number;
  timedOut: number;
}

export interface BatchFacts {
  /** Id of the newest running run, null when none runs. */
  runId: number | null;
  /** Rows the running run scores. */
  rows: number;
  /** Share of its rows already scored (an estimate), null when it cannot be told yet. */
  progress: number | null;
  /** Runs going at once (more than one: they overlap). */
  running: number;
  /** Ticks waiting in the backlog. */
  queued: number;
  /** Age of the stored predictions, written ("12 min"); null when the store is empty. */
  age: string | null;
  /** The newest finished run failed: the store still holds older predictions. */
  lastFailed: boolean;
  /** Time to the next scheduled run ("3 min") and its clock reading; null when not known. */
  next: { in: string; at: string } | null;
  scheduleEnded: boolean;
}

export interface StreamingFacts {
  partitions: number;
  consumers: number;
  /** Consumers that own at least one partition. */
  reading: number;
  /** Consumers without a partition while the group is assigned: more consumers than partitions. */
  idle: number;
  lag: number;
  trend: LagTrend;
  rebalancing: boolean;
}

export interface MechanismText {
  /** The simulated clock as drawn: "t = 2 h 15 min". */
  clock: (reading: string) => string;
  /** Items the strip could not fit: "+3". */
  more: (n: number) => string;
  online: {
    waiting: (n: number) => string;
    busy: (busy: number, replicas: number) => string;
    warming: (n: number) => string;
    rejected: (n: number) => string;
    legend: {
      request: string;
      answered: string;
      rejected: string;
      warming: string;
      scaling: string;
    };
    summary: (clock: string, facts: OnlineFacts) => string;
  };
  batch: {
    rows: (n: number) => string;
    store: string;
    scoring: (progress: number | null) => string;
    age: (age: string) => string;
    empty: string;
    nextIn: (duration: string) => string;
    ended: string;
    legend: { run: string; failed: string; skipped: string; next: string; age: string };
    summary: (clock: string, facts: BatchFacts) => string;
  };
  streaming: {
    partition: (i: number) => string;
    consumer: (c: number) => string;
    lag: (n: number, trend: LagTrend) => string;
    idle: (n: number) => string;
    paused: string;
    legend: { processed: string; lag: string; idle: string; rebalance: string };
    summary: (clock: string, facts: StreamingFacts) => string;
  };
}

function formats(locale: Locale) {
  const whole = numberFormat(locale, { maximumFractionDigits: 0 });
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    int: (n: number) => whole.format(n),
    pct: (share: number) => percent.format(share),
    /** Count and noun, singular for exactly one (both languages agree on that rule). */
    count: (n: number, one: string, many: string) => `${whole.format(n)} ${n === 1 ? one : many}`,
  };
}

const esF = formats('es');
const enF = formats('en');

const TREND_ES: Record<LagTrend, string> = {
  growing: 'creciendo',
  draining: 'bajando',
  steady: 'estable',
};
const TREND_EN: Record<LagTrend, string> = {
  growing: 'growing',
  draining: 'draining',
  steady: 'steady',
};

const es: MechanismText = {
  clock: (reading) => `t = ${reading}`,
  more: (n) => `+${esF.int(n)}`,
  online: {
    waiting: (n) => `${esF.int(n)} en cola`,
    busy: (busy, replicas) => `${esF.int(busy)}/${esF.int(replicas)} ocupadas`,
    warming: (n) => `${esF.int(n)} arrancando`,
    rejected: (n) => esF.count(n, 'rechazada', 'rechazadas'),
    legend: {
      request: 'petición',
      answered: 'respondida',
      rejected: 'rechazada',
      warming: 'arrancando',
      scaling: 'cambio de réplicas',
    },
    summary: (clock, f) => {
      const parts = [
        `${esF.count(f.waiting, 'petición esperando', 'peticiones esperando')}`,
        `${esF.int(f.busy)} de ${esF.count(f.replicas, 'réplica ocupada', 'réplicas ocupadas')}`,
      ];
      if (f.warming > 0) parts.push(`${esF.int(f.warming)} arrancando (aún no sirve)`);
      if (f.draining > 0) parts.push(`${esF.int(f.draining)} retirándose`);
      const lost = [];
      if (f.rejected > 0) lost.push(esF.count(f.rejected, 'rechazada', 'rechazadas'));
      if (f.timedOut > 0) lost.push(esF.count(f.timedOut, 'caducada en cola', 'caducadas en cola'));
      const tail = lost.length > 0 ? ` Hasta ahora, ${lost.join(' y ')}.` : '';
      return `Tiempo simulado: ${clock}. ${parts.join(', ')}.${tail}`;
    },
  },
  batch: {
    rows: (n) => esF.count(n, 'fila', 'filas'),
    store: 'almacén',
    scoring: (p) => (p === null ? 'calculando' : `calculando ${esF.pct(p)}`),
    age: (age) => `antigüedad ${age}`,
    empty: 'almacén vacío',
    nextIn: (d) => `próxima en ${d}`,
    ended: 'horario terminado',
    legend: {
      run: 'ejecución',
      failed: 'fallida',
      skipped: 'omitida',
      next: 'próxima',
      age: 'antigüedad',
    },
    summary: (clock, f) => {
      const s = [`Tiempo simulado: ${clock}.`];
      if (f.runId === null) s.push('Ninguna ejecución en curso.');
      else {
        const done = f.progress === null ? '' : ` y lleva cerca del ${esF.pct(f.progress)}`;
        s.push(
          `La ejecución ${esF.int(f.runId)} calcula ${esF.count(f.rows, 'fila', 'filas')}${done}.`,
        );
      }
      if (f.running > 1) s.push(`${esF.int(f.running)} ejecuciones a la vez.`);
      if (f.queued > 0)
        s.push(`${esF.count(f.queued, 'ejecución espera', 'ejecuciones esperan')}.`);
      s.push(
        f.age === null
          ? 'Todavía no hay predicciones en el almacén.'
          : `Las predicciones del almacén tienen ${f.age} de antigüedad.`,
      );
      if (f.lastFailed) s.push('La última ejecución falló: el almacén conserva las anteriores.');
      if (f.scheduleEnded) s.push('El horario ha terminado.');
      else if (f.next !== null) s.push(`Próxima ejecución en ${f.next.in} (t = ${f.next.at}).`);
      return s.join(' ');
    },
  },
  streaming: {
    partition: (i) => `P${i}`,
    consumer: (c) => `C${c}`,
    lag: (n, trend) => `retraso ${esF.int(n)}, ${TREND_ES[trend]}`,
    idle: (n) => `${esF.int(n)} ${n === 1 ? 'ocioso' : 'ociosos'}`,
    paused: 'rebalanceo: lectura en pausa',
    legend: {
      processed: 'procesado',
      lag: 'retraso (por procesar)',
      idle: 'consumidor ocioso',
      rebalance: 'rebalanceo',
    },
    summary: (clock, f) => {
      const s = [
        `Tiempo simulado: ${clock}.`,
        `${esF.count(f.partitions, 'partición', 'particiones')} y ${esF.count(f.consumers, 'consumidor', 'consumidores')}.`,
      ];
      if (f.rebalancing) s.push('Rebalanceo en curso: nadie lee, los eventos se acumulan.');
      else {
        s.push(
          `${esF.int(f.reading)} ${f.reading === 1 ? 'lee' : 'leen'}; cada partición tiene un solo lector.`,
        );
        if (f.idle > 0)
          s.push(`${esF.int(f.idle)} sin partición, ${f.idle === 1 ? 'ocioso' : 'ociosos'}.`);
      }
      s.push(
        `Retraso: ${esF.count(f.lag, 'evento', 'eventos')} por procesar, ${TREND_ES[f.trend]}.`,
      );
      return s.join(' ');
    },
  },
};

const en: MechanismText = {
  clock: (reading) => `t = ${reading}`,
  more: (n) => `+${enF.int(n)}`,
  online: {
    waiting: (n) => `${enF.int(n)} waiting`,
    busy: (busy, replicas) => `${enF.int(busy)}/${enF.int(replicas)} busy`,
    warming: (n) => `${enF.int(n)} warming up`,
    rejected: (n) => `${enF.int(n)} rejected`,
    legend: {
      request: 'request',
      answered: 'answered',
      rejected: 'rejected',
      warming: 'warming up',
      scaling: 'replicas changed',
    },
    summary: (clock, f) => {
      const parts = [
        enF.count(f.waiting, 'request waiting', 'requests waiting'),
        `${enF.int(f.busy)} of ${enF.count(f.replicas, 'replica', 'replicas')} busy`,
      ];
      if (f.warming > 0) parts.push(`${enF.int(f.warming)} warming up (not serving yet)`);
      if (f.draining > 0) parts.push(`${enF.int(f.draining)} draining`);
      const lost = [];
      if (f.rejected > 0) lost.push(`${enF.int(f.rejected)} rejected`);
      if (f.timedOut > 0) lost.push(`${enF.int(f.timedOut)} timed out in the queue`);
      const tail = lost.length > 0 ? ` So far, ${lost.join(' and ')}.` : '';
      return `Simulated time: ${clock}. ${parts.join(', ')}.${tail}`;
    },
  },
  batch: {
    rows: (n) => enF.count(n, 'row', 'rows'),
    store: 'store',
    scoring: (p) => (p === null ? 'scoring' : `scoring ${enF.pct(p)}`),
    age: (age) => `age ${age}`,
    empty: 'store empty',
    nextIn: (d) => `next in ${d}`,
    ended: 'schedule ended',
    legend: {
      run: 'run',
      failed: 'failed',
      skipped: 'skipped',
      next: 'next run',
      age: 'prediction age',
    },
    summary: (clock, f) => {
      const s = [`Simulated time: ${clock}.`];
      if (f.runId === null) s.push('No run in progress.');
      else {
        const done = f.progress === null ? '' : `, about ${enF.pct(f.progress)} done`;
        s.push(`Run ${enF.int(f.runId)} is scoring ${enF.count(f.rows, 'row', 'rows')}${done}.`);
      }
      if (f.running > 1) s.push(`${enF.int(f.running)} runs at once.`);
      if (f.queued > 0) s.push(`${enF.count(f.queued, 'run', 'runs')} waiting.`);
      s.push(
        f.age === null
          ? 'No predictions in the store yet.'
          : `The stored predictions are ${f.age} old.`,
      );
      if (f.lastFailed) s.push('The last run failed: the store keeps the older predictions.');
      if (f.scheduleEnded) s.push('The schedule has ended.');
      else if (f.next !== null) s.push(`Next run in ${f.next.in} (t = ${f.next.at}).`);
      return s.join(' ');
    },
  },
  streaming: {
    partition: (i) => `P${i}`,
    consumer: (c) => `C${c}`,
    lag: (n, trend) => `lag ${enF.int(n)}, ${TREND_EN[trend]}`,
    idle: (n) => `${enF.int(n)} idle`,
    paused: 'rebalance: reading paused',
    legend: {
      processed: 'processed',
      lag: 'lag (to process)',
      idle: 'idle consumer',
      rebalance: 'rebalance',
    },
    summary: (clock, f) => {
      const s = [
        `Simulated time: ${clock}.`,
        `${enF.count(f.partitions, 'partition', 'partitions')} and ${enF.count(f.consumers, 'consumer', 'consumers')}.`,
      ];
      if (f.rebalancing) s.push('Rebalance in progress: nobody reads, events pile up.');
      else {
        s.push(`${enF.int(f.reading)} reading; each partition has exactly one reader.`);
        if (f.idle > 0) s.push(`${enF.int(f.idle)} without a partition, idle.`);
      }
      s.push(`Lag: ${enF.count(f.lag, 'event', 'events')} to process, ${TREND_EN[f.trend]}.`);
      return s.join(' ');
    },
  },
};

export const mechanismMessages: Record<Locale, MechanismText> = { es, en };
