import { summarise } from '../../cli/compare-command.ts';
import type { EngineFlags } from '../../lab/lab-state.ts';
import type { CompareView } from '../../lab/snapshot.ts';
import { BatchEngine } from '../batch/live.ts';
import type { ModeEngine } from '../live-session.ts';
import { OnlineEngine } from '../online/live.ts';
import { StreamingEngine } from '../streaming/live.ts';

export type CompareFlags = Record<'batch' | 'online' | 'streaming', EngineFlags>;

/**
 * One workload through the three modes on one simulated clock: each engine is advanced to the
 * same instant, so the side-by-side figures always describe the same moment of the same day.
 */
export class CompareEngine implements ModeEngine<CompareView, CompareFlags> {
  private readonly batch: BatchEngine;
  private readonly online: OnlineEngine;
  private readonly streaming: StreamingEngine;

  constructor(flags: CompareFlags) {
    this.batch = new BatchEngine(flags.batch);
    this.online = new OnlineEngine(flags.online);
    this.streaming = new StreamingEngine(flags.streaming);
  }

  private get all(): ReadonlyArray<ModeEngine<unknown>> {
    return [this.batch, this.online, this.streaming];
  }

  get nowMs(): number {
    return Math.min(...this.all.map((e) => e.nowMs));
  }

  get endMs(): number {
    return Math.max(...this.all.map((e) => e.endMs));
  }

  get finished(): boolean {
    return this.all.every((e) => e.finished);
  }

  advance(untilMs: number): void {
    for (const engine of this.all) engine.advance(untilMs);
  }

  /** One event of the engine that is furthest behind, so the three clocks stay together. */
  stepEvent(): boolean {
    const behind = this.all.filter((e) => !e.finished).sort((a, b) => a.nowMs - b.nowMs)[0];
    return behind !== undefined && behind.stepEvent();
  }

  finish(): void {
    for (const engine of this.all) engine.finish();
  }

  /** Compare's flags arrive per engine; the flags no engine can change mid-run come back once. */
  retune(byEngine: CompareFlags): string[] {
    const refused = new Set([
      ...this.batch.retune(byEngine.batch),
      ...this.online.retune(byEngine.online),
      ...this.streaming.retune(byEngine.streaming),
    ]);
    return [...refused];
  }

  view(): CompareView {
    const batch = this.batch.view();
    const online = this.online.view();
    const streaming = this.streaming.view();
    return {
      batch,
      online,
      streaming,
      summary: {
        batch: summarise('batch', batch.report as unknown as Record<string, unknown>),
        online: summarise('online', online.report as unknown as Record<string, unknown>),
        streaming: summarise('streaming', streaming.report as unknown as Record<string, unknown>),
      },
    };
  }
}
