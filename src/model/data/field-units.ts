/**
 * The units of the examples' record fields, as a form or a table shows them next to a value
 * (the lab's "try it" fields, src/lab/predictions/try-it-fields.ts). Each language names them in
 * src/i18n/prediction-messages.ts.
 */
export type FieldUnit =
  'days' | 'nights' | 'eur' | 'eurPerNight' | 'hour' | 'km' | 'seconds' | 'count';
