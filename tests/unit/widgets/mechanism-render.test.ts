/**
 * The strips rendered on the server (svelte/server: no effects, no DOM) from real snapshots of each
 * mode, in both languages: a <figure> whose caption says the state in words, nothing that takes
 * focus, and never "NaN" or "undefined".
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/locale/locales.ts';
import { modeViewOf } from '../../../src/ui/lab/mode-view.ts';
import MechanismStrip from '../../../src/ui/widgets/mechanism/MechanismStrip.svelte';
import { playedSnapshot } from './mechanism-fixtures.ts';

const played = {
  online: playedSnapshot('online', 20_000),
  batch: playedSnapshot('batch', 2 * 3_600_000),
  streaming: playedSnapshot('streaming', 60_000),
  fresh: playedSnapshot('batch', 0),
};

describe('MechanismStrip on the server', () => {
  for (const locale of locales) {
    for (const [name, snapshot] of Object.entries(played)) {
      it(`draws the ${name} strip in ${locale}`, () => {
        const mode = snapshot.mode as 'online' | 'batch' | 'streaming';
        const data = modeViewOf(snapshot, mode)!;
        const { body } = render(MechanismStrip, {
          props: { data, nowMs: snapshot.nowMs, endMs: snapshot.endMs, locale },
        });
        expect(body).toContain('<figure');
        const caption = body.match(/<figcaption[^>]*>([^<]*)<\/figcaption>/)?.[1] ?? '';
        expect(caption).toMatch(locale === 'es' ? /^Tiempo simulado: / : /^Simulated time: /);
        expect(body).toContain('t = ');
        expect(body).not.toMatch(/NaN|undefined|Infinity/);
        expect(body).not.toMatch(/tabindex|<button|<a /);
        expect(body).toContain('aria-hidden="true"');
      });
    }
  }
});
