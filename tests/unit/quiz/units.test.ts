import { describe, expect, it } from 'vitest';
import { ReportFieldError, readReportField } from '../../../src/quiz/report-field.ts';
import { checkTolerance } from '../../../src/quiz/tolerance.ts';
import {
  DISPLAY_UNITS,
  fieldQuantity,
  isDisplayUnit,
  toDisplayUnit,
  unitLabel,
  unitMismatch,
} from '../../../src/lessons/quiz-units.ts';

describe('units', () => {
  it('read what a report field measures from its name', () => {
    expect(fieldQuantity('latencyMs.p99')).toBe('duration');
    expect(fieldQuantity('batch.meanRunMs')).toBe('duration');
    expect(fieldQuantity('stalenessMs.mean')).toBe('duration');
    expect(fieldQuantity('utilization')).toBe('share');
    expect(fieldQuantity('clusterUpShare')).toBe('share');
    expect(fieldQuantity('streaming.backpressure')).toBe('share');
    expect(fieldQuantity('throughputPerS')).toBe('rate');
    expect(fieldQuantity('costPerHour')).toBe('cost-rate');
    expect(fieldQuantity('streaming.lag.max')).toBe('count');
    expect(fieldQuantity('replicas.max')).toBe('count');
  });

  it('convert milliseconds and shares', () => {
    expect(toDisplayUnit(1500, 'latencyMs.p50', 'ms')).toBe(1500);
    expect(toDisplayUnit(1500, 'latencyMs.p50', 's')).toBe(1.5);
    expect(toDisplayUnit(90_000, 'stalenessMs.mean', 'min')).toBe(1.5);
    expect(toDisplayUnit(5_400_000, 'stalenessMs.mean', 'h')).toBe(1.5);
    expect(toDisplayUnit(0.25, 'utilization', '%')).toBe(25);
    expect(toDisplayUnit(418, 'streaming.lag.max', 'records')).toBe(418);
  });

  it('refuse a unit that does not fit the field', () => {
    expect(unitMismatch('latencyMs.p50', 'ms')).toBeNull();
    expect(unitMismatch('utilization', 'ms')).toMatch(/"utilization" is a share: use one of %/);
    expect(() => toDisplayUnit(1, 'streaming.lag.max', 'h')).toThrow(/is a count/);
  });

  it('have a label in each language', () => {
    for (const unit of DISPLAY_UNITS) {
      expect(isDisplayUnit(unit)).toBe(true);
      expect(unitLabel(unit).es).not.toBe('');
      expect(unitLabel(unit).en).not.toBe('');
    }
    expect(isDisplayUnit('hours')).toBe(false);
    expect(isDisplayUnit('toString')).toBe(false);
  });
});

describe('readReportField', () => {
  const report = {
    latencyMs: { p99: 12.5 },
    streaming: { lag: { max: 3 } },
    list: [1, 2],
    nan: null,
  };

  it('reads a dotted path to a number', () => {
    expect(readReportField(report, 'latencyMs.p99')).toBe(12.5);
    expect(readReportField(report, 'streaming.lag.max')).toBe(3);
  });

  it('names the missing part of a path', () => {
    expect(() => readReportField(report, 'latencyMs.p95')).toThrow(
      'the report has no field "latencyMs.p95": no "p95" in "latencyMs"',
    );
    expect(() => readReportField(report, 'stalenessMs.mean')).toThrow(
      /no "stalenessMs" in "\(report\)"/,
    );
    expect(() => readReportField(report, 'latencyMs.p99.x')).toThrow(
      /"latencyMs.p99" is not an object/,
    );
    expect(() => readReportField(null, 'x')).toThrow(ReportFieldError);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => readReportField(report, 'list')).toThrow(/"list" is not a finite number: \[1,2\]/);
    expect(() => readReportField(report, 'nan')).toThrow(/not a finite number: null/);
    expect(() => readReportField({ x: Number.NaN }, 'x')).toThrow(/not a finite number/);
  });
});

describe('checkTolerance', () => {
  it('reports the error and the allowance', () => {
    expect(checkTolerance(12, 10, { kind: 'absolute', value: 2 })).toEqual({
      within: true,
      error: 2,
      allowed: 2,
    });
    expect(checkTolerance(-8, -10, { kind: 'relative', value: 0.2 })).toMatchObject({
      within: true,
      allowed: 2,
    });
    expect(checkTolerance(7.9, 10, { kind: 'relative', value: 0.2 }).within).toBe(false);
  });
});
