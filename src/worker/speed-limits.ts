/**
 * Playback speeds, simulated ms per wall-clock ms. The labs offer 0.1x to LAB_MAX_SPEED (1000x),
 * as the labs' issue asks; a slide widget plays its whole run in about WIDGET_RUN_WALL_MS, so a
 * two-day batch schedule needs about 10 000x: the worker accepts up to MAX_SPEED. When the
 * device cannot keep up the run simply goes slower than asked (lab-runner.ts, tick).
 */
export const MIN_SPEED = 0.1;
export const LAB_MAX_SPEED = 1000;
export const MAX_SPEED = 100_000;
