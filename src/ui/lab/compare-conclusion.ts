import type { CompareColumn } from '../../modes/compare/simulation.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';

/**
 * The deck's last slide asks which type to choose. This picks, from one run's metrics contract,
 * the mode whose prediction is ready first and the cheapest of those that meet the case's
 * target: a short conclusion drawn from the run, not written in advance. Modes that cannot serve
 * the case, or have no figure yet, do not compete.
 */
export interface CompareWinners {
  fastest: DeploymentMode | null;
  cheapest: DeploymentMode | null;
}

export function compareWinners(summary: Record<DeploymentMode, CompareColumn>): CompareWinners {
  const modes = Object.keys(summary) as DeploymentMode[];
  const best = (
    value: (c: CompareColumn) => number | null | undefined,
    eligible: (c: CompareColumn) => boolean,
  ): DeploymentMode | null => {
    let winner: DeploymentMode | null = null;
    let bestValue = Number.POSITIVE_INFINITY;
    for (const mode of modes) {
      const c = summary[mode];
      const v = value(c);
      if (!c.applicable || !eligible(c) || v === null || v === undefined || !Number.isFinite(v))
        continue;
      if (v < bestValue) {
        winner = mode;
        bestValue = v;
      }
    }
    return winner;
  };
  return {
    fastest: best(
      (c) => c.eventToPredictionMs?.p99,
      () => true,
    ),
    cheapest: best(
      (c) => c.costPer1000Predictions,
      (c) => c.meetsTarget !== false,
    ),
  };
}
