/**
 * The prediction components rendered on the server (svelte/server: no effects, so no worker
 * starts) in both languages: labelled, named regions, and never "NaN" or "undefined".
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { predictionMessages } from '../../../src/i18n/prediction-messages.ts';
import BatchPredictionTable from '../../../src/ui/lab/predictions/BatchPredictionTable.svelte';
import FlaggedTransactions from '../../../src/ui/lab/predictions/FlaggedTransactions.svelte';
import TryItBox from '../../../src/ui/lab/predictions/TryItBox.svelte';
import SqlResultTable from '../../../src/ui/lab/predictions/SqlResultTable.svelte';
import StorageNotices from '../../../src/ui/lab/predictions/StorageNotices.svelte';
import { TRY_IT_FIELDS } from '../../../src/lab/predictions/try-it-fields.ts';
import { InferenceSession } from '../../../src/lab/predictions/inference-session.ts';
import { LazyStore } from '../../../src/lab/predictions/store-session-port.ts';

describe.each(['es', 'en'] as const)('the prediction components in %s', (locale) => {
  const text = predictionMessages[locale];

  it('labels every field of the try-it form and offers the send button', () => {
    const out = render(TryItBox, { props: { preset: 'hotel-cancellations', seed: 12, text } }).body;
    for (const field of TRY_IT_FIELDS['hotel-cancellations']) {
      expect(out).toMatch(new RegExp(`<label for="[^"]+-${field.key}"`));
    }
    expect(out).toContain(text.tryIt.send);
    expect(out).toContain(text.tryIt.moreFields);
    expect(out).toContain('aria-live="polite"');
    const generated = render(TryItBox, {
      props: { preset: 'hotel-activities', seed: 14, text, recent: [] },
    }).body;
    expect(generated).toContain(text.tryIt.sendGenerated);
    expect(generated).toContain(text.tryIt.recentWaiting);
    for (const out2 of [out, generated]) expect(out2).not.toMatch(/NaN|undefined/);
  });

  it('shows the batch table waiting, and the stream table’s scope', () => {
    const batch = render(BatchPredictionTable, {
      props: {
        batch: null,
        preset: 'hotel-cancellations',
        seed: 12,
        text,
      },
    }).body;
    expect(batch).toContain(text.batch.heading);
    expect(batch).toContain('hotel-cancellations-large');
    const fraud = render(FlaggedTransactions, {
      props: {
        streaming: null,
        preset: 'fraud-detection',
        seed: 15,
        text,
      },
    }).body;
    expect(fraud).toContain(text.stream.heading['fraud-detection']);
    expect(fraud).toContain(text.stream.waiting(text.stream.records['fraud-detection']));
    expect(fraud).toContain('23');
    const chat = render(FlaggedTransactions, {
      props: { streaming: null, preset: 'chatbot', seed: 13, text },
    }).body;
    expect(chat).toContain(text.stream.notBinary);
    for (const out of [batch, fraud, chat]) expect(out).not.toMatch(/NaN|undefined/);
  });

  it('renders an SQL result with translated headers, and the storage notices', () => {
    const table = render(SqlResultTable, {
      props: {
        text,
        caption: 'C',
        result: {
          sql: 'SELECT 1',
          params: [],
          columns: ['booking', 'p_cancel'],
          rows: [
            ['booking-7', 0.9123],
            ['booking-3', null],
          ],
          ms: 1,
          truncated: true,
        },
      },
    }).body;
    expect(table).toMatch(
      new RegExp(`<th scope="col"[^>]*>${text.batch.sqlColumns.p_cancel}</th>`),
    );
    expect(table).toContain('<caption');
    expect(table).toContain(locale === 'es' ? '0,912' : '0.912');
    expect(table).toContain(text.batch.truncated);
    const notices = render(StorageNotices, {
      props: {
        text,
        persistence: 'memory',
        notices: [{ kind: 'quota-exceeded', message: 'x' }],
      },
    }).body;
    expect(notices).toContain(text.storageNotices['quota-exceeded']);
    expect(notices).toContain(`aria-label="${text.noticesLabel}"`);
    expect(
      render(StorageNotices, { props: { text, persistence: 'indexeddb', notices: [] } }).body,
    ).not.toContain('<ul');
  });
});

describe('lazy workers', () => {
  it('start nothing when a session or a store is created (Node has no Worker to start)', () => {
    expect(typeof globalThis.Worker).toBe('undefined');
    const session = new InferenceSession('http://site.test/');
    const store = new LazyStore();
    session.dispose();
    store.close();
  });
});
