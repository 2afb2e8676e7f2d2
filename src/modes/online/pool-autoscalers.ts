import { createActor, type Actor } from 'xstate';
import { autoscalerMachine } from '../../machines/autoscaler.ts';
import type { AutoscalerConfig } from '../../machines/autoscaler-policy.ts';
import { AutoscalerFeed } from './autoscaler-feed.ts';

/** What a version's autoscaler reads of the simulation, and the one command it gives. */
export interface AutoscaledPools {
  /** Running integral of the requests waiting or in service at the version (value x ms). */
  concurrencyIntegral(version: number, nowMs: number): number;
  readyReplicas(version: number): number;
  /** Replicas that exist for the version (starting, ready or draining). */
  replicas(version: number): number;
  scale(version: number, replicas: number, nowMs: number): void;
  /** Puts the version's next decision on the calendar. */
  scheduleTick(version: number, atMs: number): void;
}

/**
 * One Knative-style autoscaler per model version (Knative autoscales each revision on its own
 * traffic): the statechart decides, its feed averages the version's concurrency over the stable
 * and panic windows, and each tick asks for a decision.
 */
export class PoolAutoscalers {
  private readonly actors: Array<Actor<typeof autoscalerMachine> | null> = [];
  private readonly feeds: Array<AutoscalerFeed | null> = [];

  constructor(private readonly pools: AutoscaledPools) {}

  has(version: number): boolean {
    return (this.actors[version] ?? null) !== null;
  }

  start(version: number, config: AutoscalerConfig, initialReplicas: number, nowMs: number): void {
    const actor = createActor(autoscalerMachine, { input: { config, initialReplicas } });
    actor.on('scale', (e) => this.pools.scale(version, e.replicas, e.nowMs));
    actor.start();
    this.actors[version] = actor;
    this.feeds[version] = new AutoscalerFeed(config);
    this.pools.scheduleTick(version, nowMs + config.tickMs);
  }

  /** Knative's activator: traffic for a version scaled to zero wakes its autoscaler at once. */
  poke(version: number, nowMs: number): void {
    this.actors[version]?.send({ type: 'POKE', nowMs });
  }

  tick(version: number, nowMs: number): void {
    const actor = this.actors[version];
    const feed = this.feeds[version];
    if (!actor || !feed) return;
    feed.observe(this.pools.concurrencyIntegral(version, nowMs), nowMs);
    actor.send({
      type: 'TICK',
      nowMs,
      ...feed.averages(),
      readyReplicas: this.pools.readyReplicas(version),
      currentReplicas: this.pools.replicas(version),
    });
    this.pools.scheduleTick(version, nowMs + feed.config.tickMs);
  }

  /** New settings for every running autoscaler (their windows and tick are unchanged). */
  reconfigure(config: AutoscalerConfig, nowMs: number): void {
    for (const actor of this.actors) actor?.send({ type: 'RECONFIGURE', config, nowMs });
  }

  stop(version: number): void {
    this.actors[version]?.stop();
    this.actors[version] = null;
    this.feeds[version] = null;
  }

  /** Each version's autoscaler state ('stable' | 'panic'), null for one without. */
  states(): Array<string | null> {
    return this.actors.map((a) => (a ? String(a.getSnapshot().value) : null));
  }
}
