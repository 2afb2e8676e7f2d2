import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../../src/lessons/widgets.ts';
import { isWidgetField } from '../../../src/lessons/widget-fields.ts';
import { barPosition, widgetFigure } from '../../../src/ui/widgets/widget-figure.ts';

const report = (e2pP99: number, cost: number | null, extra: object = {}) => ({
  headline: {
    eventToPredictionMs: { p50: e2pP99 / 2, p99: e2pP99 },
    costPer1000Predictions: cost,
    lookupMs: { p50: 2 },
    utilization: 0.5,
  },
  ...extra,
});

describe('the one figure of a slide widget', () => {
  it('knows every field a widget shows: its label and its kind', () => {
    for (const widget of Object.values(WIDGETS))
      for (const fields of Object.values(widget.shows))
        for (const field of fields ?? []) expect(isWidgetField(field), field).toBe(true);
  });

  it("draws a field several modes show as one bar per mode on one scale, with the case's target", () => {
    const panels = widgetFigure(
      WIDGETS['mode-latency'],
      {
        batch: report(3_600_000, 0.001),
        online: report(40, 0.01),
        streaming: report(5_000, 0.02),
      },
      60_000,
    );
    const p99 = panels.find(
      (p) => p.kind === 'bars' && p.field === 'headline.eventToPredictionMs.p99',
    );
    expect(p99).toMatchObject({
      kind: 'bars',
      rows: [
        { key: 'batch', value: 3_600_000 },
        { key: 'online', value: 40 },
        { key: 'streaming', value: 5_000 },
      ],
      // 40 ms beside an hour: a linear scale would hide online's bar.
      log: true,
      targetMs: 60_000,
    });
    if (p99?.kind !== 'bars') throw new Error('no bars');
    // The longest bar fills the track; the shortest still shows; order is kept.
    expect(barPosition(p99, 3_600_000)).toBe(1);
    expect(barPosition(p99, 40)).toBeGreaterThan(0);
    expect(barPosition(p99, 40)).toBeLessThan(barPosition(p99, 5_000));
    expect(barPosition(p99, 60_000)).toBeLessThan(1);
  });

  it('draws one mode’s durations together, and other fields as values', () => {
    const panels = widgetFigure(
      WIDGETS['network-dependence'],
      { online: { latencyMs: { p50: 50, p99: 80 } } },
      null,
    );
    expect(panels).toEqual([
      {
        kind: 'bars',
        field: null,
        mode: 'online',
        rows: [
          { key: 'latencyMs.p50', value: 50 },
          { key: 'latencyMs.p99', value: 80 },
        ],
        log: false,
        targetMs: null,
        fullScale: null,
      },
    ]);
  });

  it('draws shares against the whole: a machine busy 0.05 % of the time has a sliver of a bar', () => {
    const panels = widgetFigure(
      WIDGETS['infrastructure-cost'],
      {
        batch: report(1, 0.001, {}),
        online: { headline: { ...report(1, 0.01).headline, utilization: 0.0005 } },
        streaming: { headline: { ...report(1, 0.02).headline, utilization: 0.0003 } },
      },
      null,
    );
    const busy = panels.find((p) => p.kind === 'bars' && p.field === 'headline.utilization');
    if (busy?.kind !== 'bars') throw new Error('no bars of utilisation');
    expect(busy).toMatchObject({ log: false, fullScale: 1 });
    expect(barPosition(busy, 0.5)).toBe(0.5);
    expect(barPosition(busy, 0.0005)).toBeCloseTo(0.0005);
  });

  it('leaves a value it does not have empty, not zero', () => {
    const panels = widgetFigure(WIDGETS['infrastructure-cost'], { batch: report(1, null) }, null);
    const cost = panels.find(
      (p) => p.kind === 'bars' && p.field === 'headline.costPer1000Predictions',
    );
    expect(cost).toMatchObject({
      rows: [
        { key: 'batch', value: null },
        { key: 'online', value: null },
        { key: 'streaming', value: null },
      ],
    });
  });
});
