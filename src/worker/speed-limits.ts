/** Playback speeds, simulated ms per wall-clock ms: 0.1x to 1000x, as the labs' issue asks. */
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;
