import { MAX_LOGNORMAL_CV } from '../../sim/distribution-spec.ts';
import type { Accepted, Refusal } from './validate.ts';

/**
 * A refusal in words: "`name` must be `accepted`, got `value`", in English or Spanish. `name` is
 * what the reader typed or sees (`--servers` on the command line, the control's label in the
 * app); `formatNumber` writes numbers as the reader's locale does.
 */
export type MessageLocale = 'es' | 'en';

export function acceptedText(
  accepted: Accepted,
  locale: MessageLocale,
  formatNumber: (n: number) => string = String,
): string {
  const es = locale === 'es';
  const orNone = es ? ' o none (ninguno)' : ' or none';
  switch (accepted.kind) {
    case 'range': {
      const what = accepted.integer
        ? es
          ? 'un número entero'
          : 'an integer'
        : es
          ? 'un número'
          : 'a number';
      const [min, max] = [formatNumber(accepted.min), formatNumber(accepted.max)];
      const span = accepted.exclusiveMin
        ? es
          ? `mayor que ${min} y como mucho ${max}`
          : `greater than ${min} and at most ${max}`
        : es
          ? `de ${min} a ${max}`
          : `from ${min} to ${max}`;
      return `${what} ${span}${accepted.optional ? orNone : ''}`;
    }
    case 'choice': {
      const list = accepted.choices.join(', ');
      return `${es ? 'uno de' : 'one of'} ${list}${accepted.optional ? orNone : ''}`;
    }
    case 'toggle':
      return es ? 'on u off' : 'on or off';
    case 'distribution': {
      const [min, max] = [formatNumber(accepted.minMean), formatNumber(accepted.maxMean)];
      // The CV bounds are distribution-spec.ts's: a lognormal's up to 10, a uniform's up to
      // 1/sqrt(3), where its lower end reaches 0.
      const [cvMax, uniformCvMax] = [
        formatNumber(MAX_LOGNORMAL_CV),
        `1/√3 (≈ ${formatNumber(0.577)})`,
      ];
      return es
        ? `KIND:MEAN_MS (exponential, deterministic, uniform[:CV] con CV de 0 a ${uniformCvMax}, lognormal:MEDIA:CV con CV mayor que 0 y como mucho ${cvMax}, o empirical:V1,V2,...) con una media de ${min} a ${max} ms${accepted.optional ? orNone : ''}`
        : `KIND:MEAN_MS (exponential, deterministic, uniform[:CV] with CV from 0 to ${uniformCvMax}, lognormal:MEAN:CV with CV above 0 and at most ${cvMax}, or empirical:V1,V2,...) with a mean from ${min} to ${max} ms${accepted.optional ? orNone : ''}`;
    }
    case 'text':
    case 'rule':
      return accepted.accepted[locale];
  }
}

/** The value as the reader wrote it, quoted if text, shortened if long (a URL can carry anything). */
export function gotText(got: unknown): string {
  const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);
  return typeof got === 'string'
    ? JSON.stringify(shorten(got))
    : shorten(JSON.stringify(got) ?? String(got));
}

export function refusalText(
  refusal: Refusal,
  name: string,
  locale: MessageLocale,
  formatNumber?: (n: number) => string,
): string {
  const accepted = acceptedText(refusal.accepted, locale, formatNumber);
  const got = gotText(refusal.got);
  return locale === 'es'
    ? `${name} debe ser ${accepted}; se recibió ${got}`
    : `${name} must be ${accepted}, got ${got}`;
}
