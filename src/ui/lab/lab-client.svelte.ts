import type { LabState } from '../../lab/lab-state.ts';
import type { LabSnapshot } from '../../lab/snapshot.ts';
import type { LabCommand, LabMessage, LabNotice } from '../../worker/lab-protocol.ts';
import { createLabWorker } from './create-lab-worker.ts';

/**
 * The page's end of a lab: starts the engine worker, sends it commands, and keeps the latest
 * snapshot. Snapshots arrive about 30 times a second and are replaced whole, so they are kept in
 * `$state.raw` (no deep proxy to build on every frame).
 */
export class LabClient {
  snapshot = $state.raw<LabSnapshot | null>(null);
  notices = $state.raw<LabNotice[]>([]);
  failure = $state<string | null>(null);
  private readonly worker: Worker;
  /** Paused by the page being hidden or scrolled away, not by the learner: resume on return. */
  private autoPaused = false;

  constructor(state: LabState) {
    this.worker = createLabWorker();
    this.worker.addEventListener('message', (event: MessageEvent<LabMessage>) =>
      this.receive(event.data),
    );
    this.worker.addEventListener('error', (event) => {
      this.failure = event.message || 'worker error';
    });
    this.send({ type: 'configure', state: $state.snapshot(state) as LabState });
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
      this.snapshot = message.snapshot;
      this.failure = null;
    } else if (message.type === 'notice') this.notices = [...this.notices, message.notice];
    else this.failure = message.message;
  }
}
