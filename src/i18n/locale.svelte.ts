import { isLocale, negotiateLocale, type Locale } from './locales.ts';

/** Versioned so that a future change in what is stored can ignore old values instead of misreading them. */
export const localeStorageKey = 'tipos-de-despliegue:locale:v1';

function readStoredLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(localeStorageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): then nothing is remembered.
    return null;
  }
}

function storeLocale(next: Locale): void {
  try {
    globalThis.localStorage?.setItem(localeStorageKey, next);
  } catch {
    // Same as above: the choice still applies to this visit.
  }
}

function initialLocale(): Locale {
  return readStoredLocale() ?? negotiateLocale(globalThis.navigator?.languages ?? []);
}

let current = $state<Locale>(initialLocale());

/** The language the interface is shown in: read `locale.current`, change it with `setLocale`. */
export const locale = {
  get current(): Locale {
    return current;
  },
};

export function setLocale(next: Locale): void {
  current = next;
  storeLocale(next);
}
