import type { WidgetName } from '../widget-spec.ts';
import type { WidgetLesson } from '../widget-lesson.ts';
import { resourceUseLesson } from './resource-use.ts';
import { batchOverlapLesson } from './batch-overlap.ts';
import { modeLatencyLesson } from './mode-latency.ts';
import { modelSizeTradeoffLesson } from './model-size-tradeoff.ts';
import { queueingKneeLesson } from './queueing-knee.ts';
import { batchingAmortisationLesson } from './batching-amortisation.ts';
import { silentModelSwapLesson } from './silent-model-swap.ts';
import { scaleUnderLoadLesson } from './scale-under-load.ts';
import { networkDependenceLesson } from './network-dependence.ts';
import { infrastructureCostLesson } from './infrastructure-cost.ts';
import { streamScalingLesson } from './stream-scaling.ts';
import { batchFreshnessLesson } from './batch-freshness.ts';
import { streamingTriggerLesson } from './streaming-trigger.ts';

/** What each slide widget teaches (src/lessons/widget-lesson.ts), one file per widget. */
export const WIDGET_LESSONS: Readonly<Record<WidgetName, WidgetLesson>> = {
  'resource-use': resourceUseLesson,
  'batch-overlap': batchOverlapLesson,
  'mode-latency': modeLatencyLesson,
  'model-size-tradeoff': modelSizeTradeoffLesson,
  'queueing-knee': queueingKneeLesson,
  'batching-amortisation': batchingAmortisationLesson,
  'silent-model-swap': silentModelSwapLesson,
  'scale-under-load': scaleUnderLoadLesson,
  'network-dependence': networkDependenceLesson,
  'infrastructure-cost': infrastructureCostLesson,
  'stream-scaling': streamScalingLesson,
  'batch-freshness': batchFreshnessLesson,
  'streaming-trigger': streamingTriggerLesson,
};
