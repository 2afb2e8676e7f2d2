/**
 * Bounds on what the store accepts. They keep memory and browser storage bounded (a run is at
 * most ROWS_PER_RUN_MAX rows and at most RETENTION_MAX published runs are kept) and keep every
 * answer small enough to post between threads and draw in a table.
 */
export const STORE_LIMITS = {
  modelNameMaxChars: 100,
  entityIdMaxChars: 200,
  labelMaxChars: 100,
  /** The features of one prediction, as JSON text. */
  featuresMaxChars: 4096,
  rowsPerWriteMax: 200_000,
  rowsPerRunMax: 200_000,
  retentionMin: 1,
  retentionMax: 10,
  retentionDefault: 3,
  topKMax: 1000,
  /** `query` stops reading after this many rows and says the result is truncated. */
  queryRowsMax: 1000,
  sqlMaxChars: 10_000,
  paramsMax: 100,
  paramMaxChars: 1000,
} as const;
