import { PRESET_NAMES } from '../model/case-names.ts';
import type { Mode } from '../modes/mode.ts';
import { PARAM_GROUPS, type ParamSpec } from '../modes/params/table.ts';
import { acceptedText } from '../modes/params/messages.ts';
import { textFromValue } from '../modes/params/text.ts';
import { acceptedBy } from '../modes/params/validate.ts';

/** `--help`, written from the modes' tables: every flag once per mode, grouped, with its range. */
export function formatHelp(modes: readonly Mode[]): string {
  const ids = modes.map((m) => m.id).join('|');
  const lines = [
    `Usage: npm run -s simulate -- --mode ${ids} [--FLAG VALUE ...] [--json] [--series]`,
    '       npm run -s simulate -- --preset NAME [--mode MODE] [--set FLAG=VALUE ...] [--json] [--series]',
    '',
    'Options for every mode:',
    row(
      '--mode MODE',
      `what to simulate: ${modes.map((m) => m.id).join(', ')} (default online, or the preset's home mode)`,
    ),
    row('--preset NAME', `one of the slide deck's cases: ${PRESET_NAMES.join(', ')}`),
    row(
      '--set FLAG=VALUE',
      "change one of the preset's settings (repeatable), e.g. --set consumers=12; a switch takes on or off",
    ),
    row('--json', 'print one JSON object instead of the readable report'),
    row('--series', 'add down-sampled time series (for charts) to the JSON report'),
    row('--help', 'show this help'),
  ];
  for (const mode of modes) {
    lines.push('', `--mode ${mode.id}: ${mode.summary}`);
    for (const group of PARAM_GROUPS) {
      const specs = mode.params.filter((s) => s.group === group);
      if (specs.length === 0) continue;
      lines.push(`  ${group}:`);
      for (const spec of specs)
        lines.push(
          row(`  --${spec.flag}${spec.metavar ? ` ${spec.metavar}` : ''}`, describe(spec)),
        );
    }
  }
  return lines.join('\n') + '\n';
}

function row(left: string, text: string): string {
  return `  ${left.padEnd(32)} ${text}`;
}

/** Help text, then what is accepted and the default. */
export function describe(spec: ParamSpec): string {
  const accepted =
    spec.kind === 'toggle' || spec.kind === 'text'
      ? ''
      : `; ${acceptedText(acceptedBy(spec), 'en')}`;
  const value = spec.default;
  const shown = Array.isArray(value) && value.length === 0 ? 'none' : textFromValue(value);
  const real = spec.realWorld ? ` [${spec.realWorld}]` : '';
  return `${spec.help.en}${accepted}; default ${shown}${real}`;
}
