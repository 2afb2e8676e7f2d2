import { progress } from '../../store/progress/progress.svelte.ts';
import { negotiateLocale, type Locale } from '../../locale/locales.ts';

/**
 * The language is one of the learner's settings, so it is kept with their progress (validated,
 * exported, imported and reset together; see src/store/progress). Until the learner picks one, the
 * browser's preferred languages decide. The key this file used before is migrated from there.
 */
const browserLocale: Locale = negotiateLocale(globalThis.navigator?.languages ?? []);

/** The language the interface is shown in: read `locale.current`, change it with `setLocale`. */
export const locale = {
  get current(): Locale {
    return progress.locale ?? browserLocale;
  },
};

export function setLocale(next: Locale): void {
  progress.setLocale(next);
}
