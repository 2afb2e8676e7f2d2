import type { RunState } from '../../modes/run-state.ts';
import type { LabSnapshot } from '../../worker/lab-protocol.ts';
import type { RecentEvent } from '../../sim/stats/recent-events.ts';
import type { LabCommand, LabMessage, LabNotice } from '../../worker/lab-protocol.ts';
import { createLabWorker } from './create-lab-worker.ts';

/**
 * The page's end of a lab: starts the engine worker, sends it commands, and keeps the latest
 * snapshot. Snapshots arrive about 30 times a second and are replaced whole, so they are kept in
 * `$state.raw` (no deep proxy to build on every frame).
 *
 * While a run plays, the page shows a new snapshot at most every DRAW_INTERVAL_MS: redrawing
 * eight SVG charts 30 times a second kept this 2-core machine's main thread 69% busy and missed
 * frames (bench/lab-frames.ts); at 10 draws a second it is about 30% busy, and nobody reads a
 * chart faster. The request animation runs on its own frames, fed with every event of the
 * snapshots in between (up to RECENT_KEPT).
 */
const DRAW_INTERVAL_MS = 100;
const RECENT_KEPT = 256;
export class LabClient {
  snapshot = $state.raw<LabSnapshot | null>(null);
  notices = $state.raw<LabNotice[]>([]);
  failure = $state<string | null>(null);
  private readonly worker: Worker;
  /** Paused by the page being hidden or scrolled away, not by the learner: resume on return. */
  private autoPaused = false;
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private pendingRecent: RecentEvent[] = [];

  constructor(state: RunState) {
    this.worker = createLabWorker();
    this.worker.addEventListener('message', (event: MessageEvent<LabMessage>) =>
      this.receive(event.data),
    );
    this.worker.addEventListener('error', (event) => {
      this.failure = event.message || 'worker error';
    });
    this.send({ type: 'configure', state: $state.snapshot(state) as RunState });
  }

  send(command: LabCommand): void {
    if (command.type === 'play' || command.type === 'jumpToEnd') this.autoPaused = false;
    this.worker.postMessage(command);
  }

  /** The lab left the screen (hidden tab, scrolled away) or came back. */
  setVisible(visible: boolean): void {
    const running = this.snapshot?.session === 'running';
    if (!visible && running) {
      this.autoPaused = true;
      this.worker.postMessage({ type: 'hidden' } satisfies LabCommand);
    } else if (visible && this.autoPaused) {
      this.autoPaused = false;
      this.worker.postMessage({ type: 'play' } satisfies LabCommand);
    }
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  dispose(): void {
    this.worker.terminate();
  }

  private receive(message: LabMessage): void {
    if (message.type === 'snapshot') {
      this.failure = null;
      const next = message.snapshot;
      if (next.mode === 'online') this.pendingRecent.push(...next.online.recent);
      const now = performance.now();
      if (next.session === 'running' && now - this.lastDrawn < DRAW_INTERVAL_MS) return;
      this.lastDrawn = now;
      this.snapshot =
        next.mode === 'online'
          ? { ...next, online: { ...next.online, recent: this.pendingRecent.slice(-RECENT_KEPT) } }
          : next;
      this.pendingRecent = [];
    } else if (message.type === 'notice') this.notices = [...this.notices, message.notice];
    else this.failure = message.message;
  }
}
