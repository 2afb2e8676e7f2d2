#!/usr/bin/env node
// `npm run test:e2e`: build the site, then run the Playwright tests against it with a Chromium found
// on this machine. Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- --headed`).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (/** @type {string} */ name) => path.join(root, 'node_modules', '.bin', name);

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

const chromium = await findChromium();
if (!chromium) {
  console.error(
    'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium',
  );
  process.exit(1);
}

const buildStatus = run(bin('vite'), ['build', '--logLevel', 'warn']);
if (buildStatus !== 0) process.exit(buildStatus);

// Handing the path on spares the config a second search and guarantees both agree.
const env = { ...process.env, CHROMIUM_PATH: chromium };
process.exit(run(bin('playwright'), ['test', ...process.argv.slice(2)], env));
