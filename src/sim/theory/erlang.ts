// Erlang B and Erlang C. Units, sources and conventions: src/sim/theory.ts.
import { requireNonNegative, requireServers } from './checks.ts';

/**
 * Erlang B: blocking probability of an M/M/c/c loss system offered `offeredLoad` = lambda S
 * erlangs. Stable recurrence B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)), which never forms a^c
 * or c! and stays in [0, 1] (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 3, M/M/m/m;
 * Gross & Harris, Erlang loss formula).
 */
export function erlangB(servers: number, offeredLoad: number): number {
  requireServers(servers);
  requireNonNegative('offeredLoad', offeredLoad);
  let b = 1;
  for (let k = 1; k <= servers; k++) {
    const ab = offeredLoad * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * Erlang C: probability that an arrival to an M/M/c queue has to wait, from Erlang B:
 * C = B / (1 - rho (1 - B)), rho = a / c (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 3,
 * M/M/m). Without a steady state (rho >= 1) every arrival eventually waits: returns 1.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  const b = erlangB(servers, offeredLoad);
  const rho = offeredLoad / servers;
  if (rho >= 1) return 1;
  return b / (1 - rho * (1 - b));
}
