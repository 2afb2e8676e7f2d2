/**
 * `npm run docs`: rewrites the README's generated parameter and preset reference from the modes'
 * tables (src/modes/params/reference.ts), formatted as prettier formats the rest of the README.
 * tests/unit/modes/param-reference.test.ts fails while the README is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MODES } from '../src/modes/registry.ts';
import { readmeWithReference } from './readme-reference.ts';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const before = await readFile(path, 'utf8');
const after = await readmeWithReference(before, MODES);
if (after === before) process.stdout.write('README.md is up to date\n');
else {
  await writeFile(path, after);
  process.stdout.write('README.md: parameter and preset reference rewritten\n');
}
