#!/usr/bin/env node
// Finds a Chromium (or Chrome) executable for the browser tests, in this order:
//   1. $CHROMIUM_PATH
//   2. $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
//   3. a system browser: the usual absolute paths, then the same names on $PATH
//   4. the browser Playwright downloaded itself (`npx playwright install chromium`)
// Usable from code (`findChromium()`) and as a command: prints the path and exits 0, or exits 1.
//
// System browsers come before Playwright's own because a download cannot be done everywhere this
// project runs, while a distribution package (Debian's `chromium`) can.

import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @param {string | undefined} file */
function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Like `which`: the first directory on PATH holding an executable of that name.
 * @param {string} name
 * @param {string} [searchPath]
 */
function which(name, searchPath = process.env.PATH ?? '') {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The browser Playwright downloaded, if it did; playwright-core only knows where it would be. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const file = chromium.executablePath();
    return isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * The command-line switches every headless run here starts Chromium with (the browser tests, the
 * benchmarks, Lighthouse). Chromium's sandbox cannot start as root (CI containers); elsewhere it
 * stays on. With no network, the background-networking switches stop Chromium from trying to reach
 * Google's services and logging every refused connection.
 * @returns {string[]}
 */
export function chromiumArgs() {
  return [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * @param {object} [options]
 * @param {NodeJS.ProcessEnv} [options.env] where CHROMIUM_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH and PATH are read
 * @param {readonly string[]} [options.candidates] absolute paths of system browsers, tried in order
 * @returns {Promise<string | null>} the path of a Chromium executable, or null when there is none
 */
export async function findChromium({ env = process.env, candidates = systemPaths } = {}) {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const fromEnv = env[name];
    if (!fromEnv) continue;
    if (isExecutable(fromEnv)) return fromEnv;
    // A wrong setting should not pass unnoticed behind another browser that happens to be found.
    console.warn(`${name}=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  for (const file of candidates) {
    if (isExecutable(file)) return file;
  }
  for (const name of candidates.map((file) => path.basename(file))) {
    const found = which(name, env.PATH);
    if (found) return found;
  }
  return playwrightChromium();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const found = await findChromium();
  if (found) console.log(found);
  process.exit(found ? 0 : 1);
}
