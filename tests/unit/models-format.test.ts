import { describe, expect, it } from 'vitest';
import { describeOutput, formatNumber, formatPercent } from '../../src/ui/models/format.ts';
import { messages } from '../../src/i18n/messages.ts';
import type { ManifestEntry } from '../../src/ui/models/manifest.ts';

const entry = (task: ManifestEntry['task'], labels: string[] | null = null): ManifestEntry => ({
  name: 'chatbot',
  example: 'chatbot',
  task,
  size: null,
  path: 'models/m/model.json',
  inputDim: 3,
  labels,
  params: 10,
  metric: 'accuracy',
  value: 0.9,
  baseline: 0.3,
  higherIsBetter: true,
});

describe('model output sentences', () => {
  it('reads a binary output as a probability, in each language', () => {
    expect(describeOutput(messages.en.models, 'en', entry('binary'), [0.376])).toBe(
      'Probability: 37.6%',
    );
    expect(describeOutput(messages.es.models, 'es', entry('binary'), [0.376])).toMatch(
      /^Probabilidad: 37,6\s?%$/,
    );
  });

  it('reads a multi-class output as its most likely label', () => {
    expect(
      describeOutput(
        messages.en.models,
        'en',
        entry('multiclass', ['greeting', 'price', 'hours']),
        [0.1, 0.7, 0.2],
      ),
    ).toBe('Predicted class: price (70%)');
  });

  it('reads a regression output as a value in the learner’s number format', () => {
    expect(describeOutput(messages.es.models, 'es', entry('regression'), [1234.5])).toBe(
      'Valor predicho: 1230',
    );
    expect(formatNumber('en', 1234.5)).toBe('1,230');
  });
});

describe('a share', () => {
  it('keeps a tenth of a decimal, and two significant digits under a tenth of a percent', () => {
    expect(formatPercent('en', 0.957)).toBe('95.7%');
    expect(formatPercent('en', 0.00034)).toBe('0.034%');
    expect(formatPercent('es', 0.00034)).toBe('0,034\u00a0%');
    expect(formatPercent('en', 0)).toBe('0%');
  });
});
