import type { LabText } from '../../i18n/lab-messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { UrlNotice } from '../../lab/url-state.ts';
import type { LabNotice } from '../../worker/lab-protocol.ts';
import { formatNumber } from '../models/format.ts';

const label = (text: LabText, flag: string) => text.params[flag] ?? flag;

/** A notice about the address, in the learner's language. */
export function urlNoticeText(text: LabText, locale: Locale, notice: UrlNotice): string {
  const n = text.notices;
  switch (notice.kind) {
    case 'unknown-preset':
      return n.unknownPreset(notice.got);
    case 'unknown-parameter':
      return n.unknownParameter(notice.flag);
    case 'out-of-range':
      return n.outOfRange(
        label(text, notice.flag),
        notice.got,
        formatNumber(locale, notice.min, 6),
        formatNumber(locale, notice.max, 6),
      );
    case 'not-a-choice':
      return n.notAChoice(
        label(text, notice.flag),
        notice.got,
        notice.choices.map((c) => text.params[`${notice.flag}:${c}`] ?? c).join(', '),
      );
    case 'malformed':
      return n.malformed(label(text, notice.flag), notice.got);
  }
}

/** A notice from the engine worker, in the learner's language (the engine's detail as it is). */
export function labNoticeText(text: LabText, notice: LabNotice): string {
  if (notice.type === 'invalid')
    return text.notices.refused(label(text, notice.flag), notice.message);
  return text.notices.restarted(notice.flags.map((f) => label(text, f)).join(', '));
}
