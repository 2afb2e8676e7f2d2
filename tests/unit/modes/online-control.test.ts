import { describe, expect, it } from 'vitest';
import { OnlineEventKind, OnlineSimulation } from '../../../src/modes/online/simulation.ts';
import {
  ONLINE_DEFAULTS,
  type OnlineConfig,
  type RolloutConfig,
} from '../../../src/modes/online/config.ts';
import { KNATIVE_DEFAULTS, replicasFor } from '../../../src/machines/autoscaler-policy.ts';
import { mmc } from '../../../src/sim/theory.ts';

const autoscaling = {
  ...KNATIVE_DEFAULTS,
  targetConcurrency: 1,
  targetUtilization: 0.7,
  minReplicas: 1,
  maxReplicas: 40,
};

function params(overrides: Partial<OnlineConfig>): OnlineConfig {
  return ({ ...ONLINE_DEFAULTS, requests: null, warmup: 0, ...overrides });
}

/**
 * The replica count a load settles at under the KPA rule: the smallest n whose own mean
 * concurrency (L = lambda W of M/M/n, Erlang C) asks for no more than n replicas.
 */
function impliedReplicas(ratePerS: number, meanServiceMs: number): number {
  for (let n = 1; ; n++) {
    const theory = mmc({ arrivalRatePerS: ratePerS, meanServiceMs, servers: n });
    if (theory && replicasFor(autoscaling, theory.meanInSystem) <= n) return n;
  }
}

describe('online autoscaling (Knative KPA)', () => {
  it('settles at the replica count its target implies after a step in load', () => {
    const p = params({
      servers: 1,
      autoscaling,
      durationS: 600,
      arrivalPattern: {
        kind: 'steps',
        steps: [
          { atS: 0, ratePerS: 50 },
          { atS: 120, ratePerS: 400 },
        ],
      },
    });
    const r = new OnlineSimulation(p, { series: true }).run();
    const expected = impliedReplicas(400, 10);
    const { tMs, values } = r.series!;
    // Average over the last 3 minutes, long after the step and the 60 s stable window.
    const tail = values.replicas.filter((_, i) => tMs[i] >= 420_000);
    const mean = tail.reduce((a, b) => a + b, 0) / tail.length;
    expect(expected).toBe(7);
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(1);
    const before = values.replicas.filter((_, i) => tMs[i] >= 60_000 && tMs[i] < 120_000);
    expect(Math.max(...before)).toBeLessThanOrEqual(impliedReplicas(50, 10) + 1);
    expect(r.coldStarts).toBeGreaterThanOrEqual(expected - 1);
  });

  it('never gives a request to a replica that is not ready', () => {
    const p = params({
      servers: 1,
      autoscaling,
      durationS: 200,
      coldStartMs: 4000,
      modelLoadMs: 3000,
      arrivalPattern: {
        kind: 'steps',
        steps: [
          { atS: 0, ratePerS: 20 },
          { atS: 30, ratePerS: 600 },
          { atS: 120, ratePerS: 20 },
        ],
      },
    });
    const sim = new OnlineSimulation(p, { recentEvents: 4096 });
    let seen = 0;
    let checked = 0;
    while (sim.kernel.nextEventTime() <= 200_000 && sim.kernel.step()) {
      const fresh = sim.recent.total - seen;
      if (fresh > 0) {
        for (const e of sim.recent.toArray(seen)) {
          if (e.kind === OnlineEventKind.started) {
            expect(sim.replicas.state(e.where)).toBe('ready');
            checked++;
          }
        }
        seen = sim.recent.total;
      }
    }
    const r = sim.report();
    expect(checked).toBeGreaterThan(10_000);
    expect(r.coldStarts).toBeGreaterThan(0);
    expect(r.replicas.max).toBeGreaterThan(r.replicas.min);
  });

  it('scales to zero after the grace period, and a request then waits for a cold start', () => {
    const p = params({
      servers: 1,
      autoscaling: { ...autoscaling, minReplicas: 0 },
      durationS: 400,
      coldStartMs: 3000,
      modelLoadMs: 2000,
      arrivalPattern: {
        kind: 'steps',
        steps: [
          { atS: 0, ratePerS: 20 },
          { atS: 60, ratePerS: 0 },
          { atS: 300, ratePerS: 20 },
        ],
      },
    });
    const r = new OnlineSimulation(p, { series: true }).run();
    const zeroAt = r.series!.tMs.filter(
      (t, i) => t > 60_000 && t < 300_000 && r.series!.values.replicas[i] === 0,
    );
    expect(zeroAt.length).toBeGreaterThan(0);
    // Nothing before 60 s + 60 s stable window + 30 s grace.
    expect(Math.min(...zeroAt)).toBeGreaterThanOrEqual(
      150_000 - 2 * (r.series!.tMs[1] - r.series!.tMs[0]),
    );
    expect(r.latencyMs.max).toBeGreaterThanOrEqual(5000);
    expect(r.counts.completed + r.counts.inFlight).toBe(r.counts.arrived);
  });

  it('costs mean replicas x price per replica-hour', () => {
    const r = new OnlineSimulation(
      params({ servers: 3, durationS: 100, pricePerReplicaHour: 2.5 }),
    ).run();
    expect(r.replicas).toEqual({ min: 3, max: 3, mean: 3 });
    expect(r.costPerHour).toBeCloseTo(7.5, 12);
  });
});

