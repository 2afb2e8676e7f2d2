import { isModeId as isLabMode, type ModeId as LabMode } from '../../modes/mode-names.ts';

/**
 * The app's addresses live in the URL's hash (`#/models`), so the static build needs no server
 * rewrites and works from any sub-path. Parsing is pure, so it is tested without a browser.
 */
export type Route =
  | { name: 'home' }
  | { name: 'models' }
  | { name: 'lessons' }
  /** One slide: `#/lessons/02-batch/3` is the third slide (1-based) of lesson 02-batch. */
  | { name: 'slide'; lesson: string; slide: number }
  /** The instructor's view of a slide: the slide, its notes, what comes next, a timer. */
  | { name: 'present'; lesson: string; slide: number }
  /** The audience's view of a slide, for the projector: the slide alone, no site chrome. */
  | { name: 'show'; lesson: string; slide: number }
  /** A lesson's quiz (`#/lessons/02-batch/quiz`), or the final one (`#/quiz/final`: lesson 'final'). */
  | { name: 'quiz'; lesson: string }
  /** Progress, language and theme, with export, import and reset. */
  | { name: 'settings' }
  /** The labs' index, `#/lab`. */
  | { name: 'labs' }
  /** One lab with its state in the query: `#/lab/online?preset=chatbot&servers=6`. */
  | { name: 'lab'; mode: LabMode; query: string }
  /** The decision assistant with its case in the query: `#/decide?known=no&maxAgeS=0.3&...`. */
  | { name: 'decide'; query: string }
  | { name: 'not-found'; path: string };

/** The three ways of showing one slide, each at its own address. */
const SLIDE_VIEWS = ['slide', 'present', 'show'] as const;
export type SlideRouteName = (typeof SLIDE_VIEWS)[number];

/** The first part of each view's address: `#/lessons/02-batch/3`, `#/present/02-batch/3`. */
const SLIDE_PATHS: Record<SlideRouteName, string> = {
  slide: 'lessons',
  present: 'present',
  show: 'show',
};

export type NavRoute = 'home' | 'lessons' | 'lab' | 'models' | 'settings';

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const path = (queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/models') return { name: 'models' };
  if (path === '/lessons') return { name: 'lessons' };
  if (path === '/lab') return { name: 'labs' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/decide') return { name: 'decide', query };
  if (path === '/quiz/final') return { name: 'quiz', lesson: 'final' };
  const quiz = /^\/lessons\/([a-z0-9-]+)\/quiz$/.exec(path);
  if (quiz) return { name: 'quiz', lesson: quiz[1] };
  const lab = /^\/lab\/([a-z]+)$/.exec(path);
  if (lab && isLabMode(lab[1])) return { name: 'lab', mode: lab[1], query };
  const slide = /^\/([a-z]+)\/([a-z0-9-]+)(?:\/(\d+))?$/.exec(path);
  const view = slide ? SLIDE_VIEWS.find((v) => SLIDE_PATHS[v] === slide[1]) : undefined;
  if (slide && view)
    return { name: view, lesson: slide[2], slide: slide[3] === undefined ? 1 : Number(slide[3]) };
  return { name: 'not-found', path };
}

export function hrefOf(route: NavRoute): string {
  return route === 'home' ? '#/' : `#/${route}`;
}

/** A lesson's quiz, or the final quiz for 'final'. */
export function quizHref(lesson: string): string {
  return lesson === 'final' ? '#/quiz/final' : `#/lessons/${lesson}/quiz`;
}

/** The decision assistant's address; `query` is its case (see src/decide/decide-url.ts). */
export function decideHref(query = ''): string {
  return `#/decide${query === '' ? '' : `?${query}`}`;
}

/** A lab's address; `query` is the lab state (see src/lab/url-state.ts). */
export function labHref(mode: LabMode, query = ''): string {
  return `#/lab/${mode}${query === '' ? '' : `?${query}`}`;
}

export function slideHref(lesson: string, slide: number): string {
  return deckHref('slide', lesson, slide);
}

/** A slide's address in one of its views: `deckHref('present', '02-batch', 3)`. */
export function deckHref(view: SlideRouteName, lesson: string, slide: number): string {
  return `#/${SLIDE_PATHS[view]}/${lesson}/${slide}`;
}

/** Which navigation item a page belongs to. */
export function navSection(route: Route): NavRoute | null {
  if (
    route.name === 'home' ||
    route.name === 'models' ||
    route.name === 'lessons' ||
    route.name === 'settings'
  )
    return route.name;
  if (route.name === 'lab' || route.name === 'labs') return 'lab';
  // The audience view has no navigation to mark; the presenter's is part of the lessons.
  // The assistant applies lesson 05's rule: it belongs to the lessons.
  return route.name === 'slide' ||
    route.name === 'present' ||
    route.name === 'quiz' ||
    route.name === 'decide'
    ? 'lessons'
    : null;
}
