import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInvocation } from '../../../src/cli/simulate.ts';
import { MODES } from '../../../src/modes/registry.ts';

const FLAGS = [...new Set(MODES.flatMap((m) => m.params.map((s) => s.flag)))];
const WORDS = ['--mode', '--preset', '--set', '--json', ...FLAGS.map((f) => `--${f}`)];
const VALUES = fc.oneof(
  fc.constantFrom('0', '-1', '1e400', 'NaN', 'none', 'on', 'off', '', 'exponential:5', 'compare'),
  fc.constantFrom(...MODES.map((m) => m.id), 'chatbot', 'fraud-detection'),
  fc.double().map(String),
  fc.string({ maxLength: 30 }),
);

describe('the command line, whatever it is given', () => {
  it('resolves to values the table accepts, or one line saying what is wrong; never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), VALUES), { maxLength: 12 }),
        (argv) => {
          const read = readInvocation(argv);
          if (read === 'help') return;
          if ('error' in read) {
            expect(read.error.length).toBeGreaterThan(5);
            expect(read.error).not.toContain('\n');
            return;
          }
          expect(MODES).toContain(read.mode);
        },
      ),
      { numRuns: 500 },
    );
  });
});
