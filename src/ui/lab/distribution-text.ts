/**
 * The service-time distribution as the CLI writes it (`KIND:MEAN_MS[:CV]`, see
 * src/sim/distribution-spec.ts), split into the parts the lab's fields edit.
 */
export function splitDistribution(text: string): { kind: string; mean: number; cv: number | null } {
  const [kind, mean, cv] = text.split(':');
  return { kind, mean: Number(mean), cv: cv === undefined ? null : Number(cv) };
}

/** Lognormal needs a coefficient of variation; 0.5 is the CLI's example and a typical spread of
 * inference times. The other kinds take none. */
export function composeDistribution(kind: string, mean: number, cv: number | null): string {
  if (kind === 'lognormal') return `lognormal:${mean}:${cv ?? 0.5}`;
  return `${kind}:${mean}`;
}
