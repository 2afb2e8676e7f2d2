import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A `fetch` that serves a folder as if it were the site (`http://site/models/x` reads
 * `<root>/models/x`), so the browser's loading code runs unchanged under Node.
 */
export function fileFetch(root: string): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = decodeURIComponent(new URL(String(input)).pathname);
    try {
      return new Response(await readFile(join(root, path)), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}
