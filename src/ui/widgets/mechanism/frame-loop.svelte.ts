/**
 * The strips' animation clock: requestAnimationFrame while something moves, nothing otherwise.
 * `now` is reactive, so what a strip draws from it is recomputed once per drawn frame; the loop
 * stops by itself when `more` says nothing is left to move (the glide has reached the latest
 * snapshot, no dot travels), and the component stops it for good when destroyed.
 *
 * It draws at most about 30 frames a second: a strip's dots and offsets move a few pixels per
 * frame at that rate, and each drawn frame costs most of a millisecond (measured: a few dozen SVG
 * attributes set through Svelte), so a slide with three strips keeps its main thread mostly idle.
 */
export const MIN_FRAME_MS = 1000 / 30 - 4;

export class FrameLoop {
  /** Time of the frame being drawn (performance.now()'s clock), 0 before the first frame. */
  now = $state(0);
  private id = 0;
  private drawnAt = Number.NEGATIVE_INFINITY;
  private more: (now: number) => boolean = () => false;

  /** Draws frames from the next one on, while `more(now)` is true. */
  run(more: (now: number) => boolean): void {
    this.more = more;
    if (this.id === 0 && typeof requestAnimationFrame === 'function')
      this.id = requestAnimationFrame(this.tick);
  }

  stop(): void {
    if (this.id !== 0) cancelAnimationFrame(this.id);
    this.id = 0;
  }

  private readonly tick = (now: number): void => {
    this.id = 0;
    if (now - this.drawnAt < MIN_FRAME_MS) {
      this.id = requestAnimationFrame(this.tick);
      return;
    }
    this.drawnAt = now;
    this.now = now;
    if (this.more(now)) this.id = requestAnimationFrame(this.tick);
  };
}

/**
 * Whether the page asks for no motion: `<html data-motion="reduce">` holds the learner's setting
 * or else the system's (src/store/progress/motion.ts). Read at each snapshot, so a change made in
 * another part of the page is followed within a tenth of a second.
 */
export function documentReducesMotion(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.motion === 'reduce';
}
