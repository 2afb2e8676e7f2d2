import { SeriesRecorder, type SeriesData } from '../../sim/stats/series.ts';

/** The time series `--series` adds, each the time-weighted mean over a chart bucket. */
export const BATCH_SERIES = ['runsActive', 'utilization', 'stalenessMs', 'backlog'] as const;

/**
 * Down-sampled series of a batch run, exact per bucket. Three quantities are step functions and
 * go straight to a SeriesRecorder. Staleness is not: between publications it grows with slope 1
 * (t - a, where a is the time the served data was read). But a is a step function, and the mean
 * of t - a over a bucket is the bucket's mid-time minus the mean of a, so the recorder keeps a
 * and `finish` turns it into staleness. Before the first publication a is NaN: no prediction is
 * served, and a bucket that reaches back there reads null in JSON.
 */
export class BatchSeries {
  private readonly recorder: SeriesRecorder;
  private readonly values = new Float64Array(4);

  constructor(expectedDurationMs: number, maxPoints = 512) {
    // A power-of-two bucket width (it stays one as the recorder doubles it) makes every bucket
    // boundary exact in binary: with a width such as 0.1, floor(t / w) can land one bucket short
    // of a boundary t = (b + 1) w, and SeriesRecorder's accumulation loop then makes no progress.
    const widthMs = 2 ** Math.ceil(Math.log2(Math.max(1, expectedDurationMs / maxPoints)));
    this.recorder = new SeriesRecorder(
      ['runsActive', 'utilization', 'dataAsOfMs', 'backlog'],
      maxPoints,
      widthMs,
    );
    this.values[2] = Number.NaN;
    this.recorder.set(0, this.values);
  }

  /** The quantities at `nowMs`: recorded only when one of them changed. */
  record(
    nowMs: number,
    runsActive: number,
    utilization: number,
    dataAsOfMs: number,
    backlog: number,
  ): void {
    const v = this.values;
    if (
      v[0] === runsActive &&
      v[1] === utilization &&
      (v[2] === dataAsOfMs || (Number.isNaN(v[2]) && Number.isNaN(dataAsOfMs))) &&
      v[3] === backlog
    )
      return;
    v[0] = runsActive;
    v[1] = utilization;
    v[2] = dataAsOfMs;
    v[3] = backlog;
    this.recorder.set(nowMs, v);
  }

  finish(endMs: number): SeriesData {
    const { tMs, values } = this.recorder.finish(endMs);
    const widthMs = tMs.length > 1 ? tMs[1] - tMs[0] : endMs;
    const stalenessMs = values.dataAsOfMs.map((meanDataAsOf, b) => {
      const midMs = tMs[b] + Math.min(widthMs, endMs - tMs[b]) / 2;
      return midMs - meanDataAsOf;
    });
    return {
      tMs,
      values: {
        runsActive: values.runsActive,
        utilization: values.utilization,
        stalenessMs,
        backlog: values.backlog,
      },
    };
  }
}
