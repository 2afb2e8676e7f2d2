import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelManifest } from '../catalog.ts';

/** Reads `manifest.json` from a models folder (public/models). */
export async function readManifest(modelsDir: string): Promise<ModelManifest> {
  return JSON.parse(await readFile(join(modelsDir, 'manifest.json'), 'utf8')) as ModelManifest;
}

/**
 * The file of a manifest entry on disk. Its `path` is relative to the site root ("models/x/..."),
 * and the manifest sits in that "models" folder, so the path is resolved against the manifest's
 * folder minus the leading "models/" (the folder may have another name, e.g. a scratch copy).
 */
export function modelFile(modelsDir: string, path: string): string {
  return join(modelsDir, path.replace(/^models\//, ''));
}
