import type { ModelEntry } from '../../model/catalog.ts';

/**
 * The list of models the site serves (`models/manifest.json`, written by `npm run train`), read
 * defensively: a missing or malformed file is an error the page reports, never a crash.
 */
/** The page reads the fields it shows; the full shape is the training script's (src/model/catalog.ts). */
export type ManifestEntry = Pick<
  ModelEntry,
  | 'name'
  | 'example'
  | 'task'
  | 'size'
  | 'path'
  | 'inputDim'
  | 'labels'
  | 'params'
  | 'metric'
  | 'value'
  | 'baseline'
  | 'higherIsBetter'
>;

function isEntry(x: unknown): x is ManifestEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.name === 'string' &&
    typeof e.path === 'string' &&
    typeof e.inputDim === 'number' &&
    (e.task === 'binary' || e.task === 'multiclass' || e.task === 'regression')
  );
}

export async function fetchManifest(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<ManifestEntry[]> {
  const response = await fetchFn(new URL('models/manifest.json', baseUrl).href);
  if (!response.ok) throw new Error(`models/manifest.json answered HTTP ${response.status}`);
  const data = (await response.json()) as { models?: unknown };
  if (!Array.isArray(data.models) || !data.models.every(isEntry))
    throw new Error('models/manifest.json is not a model list');
  return data.models;
}
