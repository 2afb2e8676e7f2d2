/**
 * Intl.NumberFormat objects, built once per language and options. Building one costs far more
 * than formatting with it (profiled: the labs' key figures, redrawn 10 times a second, spent most
 * of their time constructing formatters), so every formatter of the interface comes from here.
 */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** A time under a millisecond, given in ms, written in microseconds to two significant digits. */
export function formatMicroseconds(locale: string, ms: number): string {
  return numberFormat(locale, {
    style: 'unit',
    unit: 'microsecond',
    unitDisplay: 'short',
    maximumSignificantDigits: 2,
  }).format(ms * 1000);
}
