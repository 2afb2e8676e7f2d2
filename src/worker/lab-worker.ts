/// <reference lib="webworker" />
import { LabRunner } from './lab-runner.ts';
import { ParamRefusal } from '../modes/params/validate.ts';
import type { LabCommand, LabMessage } from './lab-protocol.ts';

/**
 * The simulation engine off the main thread. The page sends commands; this worker's pacing loop
 * advances the run at the chosen speed and posts one snapshot per display frame (about 30 a
 * second), so the page only ever draws. Each tick spends at most TICK_BUDGET_MS computing, so
 * commands are answered promptly even at 1000x.
 */
const FRAME_MS = 1000 / 30;
const TICK_BUDGET_MS = 12;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let runner: LabRunner | null = null;
let lastTick = performance.now();

function post(message: LabMessage): void {
  scope.postMessage(message);
}

function postSnapshot(): void {
  if (runner) post({ type: 'snapshot', snapshot: runner.snapshot() });
}

function handle(command: LabCommand): void {
  try {
    if (command.type === 'configure' || command.type === 'retune') {
      const state = command.state;
      if (runner === null || command.type === 'configure') {
        const next = new LabRunner(state);
        runner = next;
      } else {
        const refused = runner.retune(state);
        if (refused.length > 0)
          post({ type: 'notice', notice: { type: 'restarted', keys: refused } });
      }
    } else if (runner !== null) {
      runner.command(command);
    }
    postSnapshot();
  } catch (error) {
    if (error instanceof ParamRefusal)
      post({ type: 'notice', notice: { type: 'invalid', refusal: error.refusal } });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.addEventListener('message', (event: MessageEvent<LabCommand>) => handle(event.data));

function loop(): void {
  const now = performance.now();
  const delta = now - lastTick;
  lastTick = now;
  try {
    if (runner?.tick(delta, TICK_BUDGET_MS, () => performance.now())) postSnapshot();
  } catch (error) {
    runner = null;
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  setTimeout(loop, FRAME_MS);
}
loop();
