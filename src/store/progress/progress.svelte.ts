import { createProgressStore } from './progress-store.svelte.ts';
import { applyThemeToDocument } from './theme.ts';

/** localStorage, or null where reading the property itself throws (sandboxed frames, some privacy modes). */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The page's one progress store. The theme is applied here, as soon as this module loads, rather
 * than from a component, so a page in a chosen dark theme does not wait for mounting to turn dark.
 */
export const progress = createProgressStore({
  storage: browserStorage(),
  onSettings: (settings) => {
    if (globalThis.document) applyThemeToDocument(globalThis.document, settings.theme);
  },
});

// Another tab's saves arrive as storage events; adopting them keeps both tabs' progress.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.storageArea === browserStorage()) progress.syncFromStorage(event.key, event.newValue);
});
