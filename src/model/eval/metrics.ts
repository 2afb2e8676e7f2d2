/**
 * Quality metrics, plain functions of scores and labels. Ties are handled as one threshold, so a
 * constant predictor gets exactly the chance value (ROC AUC 0.5, average precision = prevalence).
 */

/** Indices ordered by descending score (stable, so equal scores keep their input order). */
function byScoreDescending(scores: ArrayLike<number>): number[] {
  const order = Array.from({ length: scores.length }, (_, i) => i);
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
}

/**
 * Area under the ROC curve: the probability that a random positive outranks a random negative,
 * ties counting one half (Mann-Whitney U statistic, Hanley & McNeil 1982).
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = byScoreDescending(scores);
  let positives = 0;
  let negatives = 0;
  let wins = 0; // positive-over-negative pairs, ties counted 1/2
  let i = 0;
  while (i < order.length) {
    let j = i;
    let groupPositives = 0;
    let groupNegatives = 0;
    while (j < order.length && scores[order[j]] === scores[order[i]]) {
      if (labels[order[j]] > 0.5) groupPositives++;
      else groupNegatives++;
      j++;
    }
    // Every negative in this group is beaten by the positives ranked above it.
    wins += groupNegatives * positives + (groupNegatives * groupPositives) / 2;
    positives += groupPositives;
    negatives += groupNegatives;
    i = j;
  }
  return positives === 0 || negatives === 0 ? Number.NaN : wins / (positives * negatives);
}

/** Precision and recall at each distinct threshold, from the highest score down. */
function precisionRecallCurve(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
): { precision: number[]; recall: number[] } {
  const order = byScoreDescending(scores);
  let totalPositives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] > 0.5) totalPositives++;
  const precision: number[] = [];
  const recall: number[] = [];
  let truePositives = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) {
      if (labels[order[j]] > 0.5) truePositives++;
      j++;
    }
    precision.push(truePositives / j);
    recall.push(totalPositives === 0 ? 0 : truePositives / totalPositives);
    i = j;
  }
  return { precision, recall };
}

/**
 * Average precision, the usual estimate of the area under the precision-recall curve:
 * sum over thresholds of (recall gained) x (precision there), as in scikit-learn. Its chance value
 * is the prevalence, which is what makes it honest for rare events such as fraud.
 */
export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const { precision, recall } = precisionRecallCurve(scores, labels);
  let ap = 0;
  let previousRecall = 0;
  for (let k = 0; k < precision.length; k++) {
    ap += (recall[k] - previousRecall) * precision[k];
    previousRecall = recall[k];
  }
  return ap;
}

/** The largest recall reachable while keeping precision at least `minPrecision` (0 if none). */
export function recallAtPrecision(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  minPrecision: number,
): number {
  const { precision, recall } = precisionRecallCurve(scores, labels);
  let best = 0;
  for (let k = 0; k < precision.length; k++) {
    if (precision[k] >= minPrecision) best = Math.max(best, recall[k]);
  }
  return best;
}

/** Mean binary cross-entropy, probabilities clipped to [1e-7, 1 - 1e-7] as Keras does. */
export function logLoss(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  const eps = 1e-7;
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(probabilities[i], eps), 1 - eps);
    sum -= labels[i] > 0.5 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / labels.length;
}

/** Share of correct yes/no calls when predicting "yes" at probability >= `threshold`. */
export function binaryAccuracy(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold = 0.5,
): number {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) {
    if (probabilities[i] >= threshold === labels[i] > 0.5) correct++;
  }
  return correct / labels.length;
}

/**
 * Share of rows whose true class is among the `k` highest of `classes` scores (row-major
 * `probabilities`, `classes` per row). Ties are broken towards the lower class index.
 */
export function topKAccuracy(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  k: number,
): number {
  let hits = 0;
  for (let r = 0; r < labels.length; r++) {
    const truth = labels[r];
    const p = probabilities[r * classes + truth];
    let above = 0;
    for (let c = 0; c < classes; c++) {
      const q = probabilities[r * classes + c];
      if (q > p || (q === p && c < truth)) above++;
    }
    if (above < k) hits++;
  }
  return hits / labels.length;
}

export function meanAbsoluteError(predicted: ArrayLike<number>, actual: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(predicted[i] - actual[i]);
  return sum / actual.length;
}

/**
 * Mean over groups of |predicted top k ∩ actual top k| / k: how many of tomorrow's real top items
 * a forecast's top list contains. Groups smaller than k are skipped.
 */
export function precisionAtK(
  predicted: ArrayLike<number>,
  actual: ArrayLike<number>,
  groups: ArrayLike<number>,
  k: number,
): number {
  const members = new Map<number, number[]>();
  for (let i = 0; i < groups.length; i++) {
    const list = members.get(groups[i]);
    if (list) list.push(i);
    else members.set(groups[i], [i]);
  }
  let sum = 0;
  let count = 0;
  for (const rows of members.values()) {
    if (rows.length < k) continue;
    const top = (values: ArrayLike<number>) =>
      new Set([...rows].sort((a, b) => values[b] - values[a] || a - b).slice(0, k));
    const predictedTop = top(predicted);
    let hits = 0;
    for (const i of top(actual)) if (predictedTop.has(i)) hits++;
    sum += hits / k;
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}
