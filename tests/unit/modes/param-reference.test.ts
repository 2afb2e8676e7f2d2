import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHelp } from '../../../src/cli/help.ts';
import { flagValues, readCommandLine } from '../../../src/cli/command-line.ts';
import type { Mode } from '../../../src/modes/mode.ts';
import { numberParam } from '../../../src/modes/params/builders.ts';
import { parameterReference } from '../../../src/modes/params/reference.ts';
import { controlsFor, defaultValues } from '../../../src/modes/params/table.ts';
import { queryFromValues, valuesFromQuery } from '../../../src/modes/params/url.ts';
import { checkValues } from '../../../src/modes/params/validate.ts';
import { MODES } from '../../../src/modes/registry.ts';
import { ONLINE_MODE } from '../../../src/modes/online/mode.ts';
import { readmeWithReference } from '../../../scripts/readme-reference.ts';

/** A parameter no mode has, added to a copy of online's table and nowhere else. */
const GPU = numberParam({
  key: 'gpuCount',
  flag: 'gpu-count',
  group: 'fleet',
  unit: 'count',
  default: 0,
  min: 0,
  max: 8,
  step: 1,
  label: { en: 'GPUs per replica', es: 'GPU por réplica' },
  help: { en: 'accelerators each replica has', es: 'aceleradores de cada réplica' },
});
const withGpu: Mode = { ...ONLINE_MODE, params: [...ONLINE_MODE.params, GPU] };

describe('one parameter table drives everything', () => {
  it('a parameter added to a copy of a table appears in --help, the URL, the controls and the README', () => {
    // --help
    expect(formatHelp([withGpu])).toMatch(
      /--gpu-count N\s+accelerators each replica has; an integer from 0 to 8; default 0/,
    );
    expect(formatHelp(MODES)).not.toContain('--gpu-count');
    // the command line reads it and validation checks its range
    const line = readCommandLine(['--gpu-count', '3'], [withGpu]);
    const given = flagValues(withGpu, line, []);
    expect('values' in given && given.values.gpuCount).toBe(3);
    expect(
      checkValues(withGpu.params, withGpu.rules, { ...defaultValues(withGpu.params), gpuCount: 9 }),
    ).toMatchObject({
      ok: false,
      refusal: { key: 'gpuCount', accepted: { kind: 'range', min: 0, max: 8 } },
    });
    // the URL: read and written back
    const base = defaultValues(withGpu.params);
    const read = valuesFromQuery(withGpu.params, withGpu.rules, base, [['gpu-count', '2']]);
    expect(read).toEqual({ values: { gpuCount: 2 }, notices: [] });
    expect(queryFromValues(withGpu.params, read.values, base)).toEqual([['gpu-count', '2']]);
    // the lab's controls
    expect(controlsFor(withGpu.params, base).basic.map((s) => s.key)).toContain('gpuCount');
    // the README's generated reference
    expect(parameterReference([withGpu])).toMatch(
      /\| `--gpu-count N` \| accelerators each replica has \| 0 \| an integer from 0 to 8 \|/,
    );
  });

  it('the README carries the reference generated from the tables (run npm run docs when it fails)', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(await readmeWithReference(readme, MODES)).toBe(readme);
  });

  it('--help lists every flag of every mode, once per mode', () => {
    const help = formatHelp(MODES);
    for (const mode of MODES) {
      const section = help.split(`--mode ${mode.id}: `)[1]?.split('\n--mode ')[0] ?? '';
      for (const spec of mode.params)
        expect(section, `${mode.id} --${spec.flag}`).toContain(`--${spec.flag}`);
    }
  });
});
