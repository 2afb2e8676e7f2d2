import type { SkipWaitingMessage } from '../sw/protocol.ts';

/**
 * Registers dist/sw.js (src/sw/sw.ts) and reports when a new version of the course has been
 * stored and waits to take over. Browser objects come in as arguments so tests can pass stand-ins.
 */

/**
 * The worker sits beside index.html, and its scope is that folder: the whole course, from whatever
 * sub-path the host serves it. `documentUrl` is the page's base URI; the fragment (the hash route)
 * and the query do not matter.
 */
export function serviceWorkerLocation(documentUrl: string): { script: string; scope: string } {
  return {
    script: new URL('sw.js', documentUrl).href,
    scope: new URL('./', documentUrl).href,
  };
}

/** The parts of `navigator.serviceWorker` used here. */
export type WorkerContainer = Pick<
  ServiceWorkerContainer,
  'register' | 'controller' | 'addEventListener'
>;

export interface RegisterOptions {
  container: WorkerContainer;
  documentUrl: string;
  /** Reloads the page once the new version controls it (`() => location.reload()`). */
  reload: () => void;
  /** A new version is installed and waiting; `apply` switches to it and reloads. */
  onUpdateReady: (apply: () => void) => void;
}

export async function registerServiceWorker(
  options: RegisterOptions,
): Promise<ServiceWorkerRegistration> {
  const { container, documentUrl, reload, onUpdateReady } = options;
  const { script, scope } = serviceWorkerLocation(documentUrl);
  const registration = await container.register(script, { scope });

  const announce = (worker: ServiceWorker) =>
    onUpdateReady(() => {
      // Another tab may already have switched: then this page only needs the reload.
      if (worker.state === 'activated' || container.controller === worker) {
        reload();
        return;
      }
      // Reload only once the new worker controls the page, or the reload would still be served
      // by the old one (https://web.dev/articles/service-worker-lifecycle#skip_the_waiting_phase).
      container.addEventListener('controllerchange', () => reload(), { once: true });
      const message: SkipWaitingMessage = { type: 'skip-waiting' };
      worker.postMessage(message);
    });

  // Without a controller, this is the first visit: the worker that installs is not an update, and
  // the next visit uses it without asking anyone.
  if (registration.waiting && container.controller) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    if (!installing) return;
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) announce(installing);
    });
  });
  return registration;
}
