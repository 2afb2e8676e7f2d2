import initSqlJs, { type SqlJsStatic } from 'sql.js';
// `?url` makes Vite emit the wasm file into dist/assets and give its URL relative to this module,
// so the site serves SQLite itself, from any sub-path, with no CDN. The "browser" build of sql.js
// is the one the bundler resolves `sql.js` to; its wasm is the matching file.
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

/** sql.js for the browser (the store worker): the wasm comes from the site itself. */
export function loadSqlJsBrowser(): Promise<SqlJsStatic> {
  return initSqlJs({ locateFile: () => wasmUrl });
}
