/** A latency histogram bucket as views draw it: [lower bound ms, upper bound ms, count]. */
export type HistogramBucket = [number, number, number];
