import type { CompareSummary } from '../../cli/compare-command.ts';
import type { DeploymentMode } from '../../modes/presets.ts';

/**
 * The deck's last slide asks which type to choose by latency, freshness, cost and resource use.
 * This picks, from one run's figures, the mode that wins each: a short conclusion drawn from the
 * run, not written in advance. Modes without a figure yet (NaN, nothing answered) do not compete.
 */
export interface CompareWinners {
  fastest: DeploymentMode | null;
  freshest: DeploymentMode | null;
  cheapest: DeploymentMode | null;
  busiest: DeploymentMode | null;
}

export function compareWinners(summary: Record<DeploymentMode, CompareSummary>): CompareWinners {
  const modes = Object.keys(summary) as DeploymentMode[];
  const best = (value: (s: CompareSummary) => number, lower: boolean): DeploymentMode | null => {
    let winner: DeploymentMode | null = null;
    for (const mode of modes) {
      const v = value(summary[mode]);
      if (!Number.isFinite(v)) continue;
      if (winner === null) winner = mode;
      else {
        const w = value(summary[winner]);
        if (lower ? v < w : v > w) winner = mode;
      }
    }
    return winner;
  };
  return {
    fastest: best((s) => s.responseMs.p99, true),
    freshest: best((s) => s.freshnessMs.mean, true),
    cheapest: best((s) => s.costPerHour, true),
    busiest: best((s) => s.utilization, false),
  };
}
