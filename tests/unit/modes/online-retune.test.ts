import { describe, expect, it } from 'vitest';
import { OnlineEventKind, OnlineSimulation } from '../../../src/modes/online/simulation.ts';
import {
  ONLINE_DEFAULTS,
  type OnlineConfig,
  type RolloutConfig,
} from '../../../src/modes/online/config.ts';
import { KNATIVE_DEFAULTS } from '../../../src/machines/autoscaler-policy.ts';
import { seriesBefore, seriesBetween } from './retune-helpers.ts';

function params(overrides: Partial<OnlineConfig>): OnlineConfig {
  return {
    ...ONLINE_DEFAULTS,
    requests: null,
    durationS: 120,
    warmup: 0,
    ...overrides,
  };
}

const autoscaling = { ...KNATIVE_DEFAULTS, minReplicas: 1, maxReplicas: 10 };

/** A canary that takes 25% of the traffic and stays there for the whole run (analyses pass). */
const canary = (atS: number, extra: Partial<RolloutConfig> = {}): RolloutConfig => ({
  strategy: 'canary',
  atS,
  rollbackAtS: null,
  service: { kind: 'exponential', mean: 10 },
  errorRate: 0,
  canary: {
    stepPercent: 25,
    maxPercent: 25,
    intervalMs: 1_000_000,
    maxErrorRate: 0.01,
    maxP99Ms: 500,
    threshold: 2,
  },
  ...extra,
});

/** Replicas that exist and are not on their way out. */
const liveReplicas = (sim: OnlineSimulation) =>
  sim.machineStates().replicas.filter((r) => r.state !== 'draining');
const readyReplicas = (sim: OnlineSimulation) =>
  sim.machineStates().replicas.filter((r) => r.state === 'ready').length;

describe('online retune: identical params', () => {
  const cases: Array<[string, OnlineConfig]> = [
    ['a fixed pool, timed', params({ servers: 3, arrivalRatePerS: 250 })],
    ['the defaults, by request count', { ...ONLINE_DEFAULTS, requests: 20_000, warmup: 2000 }],
    [
      'autoscaling, a canary, timeouts, a waiting room and batching',
      params({
        servers: 2,
        autoscaling,
        rollout: canary(50, { rollbackAtS: 90 }),
        queueTimeoutMs: 200,
        queueCapacity: 100,
        maxBatch: 4,
        batchDelayMs: 2,
        batchOverheadMs: 1,
        networkRttMs: 5,
      }),
    ],
  ];

  it.each(cases)(
    'change nothing (%s): the final report is an untouched run’s, byte for byte',
    (_, p) => {
      const options = { series: true, recentEvents: 64 };
      const untouched = JSON.stringify(new OnlineSimulation(p, options).run());
      const sim = new OnlineSimulation(p, options);
      sim.advance(40_000);
      // A deep copy with the nested objects' keys in another order is still the same params.
      const copy = JSON.parse(JSON.stringify(p)) as OnlineConfig;
      const reversed = Object.entries(p.service).reverse();
      copy.service = Object.fromEntries(reversed) as OnlineConfig['service'];
      expect(sim.retune(copy)).toEqual([]);
      expect(JSON.stringify(sim.run())).toBe(untouched);
    },
  );
});

describe('online retune: the past is left alone', () => {
  it('the report at the retune time and the series before it are an untouched run’s', () => {
    const p = params({ arrivalRatePerS: 150, servers: 2 });
    const untouched = new OnlineSimulation(p, { series: true });
    const retuned = new OnlineSimulation(p, { series: true });
    untouched.advance(60_000);
    retuned.advance(60_000);
    const atT = JSON.stringify(untouched.report());
    expect(JSON.stringify(retuned.report())).toBe(atT);
    expect(retuned.retune({ ...p, arrivalRatePerS: 300, servers: 4, networkRttMs: 20 })).toEqual(
      [],
    );
    const before = seriesBefore(untouched.run().series!, 60_000);
    const after = retuned.run().series!;
    expect(before.tMs.length).toBeGreaterThan(100);
    expect(seriesBefore(after, 60_000)).toEqual(before);
  });
});

