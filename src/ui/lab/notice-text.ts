import type { LabText } from '../../i18n/lab-text.ts';
import type { Locale } from '../../locale/locales.ts';
import type { ModeId } from '../../modes/mode-names.ts';
import { refusalText } from '../../modes/params/messages.ts';
import { specOf } from '../../modes/params/table.ts';
import type { Refusal } from '../../modes/params/validate.ts';
import { modeById } from '../../modes/registry.ts';
import type { UrlNotice } from '../../lab/url-state.ts';
import type { LabNotice } from '../../worker/lab-protocol.ts';
import { numberFormat } from '../../locale/number-format.ts';

/** A parameter's label in the learner's language, from its mode's table. */
export function paramLabel(mode: ModeId, key: string, locale: Locale): string {
  return specOf(modeById(mode).params, key)?.label[locale] ?? key;
}

/** A refusal in the learner's language: the control's label, the value, what is accepted. */
export function refusalMessage(mode: ModeId, refusal: Refusal, locale: Locale): string {
  // Bounds exactly as the table has them (4,294,967,295, not 4,294,970,000).
  const exact = numberFormat(locale, { maximumFractionDigits: 6 });
  return refusalText(refusal, paramLabel(mode, refusal.key, locale), locale, (n) =>
    exact.format(n),
  );
}

/** A notice about the address, in the learner's language. */
export function urlNoticeText(
  text: LabText,
  locale: Locale,
  mode: ModeId,
  notice: UrlNotice,
): string {
  switch (notice.kind) {
    case 'unknown-preset':
      return text.notices.unknownPreset(notice.got);
    case 'unknown-parameter':
      return text.notices.unknownParameter(notice.flag);
    case 'refused':
      return text.notices.dropped(refusalMessage(mode, notice.refusal, locale));
  }
}

/** A notice from the engine worker, in the learner's language. */
export function labNoticeText(
  text: LabText,
  locale: Locale,
  mode: ModeId,
  notice: LabNotice,
): string {
  if (notice.type === 'invalid') return refusalMessage(mode, notice.refusal, locale);
  return text.notices.restarted(notice.keys.map((k) => paramLabel(mode, k, locale)).join(', '));
}
