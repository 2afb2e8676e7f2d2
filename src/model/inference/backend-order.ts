/**
 * The order in which TensorFlow.js backends are tried: WebGL (the GPU, fastest for larger models),
 * then WebAssembly (fast on any CPU, files served by the site itself), then plain JavaScript (works
 * everywhere). A backend that fails to initialise is skipped and the reason kept, so the learner
 * can be told which one runs and why.
 */
export const BACKEND_ORDER = ['webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_ORDER)[number];

export interface BackendAttempt {
  backend: BackendName;
  ok: boolean;
  /** Why it was not used (empty when ok). */
  reason: string;
}

/**
 * Tries each backend in turn with `tryOne` until one works; `preferred` (e.g. from a URL or the
 * learner) goes first. Returns the one in use and every attempt.
 */
export async function chooseBackend(
  tryOne: (backend: BackendName) => Promise<boolean>,
  preferred: BackendName | null = null,
): Promise<{ backend: BackendName | null; attempts: BackendAttempt[] }> {
  const order = preferred
    ? [preferred, ...BACKEND_ORDER.filter((b) => b !== preferred)]
    : [...BACKEND_ORDER];
  const attempts: BackendAttempt[] = [];
  for (const backend of order) {
    try {
      if (await tryOne(backend)) {
        attempts.push({ backend, ok: true, reason: '' });
        return { backend, attempts };
      }
      attempts.push({ backend, ok: false, reason: 'not available in this browser' });
    } catch (error) {
      attempts.push({
        backend,
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { backend: null, attempts };
}
