import type { ProgressV1 } from '../../../src/store/progress/schema.ts';

/** A document with something in every section, as the course would write it. */
export function validDoc(): ProgressV1 {
  return {
    app: 'tipos-de-despliegue',
    version: 1,
    slidesSeen: { '01-tipos-de-despliegue': [1, 2, 3], '02-batch': [1, 3] },
    lastSlide: { lessonId: '02-batch', slide: 3 },
    quizzes: {
      '02-batch': { best: 3.5, max: 5, attempts: 2, lastAt: '2025-03-01T10:00:00.000Z' },
      final: { best: 10, max: 12, attempts: 1, lastAt: '2025-03-02T09:30:00Z' },
    },
    settings: { locale: 'en', theme: 'dark', motion: 'reduce' },
    widgets: {
      'mode-latency': { guess: 'streaming-between', right: true, solved: false },
      'queueing-knee': { guess: 250, right: false, solved: true },
    },
  };
}

/** The fixture as loosely typed JSON, so that a test can write any value anywhere. */
export interface LooseDoc {
  [field: string]: unknown;
  slidesSeen: Record<string, unknown[]>;
  quizzes: Record<string, Record<string, unknown>>;
  settings: Record<string, unknown>;
}

/** A deep copy to corrupt in one place, leaving the fixture intact. */
export function mutated(change: (doc: LooseDoc) => void): unknown {
  const doc = JSON.parse(JSON.stringify(validDoc())) as LooseDoc;
  change(doc);
  return doc;
}

type Failure = 'quota' | 'security' | null;

/**
 * An in-memory Storage whose failures tests switch on: a full quota on writes, or a SecurityError
 * on every access (what browsers throw when storage is disabled).
 */
export class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  failWrites: Failure = null;
  failReads: Failure = null;

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    this.fail(this.failReads);
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.fail(this.failWrites);
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.fail(this.failWrites);
    this.items.set(key, String(value));
  }

  private fail(failure: Failure): void {
    if (failure === 'quota') throw new DOMException('quota exceeded', 'QuotaExceededError');
    if (failure === 'security') throw new DOMException('storage disabled', 'SecurityError');
  }
}

/** The fixture with one top-level field replaced (undefined: removed). */
export function withField(field: string, value: unknown): unknown {
  return mutated((doc) => {
    const top: Record<string, unknown> = doc;
    if (value === undefined) delete top[field];
    else top[field] = value;
  });
}
