/**
 * The components rendered on the server (svelte/server: no effects, no DOM) with sample and empty
 * data in both languages: every chart names itself for assistive technology, offers its text
 * alternative, and never shows "NaN" or "undefined".
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartMessages } from '../../../src/i18n/chart-messages.ts';
import type { ChartText } from '../../../src/i18n/chart-text.ts';
import GanttChart from '../../../src/ui/charts/GanttChart.svelte';
import LatencyHistogram from '../../../src/ui/charts/LatencyHistogram.svelte';
import PartitionLogs from '../../../src/ui/charts/PartitionLogs.svelte';
import ReplicaStrip from '../../../src/ui/charts/ReplicaStrip.svelte';
import RequestFlow from '../../../src/ui/charts/RequestFlow.svelte';
import TimeSeriesChart from '../../../src/ui/charts/TimeSeriesChart.svelte';

/** Server-side HTML of a rendered component. */
const html = (rendered: { body: string }): string => rendered.body;

function ariaLabel(out: string, role: 'img' | 'group'): string {
  const m = out.match(new RegExp(`role="${role}" aria-label="([^"]*)"`));
  return m ? m[1] : '';
}

const cases = (text: ChartText) => ({
  series: html(
    render(TimeSeriesChart, {
      props: {
        text,
        data: { tMs: [0, 1000, 2000], values: { q: [1, 12, Number.NaN], r: [1, 1, 2] } },
        lines: [
          { key: 'q', label: 'Q' },
          { key: 'r', label: 'R', colorVar: '--color-online' },
        ],
        title: 'T',
        yLabel: 'Y',
        unit: 'u',
        xEndMs: 60_000,
        threshold: { value: 3, label: 'SLO' },
      },
    }),
  ),
  seriesEmpty: html(
    render(TimeSeriesChart, {
      props: {
        text,
        data: null,
        lines: [{ key: 'q', label: 'Q' }],
        title: 'T',
        yLabel: 'Y',
        xEndMs: 0,
      },
    }),
  ),
  histogram: html(
    render(LatencyHistogram, {
      props: {
        text,
        buckets: [
          [10, 11, 5],
          [20, 21, 3],
        ],
        summary: { mean: 14, p50: 10.5, p90: 20, p95: 20.5, p99: 20.9, max: 21 },
        title: 'H',
        slo: { valueMs: 100, label: 'SLO' },
        theory: { valueMs: 13, label: 'Erlang C' },
      },
    }),
  ),
  histogramEmpty: html(
    render(LatencyHistogram, {
      props: {
        text,
        buckets: [],
        summary: {
          mean: Number.NaN,
          p50: Number.NaN,
          p90: Number.NaN,
          p95: Number.NaN,
          p99: Number.NaN,
          max: Number.NaN,
        },
        title: 'H',
      },
    }),
  ),
  gantt: html(
    render(GanttChart, {
      props: {
        text,
        runs: [
          {
            runId: 1,
            scheduledMs: 0,
            startMs: 0,
            endMs: 5000,
            outcome: 'succeeded',
            attempts: 1,
            rows: 1200,
          },
          {
            runId: 2,
            scheduledMs: 3000,
            startMs: 5000,
            endMs: null,
            outcome: 'running',
            attempts: 2,
            rows: 900,
          },
          {
            runId: 3,
            scheduledMs: 6000,
            startMs: null,
            endMs: 6000,
            outcome: 'skipped',
            attempts: 0,
            rows: 0,
          },
          {
            runId: 4,
            scheduledMs: 6500,
            startMs: 6500,
            endMs: 6900,
            outcome: 'failed',
            attempts: 3,
            rows: 400,
          },
          {
            runId: 5,
            scheduledMs: 6800,
            startMs: null,
            endMs: null,
            outcome: 'queued',
            attempts: 0,
            rows: 0,
          },
        ],
        nowMs: 7000,
        title: 'G',
        xEndMs: 10_000,
      },
    }),
  ),
  ganttEmpty: html(render(GanttChart, { props: { text, runs: [], nowMs: 0, title: 'G' } })),
  partitions: html(
    render(PartitionLogs, {
      props: {
        text,
        partitions: [
          { logEnd: 100, committed: 80, consumer: 1 },
          { logEnd: 50, committed: 50, consumer: null },
        ],
        title: 'P',
      },
    }),
  ),
  partitionsEmpty: html(render(PartitionLogs, { props: { text, partitions: [], title: 'P' } })),
});

