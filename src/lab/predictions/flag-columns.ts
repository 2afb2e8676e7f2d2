import type { PresetName } from '../../model/case-names.ts';
import type { BinaryPreset } from '../../model/work-items/preset-outputs.ts';
import type { FieldKey } from '../../i18n/prediction-text.ts';

/**
 * The input columns of each binary preset's flagged-records table, and how each is shown. The
 * fraud table shows what an analyst triages on: amount, merchant, hour, distance from home and
 * velocity (the card's transactions in the last 24 hours).
 */
export type CellFormat = 'eur' | 'km' | 'hour' | 'count' | 'days' | 'seconds' | 'value' | 'flag';

export interface FlagColumn {
  key: FieldKey;
  format: CellFormat;
}

export const FLAG_COLUMNS: Readonly<Record<BinaryPreset, readonly FlagColumn[]>> = {
  'fraud-detection': [
    { key: 'amountEur', format: 'eur' },
    { key: 'merchantCategory', format: 'value' },
    { key: 'hour', format: 'hour' },
    { key: 'distanceFromHomeKm', format: 'km' },
    { key: 'txLast24h', format: 'count' },
  ],
  'hotel-cancellations': [
    { key: 'leadTimeDays', format: 'days' },
    { key: 'depositType', format: 'value' },
    { key: 'marketSegment', format: 'value' },
    { key: 'adrEur', format: 'eur' },
  ],
  'form-abandonment': [
    { key: 'fieldsCompleted', format: 'count' },
    { key: 'timeOnPageS', format: 'seconds' },
    { key: 'trafficSource', format: 'value' },
    { key: 'device', format: 'value' },
  ],
};

export function isBinaryPreset(preset: PresetName): preset is BinaryPreset {
  return Object.hasOwn(FLAG_COLUMNS, preset);
}
