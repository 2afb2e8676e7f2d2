import { DEVICES, FORM_FIELDS, TRAFFIC_SOURCES, type FormSession } from '../data/form-sessions.ts';
import { FeatureWriter, oneHotNames } from './encoding.ts';

/** Encodes an abandoned form session; log(1 + 1000 s) is about 7. */
export const FORM_FEATURE_NAMES: readonly string[] = [
  'fieldsCompleted/10',
  'log1p(timeOnPageS)/7',
  ...oneHotNames('trafficSource', TRAFFIC_SOURCES),
  ...oneHotNames('device', DEVICES),
  'returningVisitor',
  'validationErrors/5',
  'hour.sin',
  'hour.cos',
];

export function encodeFormSession(s: FormSession): Float32Array {
  return new FeatureWriter(FORM_FEATURE_NAMES.length)
    .capped(s.fieldsCompleted, FORM_FIELDS)
    .log1p(s.timeOnPageS, 7)
    .oneHot(s.trafficSource, TRAFFIC_SOURCES)
    .oneHot(s.device, DEVICES)
    .flag(s.returningVisitor)
    .capped(s.validationErrors, 5)
    .cyclic(s.hour, 24)
    .done();
}

/** The label the model learns: 1 when the call converted the visitor. */
export function formConversionLabel(s: FormSession): number {
  return s.converted ? 1 : 0;
}
