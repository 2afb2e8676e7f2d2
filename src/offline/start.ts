import { mount, unmount } from 'svelte';
import { registerServiceWorker } from './register.ts';
import UpdateNotice from './UpdateNotice.svelte';

/**
 * Makes the course work offline and installable: registers the service worker, and shows a notice
 * when a new version is ready. Called from src/main.ts in production builds only: the dev server
 * has no sw.js, and a cache in front of it would hide every edit.
 */
export function startOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    registerServiceWorker({
      container: navigator.serviceWorker,
      documentUrl: document.baseURI,
      reload: () => location.reload(),
      onUpdateReady: showUpdateNotice,
    }).catch((error: unknown) => {
      // The course still works online; only offline use is lost. A warning, not an error: a
      // private window or a browser policy may refuse service workers, and that is the reader's choice.
      console.warn('The course could not be made available offline:', error);
    });
  // After `load`: the first visit's download of every file waits until the page itself is up
  // (https://web.dev/articles/service-workers-registration#improving_the_boilerplate).
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function showUpdateNotice(apply: () => void): void {
  const notice = mount(UpdateNotice, {
    target: document.body,
    props: { onApply: apply, onDismiss: () => unmount(notice) },
  });
}
