import { describe, expect, it } from 'vitest';
import type { CompareView } from '../../../src/modes/compare/live.ts';
import type { LabSnapshot } from '../../../src/worker/lab-protocol.ts';
import { modeViewOf } from '../../../src/ui/lab/mode-view.ts';

// The views are passed through untouched, so tagged stand-ins show which one was picked.
const base = { session: 'idle', nowMs: 0, endMs: 1, speed: 1, sequence: 0, values: {} } as const;
const online = { tag: 'online view' } as unknown as CompareView['online'];
const batch = { tag: 'batch view' } as unknown as CompareView['batch'];
const streaming = { tag: 'streaming view' } as unknown as CompareView['streaming'];

describe('modeViewOf', () => {
  it("gives a single-mode snapshot's own view, and null for another mode", () => {
    const snapshot: LabSnapshot = { ...base, mode: 'batch', batch };
    expect(modeViewOf(snapshot, 'batch')).toEqual({ mode: 'batch', view: batch });
    expect(modeViewOf(snapshot, 'online')).toBeNull();
    expect(modeViewOf(snapshot, 'streaming')).toBeNull();
    const onlineOnly: LabSnapshot = { ...base, mode: 'online', online };
    expect(modeViewOf(onlineOnly, 'online')).toEqual({ mode: 'online', view: online });
    const streamingOnly: LabSnapshot = { ...base, mode: 'streaming', streaming };
    expect(modeViewOf(streamingOnly, 'streaming')).toEqual({ mode: 'streaming', view: streaming });
  });

  it('gives each column of a comparison', () => {
    const compare = { batch, online, streaming } as unknown as CompareView;
    const snapshot: LabSnapshot = { ...base, mode: 'compare', compare };
    expect(modeViewOf(snapshot, 'batch')).toEqual({ mode: 'batch', view: batch });
    expect(modeViewOf(snapshot, 'online')).toEqual({ mode: 'online', view: online });
    expect(modeViewOf(snapshot, 'streaming')).toEqual({ mode: 'streaming', view: streaming });
  });
});
