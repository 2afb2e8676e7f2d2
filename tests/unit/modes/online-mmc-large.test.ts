import { describe } from 'vitest';
import { checkMmc } from './mmc-validation.ts';

describe('online mode against M/M/c theory (4 and 8 replicas)', () => {
  for (const servers of [4, 8]) for (const rho of [0.5, 0.8, 0.9]) checkMmc(servers, rho);
});
