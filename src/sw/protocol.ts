/** Messages between the page (src/offline) and the service worker (src/sw/sw.ts). */

/** Page → waiting worker: the learner accepted the update, take over now. */
export interface SkipWaitingMessage {
  type: 'skip-waiting';
}

export function isSkipWaitingMessage(data: unknown): data is SkipWaitingMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'skip-waiting'
  );
}
