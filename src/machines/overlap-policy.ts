/**
 * What happens when a schedule tick fires while an earlier run is still active, in Airflow's
 * terms (DAG parameters `max_active_runs` and `catchup`, Airflow docs "DAG Runs" and "Catchup"):
 * - skip: `max_active_runs=1`, catch-up off: the interval is not run at all;
 * - queue: `max_active_runs=1`, catch-up on: missed intervals run later, one after another;
 * - allow: no cap: the run starts on time and shares the workers with the runs still going.
 */
export const OVERLAP_POLICIES = ['skip', 'queue', 'allow'] as const;
export type OverlapPolicy = (typeof OVERLAP_POLICIES)[number];
