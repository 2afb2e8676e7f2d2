import type { BatchView } from '../../modes/batch/live.ts';
import type { LabSnapshot } from '../../worker/lab-protocol.ts';
import type { OnlineView } from '../../modes/online/live.ts';
import type { StreamingView } from '../../modes/streaming/live.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';

/** One deployment mode's view, tagged with its mode so ModeView.svelte can draw it. */
export type ModeViewData =
  | { mode: 'online'; view: OnlineView }
  | { mode: 'batch'; view: BatchView }
  | { mode: 'streaming'; view: StreamingView };

/**
 * The view of `mode` in a snapshot: its column when the snapshot compares the three modes, the
 * snapshot's own when it is of that mode, null when it is of another.
 */
export function modeViewOf(snapshot: LabSnapshot, mode: DeploymentMode): ModeViewData | null {
  if (snapshot.mode === 'compare') {
    const { compare } = snapshot;
    if (mode === 'online') return { mode, view: compare.online };
    return mode === 'batch' ? { mode, view: compare.batch } : { mode, view: compare.streaming };
  }
  if (snapshot.mode !== mode) return null;
  switch (snapshot.mode) {
    case 'online':
      return { mode: 'online', view: snapshot.online };
    case 'batch':
      return { mode: 'batch', view: snapshot.batch };
    case 'streaming':
      return { mode: 'streaming', view: snapshot.streaming };
  }
}
