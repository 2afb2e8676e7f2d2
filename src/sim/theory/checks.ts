// What the queueing formulas of src/sim/theory.ts share: the unit conversion, and input
// validation where every message names the field, the accepted range and the value received.

export const MS_PER_S = 1000;

export function requireNonNegative(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
  }
}

export function requirePositive(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

export function requireInteger(name: string, value: number, min: number, minLabel: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${minLabel}, got ${value}`);
  }
}

export function requireServers(servers: number): void {
  requireInteger('servers', servers, 1, '1');
}

export function requireProbability(p: number): void {
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p >= 1) {
    throw new RangeError(`p must be a number in [0, 1), got ${p}`);
  }
}
