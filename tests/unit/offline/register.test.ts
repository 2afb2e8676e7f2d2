import { describe, expect, it, vi } from 'vitest';
import {
  registerServiceWorker,
  serviceWorkerLocation,
  type WorkerContainer,
} from '../../../src/offline/register.ts';

describe('where the service worker lives', () => {
  it('beside index.html, with its folder as the scope, under any sub-path and any route', () => {
    expect(serviceWorkerLocation('http://127.0.0.1:4179/course/sub/#/lab/streaming')).toEqual({
      script: 'http://127.0.0.1:4179/course/sub/sw.js',
      scope: 'http://127.0.0.1:4179/course/sub/',
    });
    expect(serviceWorkerLocation('https://host.example/index.html?x=1')).toEqual({
      script: 'https://host.example/sw.js',
      scope: 'https://host.example/',
    });
  });
});

/** Stand-ins for ServiceWorker, ServiceWorkerRegistration and navigator.serviceWorker. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  becomes(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  startUpdate(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function setup(options: { controlled: boolean; waiting?: FakeWorker }) {
  const registration = new FakeRegistration();
  registration.waiting = options.waiting ?? null;
  const events = new EventTarget();
  const container = {
    controller: options.controlled ? new FakeWorker() : null,
    register: vi.fn(async () => registration),
    addEventListener: events.addEventListener.bind(events),
  } as unknown as WorkerContainer;
  const reload = vi.fn();
  const updates: (() => void)[] = [];
  const done = registerServiceWorker({
    container,
    documentUrl: 'http://127.0.0.1:4179/course/sub/',
    reload,
    onUpdateReady: (apply) => updates.push(apply),
  });
  const takeOver = (worker: FakeWorker) => {
    (container as { controller: unknown }).controller = worker;
    events.dispatchEvent(new Event('controllerchange'));
  };
  return { registration, container, reload, updates, done, takeOver };
}

describe('registration and updates', () => {
  it('registers sw.js with the folder of the page as its scope', async () => {
    const { container, done } = setup({ controlled: false });
    await done;
    expect(container.register).toHaveBeenCalledWith('http://127.0.0.1:4179/course/sub/sw.js', {
      scope: 'http://127.0.0.1:4179/course/sub/',
    });
  });

  it('says nothing on the first visit: the installed worker is not an update', async () => {
    const { registration, updates, done } = setup({ controlled: false });
    await done;
    const worker = new FakeWorker();
    registration.startUpdate(worker);
    worker.becomes('installed');
    expect(updates).toHaveLength(0);
  });

  it('announces an update once installed, and applies it only when asked, then reloads once', async () => {
    const { registration, updates, reload, done, takeOver } = setup({ controlled: true });
    await done;
    const worker = new FakeWorker();
    registration.startUpdate(worker);
    expect(updates).toHaveLength(0);
    worker.becomes('installed');
    expect(updates).toHaveLength(1);
    expect(worker.messages).toEqual([]);

    updates[0]();
    expect(worker.messages).toEqual([{ type: 'skip-waiting' }]);
    expect(reload).not.toHaveBeenCalled();
    takeOver(worker);
    takeOver(worker);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('announces an update that was already waiting from an earlier visit', async () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const { updates, done } = setup({ controlled: true, waiting });
    await done;
    expect(updates).toHaveLength(1);
  });

  it('only reloads when another tab has already switched to the new version', async () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const { updates, reload, done } = setup({ controlled: true, waiting });
    await done;
    waiting.state = 'activated';
    updates[0]();
    expect(waiting.messages).toEqual([]);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
