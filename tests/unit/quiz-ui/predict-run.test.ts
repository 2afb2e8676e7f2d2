import { describe, expect, it } from 'vitest';
import { LabRunner } from '../../../src/worker/lab-runner.ts';
import type { LabSnapshot } from '../../../src/worker/lab-protocol.ts';
import { ReportFieldError } from '../../../src/quiz/report-field.ts';
import {
  labStateOf,
  reportOf,
  runProgress,
  simulatedValue,
} from '../../../src/ui/quiz/predict-run.ts';
import { predict } from '../quiz/fixtures.ts';

describe('a predict question in the lab', () => {
  it("becomes a lab state with the question's mode, preset and values (flags turned into keys)", () => {
    expect(labStateOf(predict.run)).toEqual({
      mode: 'online',
      preset: 'hotel-activities',
      values: { networkRttMs: 200 },
    });
  });

  it('has no value before the run finishes, and its progress grows from 0 to 1', () => {
    const runner = new LabRunner(labStateOf(predict.run));
    const start = runner.snapshot();
    expect(runProgress(null)).toBe(0);
    expect(runProgress(start)).toBe(0);
    expect(simulatedValue(start, 'latencyMs.p50')).toBeNull();
    expect(simulatedValue(null, 'latencyMs.p50')).toBeNull();
    const halfway = { ...start, nowMs: start.endMs / 2 } as LabSnapshot;
    expect(runProgress(halfway)).toBe(0.5);
  });

  it("reads the field from the finished snapshot's report of its mode", () => {
    const runner = new LabRunner(labStateOf(predict.run));
    const finished = { ...runner.snapshot(), session: 'finished' } as LabSnapshot;
    expect(reportOf(finished)).toBe(finished.mode === 'online' ? finished.online.report : null);
    expect(() => simulatedValue(finished, 'latencyMs.p101')).toThrow(ReportFieldError);
  });

  it('refuses compare, which has no single report', () => {
    const compare = new LabRunner({ mode: 'compare', preset: 'chatbot', values: {} }).snapshot();
    expect(() => reportOf(compare)).toThrow(/one mode/);
  });
});
