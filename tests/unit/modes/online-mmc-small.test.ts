import { describe } from 'vitest';
import { checkMmc } from './mmc-validation.ts';

// Split from online-mmc-large.test.ts so that Vitest runs the two halves on both cores.
describe('online mode against M/M/c theory (1 and 2 replicas)', () => {
  for (const servers of [1, 2]) for (const rho of [0.5, 0.8, 0.9]) checkMmc(servers, rho);
});
