/**
 * Reads a figure out of a simulation report by its dotted path ("latencyMs.p99",
 * "streaming.lag.max"): the simulated value that a prediction is graded against.
 */
export class ReportFieldError extends Error {
  override name = 'ReportFieldError';
}

export function readReportField(report: unknown, field: string): number {
  let value: unknown = report;
  const walked: string[] = [];
  for (const segment of field.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ReportFieldError(
        `the report has no field "${field}": "${walked.join('.') || '(report)'}" is not an object`,
      );
    }
    if (!Object.hasOwn(value, segment)) {
      throw new ReportFieldError(
        `the report has no field "${field}": no "${segment}" in "${walked.join('.') || '(report)'}"`,
      );
    }
    value = (value as Record<string, unknown>)[segment];
    walked.push(segment);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReportFieldError(
      `the report's "${field}" is not a finite number: ${JSON.stringify(value)}`,
    );
  }
  return value;
}