describe('online retune: changes take effect from now', () => {
  it('doubling the arrival rate doubles the arrivals after the change', () => {
    const p = params({ arrivalRatePerS: 100, servers: 4, durationS: 240 });
    const sim = new OnlineSimulation(p, { series: true });
    sim.advance(120_000);
    const before = sim.counts.arrived;
    expect(sim.retune({ ...p, arrivalRatePerS: 200 })).toEqual([]);
    expect(sim.params.arrivalRatePerS).toBe(200);
    const r = sim.run();
    // Arrivals in the 120 s after the change are Poisson with mean 200 x 120 = 24,000 and
    // standard deviation sqrt(24,000) = 155 (0.65%): 3% is more than four standard deviations,
    // and the old rate (12,000) is far outside it. The 120 s before had a mean of 12,000.
    expect(Math.abs((r.counts.arrived - before) / 24_000 - 1)).toBeLessThan(0.03);
    expect(Math.abs(before / 12_000 - 1)).toBeLessThan(0.04);
    expect(new Set(seriesBetween(r.series!, 'arrivalRatePerS', 0, 120_000))).toEqual(
      new Set([100]),
    );
    expect(new Set(seriesBetween(r.series!, 'arrivalRatePerS', 120_000, 240_000))).toEqual(
      new Set([200]),
    );
  });

  it('servers 2 -> 4: two replicas cold start and load, are ready 5 s later, and only ready replicas serve', () => {
    // 180/s at 10 ms keeps two replicas 90% busy, so the new ones get work as soon as they can.
    const p = params({ arrivalRatePerS: 180, servers: 2, coldStartMs: 3000, modelLoadMs: 2000 });
    const sim = new OnlineSimulation(p, { recentEvents: 4096 });
    sim.advance(20_000);
    expect(sim.retune({ ...p, servers: 4 })).toEqual([]);
    expect(liveReplicas(sim).map((r) => r.state)).toEqual(['ready', 'ready', 'cold', 'cold']);
    let seen = sim.recent.total;
    let allReadyAt = Number.NaN;
    let servedByNew = 0;
    while (sim.kernel.nextEventTime() <= 60_000 && sim.kernel.step()) {
      if (Number.isNaN(allReadyAt) && readyReplicas(sim) === 4) allReadyAt = sim.kernel.now;
      for (const e of sim.recent.toArray(seen)) {
        if (e.kind !== OnlineEventKind.started) continue;
        expect(sim.replicas.state(e.where)).toBe('ready');
        if (e.where >= 2) servedByNew++;
      }
      seen = sim.recent.total;
    }
    expect(allReadyAt).toBe(25_000);
    expect(servedByNew).toBeGreaterThan(1000);
    expect(sim.report().coldStarts).toBe(2);
  });

  it('servers 4 -> 1: the surplus replicas drain and no request is lost', () => {
    const p = params({ arrivalRatePerS: 60, servers: 4, queueTimeoutMs: 1000 });
    const sim = new OnlineSimulation(p);
    sim.advance(30_000);
    expect(sim.retune({ ...p, servers: 1 })).toEqual([]);
    const r = sim.run();
    expect(liveReplicas(sim)).toHaveLength(1);
    expect(sim.machineStates().replicas).toHaveLength(1);
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    expect(r.counts.completed + r.counts.inFlight).toBe(r.counts.arrived);
    expect(r.replicas.min).toBe(1);
  });

  it('a canary started at t serves its share of the traffic with version 1 afterwards', () => {
    const p = params({
      arrivalRatePerS: 200,
      servers: 4,
      coldStartMs: 2000,
      modelLoadMs: 1000,
      queueTimeoutMs: 2000,
    });
    const sim = new OnlineSimulation(p);
    sim.advance(30_000);
    expect(sim.machineStates().rollout).toBeNull();
    expect(sim.retune({ ...p, rollout: canary(30) })).toEqual([]);
    sim.advance(32_999);
    expect(sim.machineStates().rollout).toBe('preparing');
    expect(sim.report().completedByVersion).toEqual([expect.any(Number), 0]);
    const r = sim.run();
    expect(sim.machineStates().rollout).toBe('analysing');
    // From 33 s (start + 3 s to ready) to 120 s, 25% of 200/s: mean 4,350 requests, a Poisson
    // thinning with standard deviation 66 (1.5%); 6% is four standard deviations.
    expect(Math.abs(r.completedByVersion[1] / (0.25 * 200 * 87) - 1)).toBeLessThan(0.06);
    expect(r.counts.timedOut + r.counts.rejected).toBe(0);
    expect(r.counts.completed + r.counts.inFlight).toBe(r.counts.arrived);
  });

  it('a started rollout keeps its shape: changing it restarts the run', () => {
    const p = params({ arrivalRatePerS: 100, servers: 2, rollout: canary(20) });
    const sim = new OnlineSimulation(p);
    sim.advance(60_000);
    expect(sim.machineStates().rollout).toBe('analysing');
    expect(sim.retune({ ...p, rollout: canary(20, { rollbackAtS: 90 }) })).toEqual(['rollout']);
    expect(sim.params).toEqual(p);
  });

  it('a rollout not yet started can be moved or called off', () => {
    const p = params({ servers: 2, rollout: canary(60) });
    const moved = new OnlineSimulation(p);
    moved.advance(30_000);
    expect(moved.retune({ ...p, rollout: canary(80) })).toEqual([]);
    moved.advance(79_000);
    expect(moved.machineStates().rollout).toBe('serving');
    moved.advance(80_000);
    expect(moved.machineStates().rollout).toBe('preparing');
    const calledOff = new OnlineSimulation(p);
    calledOff.advance(30_000);
    expect(calledOff.retune({ ...p, rollout: null })).toEqual([]);
    const r = calledOff.run();
    expect(calledOff.machineStates().rollout).toBeNull();
    expect(r.completedByVersion).toHaveLength(1);
    expect(r.rollout).toBeNull();
  });

  it('new start-up times apply to the replicas started from now', () => {
    const p = params({ servers: 2, coldStartMs: 3000, modelLoadMs: 2000 });
    const sim = new OnlineSimulation(p);
    sim.advance(20_000);
    expect(sim.retune({ ...p, servers: 3, coldStartMs: 400, modelLoadMs: 600 })).toEqual([]);
    sim.advance(20_999);
    expect(readyReplicas(sim)).toBe(2);
    sim.advance(21_000);
    expect(readyReplicas(sim)).toBe(3);
  });

  it('a smaller waiting room turns new arrivals away once it is full', () => {
    // 250/s on two 10 ms replicas is 125% load: the queue grows until the room is capped.
    const p = params({ arrivalRatePerS: 250, servers: 2, durationS: 60 });
    const sim = new OnlineSimulation(p);
    sim.advance(20_000);
    expect(sim.counts.rejected).toBe(0);
    expect(sim.retune({ ...p, queueCapacity: 10 })).toEqual([]);
    const r = sim.run();
    // The backlog of about 1,000 drains at 50/s in 20 s, then about 50 arrivals a second find
    // the room full: roughly 1,000 over the last 20 s.
    expect(r.counts.rejected).toBeGreaterThan(500);
    expect(r.counts.completed + r.counts.inFlight + r.counts.rejected).toBe(r.counts.arrived);
  });

  it('autoscaler bounds apply at once: a raised minimum starts replicas, a lowered maximum drains them', () => {
    // 20/s at 10 ms is 0.2 requests in the system: the target (0.7 a replica) wants one replica.
    const p = params({ servers: 1, arrivalRatePerS: 20, autoscaling });
    const sim = new OnlineSimulation(p);
    sim.advance(30_000);
    expect(liveReplicas(sim)).toHaveLength(1);
    expect(sim.retune({ ...p, autoscaling: { ...autoscaling, minReplicas: 5 } })).toEqual([]);
    expect(liveReplicas(sim)).toHaveLength(5);
    sim.advance(60_000);
    expect(readyReplicas(sim)).toBe(5);
    const capped = { ...autoscaling, minReplicas: 1, maxReplicas: 2 };
    expect(sim.retune({ ...p, autoscaling: capped })).toEqual([]);
    expect(liveReplicas(sim).length).toBeLessThanOrEqual(2);
    const r = sim.run();
    expect(r.replicas.max).toBe(5);
    expect(liveReplicas(sim).length).toBeLessThanOrEqual(2);
  });

  it('a queue timeout set on an overloaded queue bounds it from then on', () => {
    // 250/s on two 10 ms replicas is 125% load: without a timeout the queue grows ~50 a second.
    const p = params({ arrivalRatePerS: 250, servers: 2, durationS: 90 });
    const sim = new OnlineSimulation(p, { series: true });
    sim.advance(30_000);
    expect(sim.counts.timedOut).toBe(0);
    expect(sim.retune({ ...p, queueTimeoutMs: 100 })).toEqual([]);
    const r = sim.run();
    expect(r.counts.timedOut).toBeGreaterThan(1000);
    // At most 100 ms of arrivals wait: about 25, a Poisson count that tops 60 with negligible
    // probability over the minute measured.
    const queue = seriesBetween(r.series!, 'queueLength', 31_000, 90_000);
    expect(Math.max(...queue)).toBeLessThan(60);
    expect(Math.max(...seriesBetween(r.series!, 'queueLength', 20_000, 30_000))).toBeGreaterThan(
      500,
    );
  });
});

