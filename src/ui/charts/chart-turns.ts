/**
 * Charts are built one per animation frame. Building a chart's DOM is the expensive part of its
 * life (its code compiled and run for the first time, its axes, paths and labels created); a lab
 * mounting its eight charts in one go made one task of 53-150 ms on this 2-core machine
 * (bench/lab-frames.ts, long-animation-frame attribution), over the 50 ms that counts as a long
 * task (https://w3c.github.io/longtasks/). One chart a frame keeps each frame short, and a whole
 * lab is drawn within about ten frames.
 *
 * A turn is granted in a requestAnimationFrame callback, so the chart's DOM is built before that
 * frame's style and layout, which it then shares, instead of forcing a layout of its own.
 */
type Start = () => void;

const waiting: Start[] = [];
let scheduled = false;

/** Queue `start` for a turn; the returned function withdraws it (a chart destroyed first). */
export function awaitTurn(start: Start): () => void {
  waiting.push(start);
  schedule();
  return () => {
    const at = waiting.indexOf(start);
    if (at >= 0) waiting.splice(at, 1);
  };
}

function schedule(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  requestAnimationFrame(grant);
}

function grant(): void {
  scheduled = false;
  waiting.shift()?.();
  schedule();
}
