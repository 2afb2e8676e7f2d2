import { createProgressStore } from './progress-store.svelte.ts';
import { applyMotionToDocument, reducesMotion, REDUCED_MOTION_QUERY } from './motion.ts';
import type { ProgressSettings } from './schema.ts';
import { applyThemeToDocument } from './theme.ts';

/** localStorage, or null where reading the property itself throws (sandboxed frames, some privacy modes). */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const systemMotion = globalThis.matchMedia?.(REDUCED_MOTION_QUERY);

/**
 * The settings made visible on `<html>`. index.html's first-paint script has set the same
 * attributes from storage before any of this loaded; this keeps them current from then on.
 */
function showSettings(settings: ProgressSettings): void {
  const doc = globalThis.document;
  if (!doc) return;
  applyThemeToDocument(doc, settings.theme);
  applyMotionToDocument(doc, reducesMotion(settings.motion, systemMotion?.matches ?? false));
}

/**
 * The page's one progress store. The settings are applied here, as soon as this module loads,
 * rather than from a component, so nothing waits for mounting.
 */
export const progress = createProgressStore({
  storage: browserStorage(),
  onSettings: showSettings,
});

// With 'system', a change of the operating system's setting applies at once, without a reload.
systemMotion?.addEventListener('change', () => showSettings(progress.document.settings));

// Another tab's saves arrive as storage events; adopting them keeps both tabs' progress.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.storageArea === browserStorage()) progress.syncFromStorage(event.key, event.newValue);
});
