import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

/**
 * sql.js for Node (tests, CLI): the wasm file is found through Node's module resolution, so it
 * works wherever node_modules is, and handed over as bytes rather than fetched.
 */
export async function loadSqlJsNode(): Promise<SqlJsStatic> {
  const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
  const wasm = await readFile(wasmPath);
  return initSqlJs({
    wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
  });
}
