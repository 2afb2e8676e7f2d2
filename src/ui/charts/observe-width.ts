/**
 * An element's width (clientWidth, as `bind:clientWidth` gives) each time it changes, from one
 * ResizeObserver shared by every chart. Unlike Svelte's `bind:clientWidth`, which also reads the
 * width synchronously when the element is created, this never forces a layout: the observer
 * reports after the browser's own layout (https://drafts.csswg.org/resize-observer/), so a chart
 * can wait for its real width instead of drawing itself once at a guessed one and again.
 */
type Listener = (width: number) => void;

const listeners = new Map<Element, Listener>();
let observer: ResizeObserver | null = null;

export function observeWidth(element: HTMLElement, listener: Listener): () => void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) listeners.get(entry.target)?.(entry.target.clientWidth);
  });
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}
