import { BATCH_DEFAULTS, type BatchConfig } from '../../../src/modes/batch/config.ts';

/** Deterministic runs: `seconds` of work for one worker, every 60 s, no queries, for an hour. */
export const runsOf = (seconds: number, overrides: Partial<BatchConfig> = {}): BatchConfig => ({
  ...BATCH_DEFAULTS,
  intervalS: 60,
  rows: seconds * 1000,
  service: { kind: 'deterministic', mean: 1 },
  workers: 1,
  queryRatePerS: 0,
  durationS: 3600,
  ...overrides,
});
