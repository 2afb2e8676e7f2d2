import { describe, expect, it } from 'vitest';
import { chooseBackend } from '../../../src/model/inference/backend-order.ts';

describe('chooseBackend', () => {
  it('tries WebGL, then WebAssembly, then plain JavaScript, keeping why each failed', async () => {
    const tried: string[] = [];
    const result = await chooseBackend(async (b) => {
      tried.push(b);
      if (b === 'webgl') throw new Error('no WebGL context');
      return b === 'cpu';
    });
    expect(tried).toEqual(['webgl', 'wasm', 'cpu']);
    expect(result.backend).toBe('cpu');
    expect(result.attempts).toEqual([
      { backend: 'webgl', ok: false, reason: 'no WebGL context' },
      { backend: 'wasm', ok: false, reason: 'not available in this browser' },
      { backend: 'cpu', ok: true, reason: '' },
    ]);
  });

  it('puts a preferred backend first and reports none when all fail', async () => {
    const tried: string[] = [];
    const result = await chooseBackend(async (b) => {
      tried.push(b);
      return false;
    }, 'cpu');
    expect(tried).toEqual(['cpu', 'webgl', 'wasm']);
    expect(result.backend).toBeNull();
  });
});
