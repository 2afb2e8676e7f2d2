import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rule of eslint.config.js (DESIGN.md, "Modes": layers one way, enforced), run on a few
 * strings through ESLint's own API: a wrong-way import is an error, a right-way one is not. The
 * file paths are only names; nothing is read from disk but the configuration.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });
});

/** The rules that fired on `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<Array<string | null>> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

describe('layers one way', () => {
  it('refuses a lab file importing the CLI', async () => {
    const code = "import { main } from '../cli/simulate.ts';\nexport const run = main;\n";
    expect(await lint('src/lab/some-file.ts', code)).toEqual(['no-restricted-imports']);
  });

  it('refuses the same import from deeper in the folder', async () => {
    const code = "import { main } from '../../cli/simulate.ts';\nexport const run = main;\n";
    expect(await lint('src/lab/predictions/some-file.ts', code)).toEqual(['no-restricted-imports']);
  });

  it('refuses a mode importing the UI, types included', async () => {
    const code =
      "import type { ChartProps } from '../ui/charts/props.ts';\nexport type P = ChartProps;\n";
    expect(await lint('src/modes/some-file.ts', code)).toEqual(['no-restricted-imports']);
  });

  it('lets the UI import the modes', async () => {
    const code = "import { modes } from '../modes/registry.ts';\nexport const all = modes;\n";
    expect(await lint('src/ui/some-file.ts', code)).toEqual([]);
  });

  it('does not trip on a subfolder named like a layer, nor on a package', async () => {
    const code =
      "import { view } from '../lab/view.ts';\nimport { scaleLinear } from 'd3';\nexport const v = [view, scaleLinear];\n";
    expect(await lint('src/ui/charts/some-file.ts', code)).toEqual([]);
  });

  it('refuses a worker started the wrong way', async () => {
    const code =
      "export const start = () => new Worker(new URL('../worker/store-worker.ts', import.meta.url));\n";
    expect(await lint('src/store/some-file.ts', code)).toEqual(['no-restricted-syntax']);
  });

  it('refuses a file in a folder the layers do not place', async () => {
    expect(await lint('src/new-folder/some-file.ts', 'export const a = 1;\n')).toEqual([
      'no-restricted-syntax',
    ]);
  });

  it('keeps the pure core free of xstate, while modes may use it', async () => {
    const code = "import { createActor } from 'xstate';\nexport const make = createActor;\n";
    expect(await lint('src/sim/some-file.ts', code)).toEqual(['no-restricted-imports']);
    expect(await lint('src/modes/some-file.ts', code)).toEqual([]);
  });
});
