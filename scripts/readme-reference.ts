import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';
import type { Mode } from '../src/modes/mode.ts';
import { withReference } from '../src/modes/params/reference.ts';

/** The README with its generated reference rewritten and formatted by the project's prettier. */
export async function readmeWithReference(readme: string, modes: readonly Mode[]): Promise<string> {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  const options = (await resolveConfig(path)) ?? {};
  return format(withReference(readme, modes), { ...options, filepath: path });
}