describe('online retune: fields that need a new run', () => {
  it('are returned in parameter order, and the params in force keep their old values', () => {
    const p = params({ servers: 2 });
    const sim = new OnlineSimulation(p);
    sim.advance(10_000);
    const next = params({
      servers: 2,
      seed: 9,
      warmup: 5,
      maxBatch: 4,
      arrivalPattern: { kind: 'daily', meanRatePerS: 100, amplitude: 0.5, periodS: 60, peakAtS: 0 },
      networkRttMs: 7,
      durationS: 5,
    });
    expect(sim.retune(next)).toEqual(['durationS', 'warmup', 'seed', 'maxBatch', 'arrivalPattern']);
    expect(sim.params).toMatchObject({ seed: 1, warmup: 0, maxBatch: 1, networkRttMs: 7 });
    expect(sim.params.arrivalPattern).toBeNull();
    expect(sim.retune({ ...sim.params, requests: 1000, durationS: null })).toEqual([
      'requests',
      'durationS',
    ]);
    expect(sim.retune({ ...sim.params, durationS: 200 })).toEqual([]);
  });

  it('servers under autoscaling, autoscaling switched on or off, its windows, and a rollout in the past', () => {
    const scaled = params({ servers: 1, autoscaling });
    const sim = new OnlineSimulation(scaled);
    sim.advance(10_000);
    expect(sim.retune({ ...scaled, servers: 3 })).toEqual(['servers']);
    expect(sim.retune({ ...scaled, autoscaling: null })).toEqual(['autoscaling']);
    const windows = { ...autoscaling, stableWindowMs: 30_000, panicWindowMs: 3000 };
    expect(sim.retune({ ...scaled, autoscaling: windows })).toEqual(['autoscaling']);
    expect(sim.retune({ ...scaled, rollout: canary(5) })).toEqual(['rollout']);
    expect(sim.params).toEqual(scaled);
  });

  it('servers while a canary splits the traffic (the rollout sized the new version)', () => {
    const p = params({ servers: 2, rollout: canary(5) });
    const sim = new OnlineSimulation(p);
    sim.advance(30_000);
    expect(sim.machineStates().rollout).toBe('analysing');
    expect(sim.retune({ ...p, servers: 4 })).toEqual(['servers']);
  });

  it('the arrival rate while the queue regenerates requests it did not store', () => {
    // 600/s on four 10 ms replicas is 150% load: the queue passes 100 stored requests at once.
    const p = params({ arrivalRatePerS: 600, servers: 4 });
    const sim = new OnlineSimulation(p, { maxStoredQueue: 100 });
    sim.advance(5_000);
    expect(sim.pools[0].queue.unstoredCount).toBeGreaterThan(0);
    expect(sim.retune({ ...p, arrivalRatePerS: 300, pricePerReplicaHour: 3 })).toEqual([
      'arrivalRatePerS',
    ]);
    expect(sim.params.pricePerReplicaHour).toBe(3);
  });

  it('leave a run that only had refused changes exactly as an untouched one', () => {
    const p = params({ servers: 2, arrivalRatePerS: 150 });
    const untouched = JSON.stringify(new OnlineSimulation(p, { series: true }).run());
    const sim = new OnlineSimulation(p, { series: true });
    sim.advance(50_000);
    expect(sim.retune({ ...p, seed: 2, maxBatch: 8 })).toEqual(['seed', 'maxBatch']);
    expect(JSON.stringify(sim.run())).toBe(untouched);
  });
});
