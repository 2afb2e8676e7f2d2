import type { DeploymentMode } from './mode-names.ts';
import type { Bilingual } from './param-table.ts';

/**
 * The one metrics contract every mode's report carries, so that compare and every chart compare
 * like with like (DESIGN.md, "Modes"; TEACHING.md, "Honest numbers"):
 * - the time from the event that creates an input to the moment its prediction can be used, for
 *   every mode (for batch: waiting for the next run, the run, and publishing);
 * - the time to read a stored prediction, apart, where there is one to read;
 * - the cost of 1000 predictions, idle capacity included;
 * - whether the mode can serve the case at all, and if so whether it meets the case's target.
 */
export interface Quantiles {
  p50: number;
  p99: number;
}

export interface Headline {
  applicable: boolean;
  /** Why the mode cannot serve the case, in both languages; null when it can. */
  notApplicableReason: Bilingual | null;
  /** Event to usable prediction, ms; null when no prediction was made in the run. */
  eventToPredictionMs: Quantiles | null;
  /** Reading a stored prediction, ms; null for a mode that stores none. */
  lookupMs: Quantiles | null;
  /** Cost of the machines over the run (idle time included) per 1000 predictions made. */
  costPer1000Predictions: number | null;
  /** Busy machine time over paid machine time, in (0, 1]; 0 when nothing ran. */
  utilization: number;
  /** Machines actually used: replicas (mean), workers, or consumers that own a partition. */
  workers: number;
  /** Predictions made in the measured run. */
  predictions: number;
  /** The case's target (p99 event to prediction), ms; null when the case has none. */
  targetMs: number | null;
  /** p99 event to prediction within the target; false when not applicable; null without a target. */
  meetsTarget: boolean | null;
}

/** The case as the three modes see it (common-params.ts). */
export interface CaseFacts {
  targetS: number | null;
  inputKnown: boolean;
  callerWaits: boolean;
}

/**
 * Whether a mode can serve the case at all (issue: the decision rule starts from whether the input
 * is known in advance, then how old a prediction may be, then whether the caller blocks):
 * - batch scores inputs that exist before the run; an input created by the request itself, with
 *   someone waiting for its answer, cannot be scored in advance;
 * - a stream processor writes its predictions to another topic or store: it has no connection
 *   back to a caller who is blocked waiting for the answer;
 * - an online service can score any input when asked.
 */
export function notApplicableReason(mode: DeploymentMode, facts: CaseFacts): Bilingual | null {
  if (mode === 'batch' && !facts.inputKnown && facts.callerWaits)
    return {
      en: 'batch scores inputs that exist before its run; this input is created by the request itself, and someone is waiting for the answer',
      es: 'batch puntúa entradas que existen antes de su ejecución; esta entrada la crea la propia petición, y alguien espera la respuesta',
    };
  if (mode === 'streaming' && facts.callerWaits)
    return {
      en: 'a stream processor writes its predictions to another topic or store; it has no connection back to a caller who is blocked waiting for the answer',
      es: 'un procesador de flujos escribe sus predicciones en otro tema o almacén; no tiene conexión de vuelta con quien espera bloqueado la respuesta',
    };
  return null;
}

/** Everything a mode measured, in the contract's terms; `headline` judges it against the case. */
export interface HeadlineFacts {
  eventToPredictionMs: Quantiles | null;
  lookupMs: Quantiles | null;
  /** Machine-hours paid over the measured run, and their price each. */
  machineHours: number;
  pricePerHour: number;
  predictions: number;
  utilization: number;
  workers: number;
}

export function headline(
  mode: DeploymentMode,
  facts: CaseFacts,
  measured: HeadlineFacts,
): Headline {
  const reason = notApplicableReason(mode, facts);
  const targetMs = facts.targetS === null ? null : facts.targetS * 1000;
  const e2p = measured.eventToPredictionMs;
  const meets = targetMs === null ? null : reason === null && e2p !== null && e2p.p99 <= targetMs;
  return {
    applicable: reason === null,
    notApplicableReason: reason,
    eventToPredictionMs: e2p,
    lookupMs: measured.lookupMs,
    costPer1000Predictions:
      measured.predictions > 0
        ? ((measured.machineHours * measured.pricePerHour) / measured.predictions) * 1000
        : null,
    utilization: measured.utilization,
    workers: measured.workers,
    predictions: measured.predictions,
    targetMs,
    meetsTarget: meets,
  };
}

/** The case's facts out of a mode's values (every mode's table has the case entries). */
export function caseFacts(values: Readonly<Record<string, unknown>>): CaseFacts {
  return {
    targetS: (values.targetS as number | null) ?? null,
    inputKnown: values.inputKnown === true,
    callerWaits: values.callerWaits === true,
  };
}