describe.each(['es', 'en'] as const)('chart components rendered (%s)', (locale) => {
  const text = chartMessages[locale];
  const out = cases(text);

  it('never print NaN or undefined', () => {
    for (const [name, body] of Object.entries(out)) {
      expect(body, name).not.toMatch(/NaN|undefined|\[object/);
    }
  });

  it('name each SVG chart and offer the table, its toggle collapsed', () => {
    for (const [name, body] of Object.entries(out)) {
      expect(ariaLabel(body, 'img').length, name).toBeGreaterThan(3);
      expect(body, name).toContain(`aria-expanded="false"`);
      expect(body, name).toContain(text.figure.showTable);
      expect(body, name).toContain(text.figure.downloadSvg);
    }
  });

  it('summarise the current values in the accessible name', () => {
    expect(ariaLabel(out.series, 'img')).toContain(
      text.series.lastValue('Q', text.withUnit(12, 'u')),
    );
    expect(ariaLabel(out.seriesEmpty, 'img')).toContain('T');
    expect(ariaLabel(out.histogram, 'img')).toContain(text.duration(20.9));
    expect(ariaLabel(out.gantt, 'img')).toContain(text.gantt.lanes(3));
    expect(ariaLabel(out.partitions, 'img')).toContain(text.partitions.records(20));
    expect(out.partitions).toContain(text.partitions.unassigned);
  });

  it('tell outcomes apart by more than colour: patterns and glyphs', () => {
    expect(out.gantt).toMatch(/<pattern id="[^"]+-failed"/);
    expect(out.gantt).toMatch(/fill: url\(#[^)]+-failed\)/);
    expect(out.gantt).toContain('✓');
    for (const outcome of Object.values(text.gantt.outcomes)) expect(out.gantt).toContain(outcome);
  });

  it('shows replicas as text, grouped by version, with the queue', () => {
    const body = html(
      render(ReplicaStrip, {
        props: {
          text,
          replicas: [
            { slot: 0, uid: 0, version: 0, state: 'ready' },
            { slot: 1, uid: 3, version: 1, state: 'loading' },
          ],
          queueLength: 4,
          title: 'R',
        },
      }),
    );
    expect(body).toContain(text.replicas.version(1));
    expect(body).toContain(text.replicas.version(2));
    expect(body).toContain(text.replicas.states.ready);
    expect(body).toContain(text.replicas.states.loading);
    expect(body).toContain(text.replicas.requests(4));
    expect(ariaLabel(body, 'group')).toContain('R');
    expect(body).not.toContain(text.figure.downloadSvg);
  });

  it('shows the request counts as text, and no canvas with reduced motion', () => {
    const totals = { arrived: 1234, completed: 1200, rejected: 4, timedOut: 0 };
    const props = { text, recent: [], replicas: [], queueLength: 3, totals, title: 'F' };
    const moving = html(render(RequestFlow, { props: props }));
    const still = html(render(RequestFlow, { props: { ...props, reducedMotion: true } }));
    expect(moving).toContain('<canvas');
    expect(still).not.toContain('<canvas');
    for (const body of [moving, still]) {
      expect(body).toContain(text.flow.count(text.flow.counts.arrived, 1234));
      expect(body).toContain(text.flow.count(text.flow.counts.rejected, 4));
      expect(body).toContain(text.flow.queued(3));
    }
  });
});
