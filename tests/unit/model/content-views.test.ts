import { describe, expect, it } from 'vitest';
import { generateContentPanel, REGIONS, weekday } from '../../../src/model/data/content-views.ts';
import { contentWindows, HISTORY_DAYS } from '../../../src/model/data/content-windows.ts';

describe('content views', () => {
  it('is a pure function of the seed', () => {
    expect(generateContentPanel(20, 28, 1)).toEqual(generateContentPanel(20, 28, 1));
    expect(generateContentPanel(20, 28, 1).views).not.toEqual(
      generateContentPanel(20, 28, 2).views,
    );
  });

  it('gives whole, non-negative view counts, zero before release', () => {
    const panel = generateContentPanel(60, 42, 3);
    expect(panel.views.every((v) => v >= 0 && Number.isInteger(v))).toBe(true);
    for (const item of panel.items) {
      for (let d = 0; d < Math.min(item.releaseDay, panel.days); d++) {
        expect(panel.views[item.id * REGIONS.length * panel.days + d]).toBe(0);
      }
    }
  });

  it('shows the weekly seasonality: sport at the weekend, news on weekdays', () => {
    const panel = generateContentPanel(300, 56, 4);
    const byWeekday = (category: string) => {
      const sums = new Array<number>(7).fill(0);
      for (const item of panel.items.filter((i) => i.category === category)) {
        for (let r = 0; r < REGIONS.length; r++) {
          for (let d = 0; d < panel.days; d++) {
            sums[weekday(d)] += panel.views[(item.id * REGIONS.length + r) * panel.days + d];
          }
        }
      }
      return sums;
    };
    const sports = byWeekday('sports');
    const news = byWeekday('news');
    expect(sports[6]).toBeGreaterThan(sports[1]); // Sunday over Tuesday
    expect(news[1]).toBeGreaterThan(news[6]);
  });

  it('cuts windows with the full history, ending the day before the forecast', () => {
    const panel = generateContentPanel(10, 30, 5);
    const rows = contentWindows(panel);
    expect(rows.length).toBeGreaterThan(0);
    for (const w of rows) {
      expect(w.history).toHaveLength(HISTORY_DAYS);
      const r = REGIONS.indexOf(w.region);
      const start = (w.itemId * REGIONS.length + r) * panel.days;
      expect(w.history[HISTORY_DAYS - 1]).toBe(panel.views[start + w.day - 1]);
      expect(w.views).toBe(panel.views[start + w.day]);
    }
  });
});
