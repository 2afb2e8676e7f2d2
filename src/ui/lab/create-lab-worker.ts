/** The engine worker as Vite bundles it: a module worker emitted next to the app's assets. */
export function createLabWorker(): Worker {
  return new Worker(new URL('../../worker/lab-worker.ts', import.meta.url), { type: 'module' });
}
