import type { Locale } from '../locale/locales.ts';
import type { PresetName } from '../model/case-names.ts';
import type { LocalizedText } from './localized.ts';
import type { Block } from './markdown.ts';
import type { Quiz } from './quiz-types.ts';
import type { WidgetName } from './widget-spec.ts';

/** A slide's words in one language. */
export interface SlideText {
  title: string;
  body: readonly Block[];
  /** Speaker notes for the presenter view; empty when the slide has none. */
  notes: readonly Block[];
}

export interface Slide {
  /** Unique in the course; also the slide's address. */
  id: string;
  /** The deck slides it covers (1-based numbers into DECK_SLIDES), ascending. */
  deckSlides: readonly number[];
  /** The live widget that shows the slide's claim, if any. */
  widget: WidgetName | null;
  /** The example to open in the lab, if any. */
  preset: PresetName | null;
  text: Readonly<Record<Locale, SlideText>>;
}

export interface Lesson {
  /** The folder name, e.g. "02-batch". */
  id: string;
  /** 1-based position in the course, from the folder name. */
  number: number;
  title: LocalizedText;
  summary: Readonly<Record<Locale, readonly Block[]>>;
  /** Notes about the lesson itself, e.g. how it departs from the deck. */
  notes: readonly LocalizedText[];
  slides: readonly Slide[];
  quiz: Quiz;
}

export interface Course {
  lessons: readonly Lesson[];
  finalQuiz: Quiz;
}
