import { describe, expect, it } from 'vitest';
import { OnlineEventKind, OnlineSimulation } from '../../../src/modes/online/simulation.ts';
import {
  ONLINE_DEFAULTS,
  type CanaryAnalysis,
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

/** Flagger's documented analysis: 10% steps to 50%, 1 min intervals, 99% success, p99 500 ms. */
const FLAGGER: CanaryAnalysis = {
  stepPercent: 10,
  maxPercent: 50,
  intervalMs: 60_000,
  maxErrorRate: 0.01,
  maxP99Ms: 500,
  threshold: 2,
};

function params(overrides: Partial<OnlineConfig>): OnlineConfig {
  return { ...ONLINE_DEFAULTS, requests: null, warmup: 0, ...overrides };
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
    canary: Partial<CanaryAnalysis> = {},
  ) {
    const sim = new OnlineSimulation(
      params({
        ...underLoad,
        ...extra,
        rollout: {
          rollbackAtS: null,
          service: { kind: 'exponential', mean: 10 },
          errorRate: 0,
          ...rollout,
          canary: { ...FLAGGER, ...canary },
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

  it('canary, healthy: steps 10% at a time after each passed analysis, then takes all traffic', () => {
    const { sim, r } = swap({ strategy: 'canary', atS: 50 }, {}, { intervalMs: 20_000 });
    expect(sim.machineStates().rollout).toBe('promoted');
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    const steps = r.rollout!.steps;
    expect(steps.map((s) => s.percent)).toEqual([10, 20, 30, 40, 50]);
    expect(steps.every((s) => s.result === 'passed' && s.requests > 0)).toBe(true);
    // Each analysis saw about its share of 280/s over the 20 s interval.
    for (const s of steps)
      expect(Math.abs(s.requests / (280 * 20 * (s.percent / 100)) - 1)).toBeLessThan(0.15);
    expect(r.rollout!.promotedAtMs).not.toBeNull();
    expect(r.rollout!.rolledBackAtMs).toBeNull();
    expect(sim.machineStates().replicas.every((rep) => rep.version === 1)).toBe(true);
  });

  it('canary replicas are sized by their share, not a second full fleet', () => {
    const sim = new OnlineSimulation(
      params({
        ...underLoad,
        rollout: {
          strategy: 'canary',
          atS: 50,
          rollbackAtS: null,
          service: { kind: 'exponential', mean: 10 },
          errorRate: 0,
          canary: { ...FLAGGER, intervalMs: 20_000 },
        },
      }),
    );
    // At 10% of 4 replicas' traffic the new version has one replica, the old keeps four.
    sim.advance(75_000);
    const at10 = sim.machineStates().replicas;
    expect(at10.filter((rep) => rep.version === 1)).toHaveLength(1);
    expect(at10.filter((rep) => rep.version === 0 && rep.state !== 'draining')).toHaveLength(4);
    // At 50% each version has ceil(4 x 0.5) = 2 replicas serving.
    sim.advance(165_000);
    const at50 = sim.machineStates().replicas.filter((rep) => rep.state === 'ready');
    expect(at50.filter((rep) => rep.version === 1)).toHaveLength(2);
    expect(at50.filter((rep) => rep.version === 0)).toHaveLength(2);
  });

  it('canary that fails more requests than allowed: rolled back after the failed analyses', () => {
    const { sim, r } = swap(
      { strategy: 'canary', atS: 50, errorRate: 0.05 },
      {},
      { intervalMs: 20_000, threshold: 2 },
    );
    expect(sim.machineStates().rollout).toBe('rolledBack');
    const steps = r.rollout!.steps;
    expect(steps.map((s) => s.result)).toEqual(['failed', 'failed']);
    expect(steps.every((s) => s.percent === 10 && s.errorRate > 0.01)).toBe(true);
    expect(r.rollout!.rolledBackAtMs).not.toBeNull();
    // Only its 10% share ever reached the bad version; its errors are counted, none lost.
    expect(r.failedByVersion[1]).toBeGreaterThan(0);
    expect(r.failedByVersion[0]).toBe(0);
    expect(r.counts.failed).toBe(r.failedByVersion[1]);
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    expect(sim.machineStates().replicas.every((rep) => rep.version === 0)).toBe(true);
  });

  it('canary whose p99 breaks the limit: rolled back', () => {
    const { sim, r } = swap(
      { strategy: 'canary', atS: 50, service: { kind: 'exponential', mean: 40 } },
      {},
      { intervalMs: 20_000, threshold: 1, maxP99Ms: 100 },
    );
    expect(sim.machineStates().rollout).toBe('rolledBack');
    expect(r.rollout!.steps).toHaveLength(1);
    expect(r.rollout!.steps[0].p99Ms).toBeGreaterThan(100);
    expect(r.rollout!.steps[0].result).toBe('failed');
  });

  it('canary with autoscaling: each version autoscales on its own traffic and it is promoted', () => {
    const { sim, r } = swap(
      { strategy: 'canary', atS: 50 },
      { autoscaling },
      { intervalMs: 20_000 },
    );
    expect(sim.machineStates().rollout).toBe('promoted');
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    expect(r.rollout!.steps.map((s) => s.percent)).toEqual([10, 20, 30, 40, 50]);
  });

  it('canary rolled back by an operator: traffic returns to the old version, no loss', () => {
    const { sim, r } = swap({ strategy: 'canary', atS: 50, rollbackAtS: 150 });
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
