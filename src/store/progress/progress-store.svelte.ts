import { untrack } from 'svelte';
import type { Locale } from '../../locale/locales.ts';
import type { MotionSetting, Theme } from './limits.ts';
import { parseProgressText, serialiseProgress } from './migrate.ts';
import {
  forget,
  isStorageFailure,
  loadProgress,
  PROGRESS_KEY,
  saveProgress,
  SET_ASIDE_KEY,
  type ProgressNotice,
} from './persistence.ts';
import type { Problem } from './problems.ts';
import {
  emptyProgress,
  type ProgressSettings,
  type ProgressV1,
  type QuizRecord,
  type SlideRef,
} from './schema.ts';
import {
  currentTime,
  settingsDiffer,
  withLocale,
  withMotion,
  withQuizAttempt,
  withSlideSeen,
  withTheme,
} from './updates.ts';
import { withWidgetGuess, withWidgetSolved, type WidgetRecord } from './widget-records.ts';

export interface ProgressStoreOptions {
  /** null when the browser gives none: the store then keeps everything in memory. */
  storage: Storage | null;
  /** Injected so tests control the dates written into quiz records. */
  now?: () => Date;
  /** Called at creation and whenever the settings may have changed (e.g. to set `data-theme`). */
  onSettings?: (settings: ProgressSettings) => void;
}

export interface ImportResult {
  ok: boolean;
  /** When refused, why; when accepted, the entries that were dropped. */
  problems: Problem[];
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/**
 * The learner's progress and settings, reactive (runes) and saved on every change. It never throws
 * at its callers: storage that is missing, blocked or full turns into `notice` and the store keeps
 * working in memory.
 */
export function createProgressStore(options: ProgressStoreOptions) {
  const { storage, now = currentTime, onSettings } = options;
  const loaded = loadProgress(storage);
  // Replaced whole on each change, never mutated: $state.raw is enough and cheaper than a proxy.
  let doc = $state.raw<ProgressV1>(loaded.value);
  let notice = $state.raw<ProgressNotice | null>(loaded.notice);
  /** False while the stored value belongs to a newer version, so it is not overwritten. */
  let writable = !loaded.readOnly;

  function persist(): boolean {
    if (!writable) return false;
    const failure = saveProgress(storage, doc);
    if (failure) notice = failure;
    else if (isStorageFailure(notice)) notice = null;
    return failure === null;
  }

  /**
   * Applies an update of the current document. Untracked, so that an $effect which records progress
   * (a slide view marking itself seen) does not also subscribe to the document it changes.
   */
  function update(change: (current: ProgressV1) => ProgressV1): void {
    untrack(() => commit(change(doc)));
  }

  function commit(next: ProgressV1): void {
    if (next === doc) return;
    const settingsChanged = next.settings !== doc.settings;
    doc = next;
    persist();
    if (settingsChanged) onSettings?.(doc.settings);
  }

  function slidesSeen(lessonId: string): readonly number[] {
    // hasOwn, not `in` or a plain read: an id such as "constructor" must not find Object.prototype's.
    return Object.hasOwn(doc.slidesSeen, lessonId) ? doc.slidesSeen[lessonId] : [];
  }

  if (loaded.rewrite && persist() && loaded.legacyKey) forget(storage, loaded.legacyKey);
  onSettings?.(loaded.value.settings);

  return {
    /** The whole document, for summaries; treat it as read-only. */
    get document(): ProgressV1 {
      return doc;
    },
    get notice(): ProgressNotice | null {
      return notice;
    },
    get lastSlide(): SlideRef | null {
      return doc.lastSlide;
    },
    get theme(): Theme {
      return doc.settings.theme;
    },
    /** The learner's choice; what it means on this machine is src/ui/shell/reduced-motion.svelte.ts. */
    get motion(): MotionSetting {
      return doc.settings.motion;
    },
    /** null: no choice made, follow the browser. */
    get locale(): Locale | null {
      return doc.settings.locale;
    },
    /** The 1-based numbers of the slides seen in a lesson, ascending. */
    slidesSeen,
    seenCount(lessonId: string): number {
      return slidesSeen(lessonId).length;
    },
    quiz(quizId: string): QuizRecord | null {
      return Object.hasOwn(doc.quizzes, quizId) ? doc.quizzes[quizId] : null;
    },
    /** What the learner answered on a widget and whether they met its challenge, or null. */
    widget(name: string): WidgetRecord | null {
      return Object.hasOwn(doc.widgets, name) ? doc.widgets[name] : null;
    },
    recordWidgetGuess(name: string, guess: string | number, right: boolean): void {
      update((current) => withWidgetGuess(current, name, guess, right));
    },
    recordWidgetSolved(name: string): void {
      update((current) => withWidgetSolved(current, name));
    },
    /** Marks a slide seen and remembers it as the place to resume; invalid ids are ignored. */
    markSlideSeen(lessonId: string, slide: number): void {
      update((current) => withSlideSeen(current, lessonId, slide));
    },
    /** One finished attempt: `score` points out of `max`; the best one and the count are kept. */
    recordQuiz(quizId: string, score: number, max: number): void {
      update((current) => withQuizAttempt(current, quizId, score, max, now()));
    },
    setTheme(theme: Theme): void {
      update((current) => withTheme(current, theme));
    },
    setLocale(locale: Locale | null): void {
      update((current) => withLocale(current, locale));
    },
    setMotion(motion: MotionSetting): void {
      update((current) => withMotion(current, motion));
    },
    /** The whole document as a pretty JSON file, the same format `importText` reads. */
    exportFile(): Blob {
      return new Blob([serialiseProgress(doc, true)], { type: 'application/json' });
    },
    /**
     * Replaces everything with an exported file's content, but only once it has passed validation:
     * a refused file changes nothing. Replace rather than merge, so that importing a backup restores
     * exactly that backup (a merge could never undo progress or change a setting back).
     */
    importText(text: string): ImportResult {
      const parsed = parseProgressText(text);
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      // The learner chose this data, so it may now be saved even over a newer version's value.
      writable = true;
      update(() => parsed.value);
      return { ok: true, problems: parsed.problems };
    },
    /** Clears progress and settings; the interface asks for confirmation before calling it. */
    reset(): void {
      writable = true;
      forget(storage, SET_ASIDE_KEY);
      if (!isStorageFailure(notice)) notice = null;
      update(emptyProgress);
    },
    dismissNotice(): void {
      notice = null;
    },
    /**
     * Adopts what another tab saved (call it on the window's `storage` event), so two open tabs do
     * not overwrite each other's progress with stale copies. Unreadable values are ignored.
     */
    syncFromStorage(key: string | null, newValue: string | null): void {
      if (key !== PROGRESS_KEY || newValue === null) return;
      const parsed = parseProgressText(newValue);
      if (!parsed.ok) return;
      const settingsChanged = settingsDiffer(parsed.value.settings, doc.settings);
      doc = parsed.value;
      if (settingsChanged) onSettings?.(doc.settings);
    },
  };
}