describe('online model rollout', () => {
  // A queue timeout makes any request that a swap stranded (sent to a replica that was not ready,
  // or left behind by a drained one) count as lost.
  const underLoad = {
    servers: 4,
    arrivalRatePerS: 280,
    queueTimeoutMs: 2000,
    durationS: 300,
    coldStartMs: 5000,
    modelLoadMs: 5000,
  };

  /** Runs the load above with a rollout; `extra` adds parameters such as autoscaling. */
  function swap(
    rollout: Partial<RolloutConfig> & Pick<RolloutConfig, 'strategy' | 'atS'>,
    extra: Partial<OnlineConfig> = {},
  ) {
    const sim = new OnlineSimulation(
      params({
        ...underLoad,
        ...extra,
        rollout: {
          canaryPercent: 10,
          promoteAtS: null,
          rollbackAtS: null,
          service: { kind: 'exponential', mean: 10 },
          ...rollout,
        },
      }),
    );
    return { sim, r: sim.run() };
  }

  it('blue/green under load: the new version takes over and no request is lost', () => {
    const { sim, r } = swap({
      strategy: 'blue-green',
      atS: 100,
      service: { kind: 'exponential', mean: 8 },
    });
    expect(sim.machineStates().rollout).toBe('promoted');
    expect(r.counts.timedOut).toBe(0);
    expect(r.counts.rejected).toBe(0);
    expect(r.counts.completed + r.counts.inFlight).toBe(r.counts.arrived);
    const [old, fresh] = r.completedByVersion;
    // About 110 s of traffic on the old version (100 s + 10 s warm-up of the new), the rest on the new.
    expect(Math.abs(old / (280 * 110) - 1)).toBeLessThan(0.05);
    expect(Math.abs(fresh / (280 * 190) - 1)).toBeLessThan(0.05);
    expect(sim.machineStates().replicas.every((rep) => rep.version === 1)).toBe(true);
  });

  it('canary: takes its share, is promoted, and no request is lost', () => {
    const { sim, r } = swap({ strategy: 'canary', atS: 50, canaryPercent: 20, promoteAtS: 200 });
    expect(sim.machineStates().rollout).toBe('promoted');
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    // New version: 20% of 140 s (60..200) plus all of 100 s (200..300).
    expect(Math.abs(r.completedByVersion[1] / (280 * (0.2 * 140 + 100)) - 1)).toBeLessThan(0.05);
  });

  it('canary with autoscaling: the new revision keeps its initial scale until traffic reaches it', () => {
    const { sim, r } = swap(
      { strategy: 'canary', atS: 100, canaryPercent: 25, promoteAtS: 200 },
      { autoscaling },
    );
    expect(sim.machineStates().rollout).toBe('promoted');
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    expect(Math.abs(r.completedByVersion[1] / (280 * (0.25 * 90 + 100)) - 1)).toBeLessThan(0.05);
  });

  it('canary rolled back: traffic returns to the old version, the new one drains, no loss', () => {
    const { sim, r } = swap({ strategy: 'canary', atS: 50, canaryPercent: 50, rollbackAtS: 150 });
    expect(sim.machineStates().rollout).toBe('rolledBack');
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    expect(r.completedByVersion[1]).toBeGreaterThan(0);
    expect(sim.machineStates().replicas.every((rep) => rep.version === 0)).toBe(true);
  });
});

describe('online series', () => {
  it('samples queue length, replicas, busy replicas, utilisation and the arrival rate', () => {
    const r = new OnlineSimulation(params({ servers: 4, arrivalRatePerS: 200, durationS: 120 }), {
      series: true,
    }).run();
    const { tMs, values } = r.series!;
    expect(Object.keys(values)).toEqual([
      'queueLength',
      'replicas',
      'busyReplicas',
      'utilization',
      'arrivalRatePerS',
    ]);
    expect(tMs.length).toBeGreaterThan(100);
    expect(tMs.length).toBeLessThanOrEqual(512);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // 200/s x 10 ms over 4 replicas: utilisation 0.5, sampled close to the report's time average.
    expect(Math.abs(mean(values.utilization) - r.utilization)).toBeLessThan(0.03);
    expect(values.arrivalRatePerS.every((v) => v === 200)).toBe(true);
  });
});
