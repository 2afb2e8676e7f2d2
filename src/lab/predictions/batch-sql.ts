import type { PresetName } from '../../model/case-names.ts';

/**
 * The query the batch lab runs on a run's published predictions and shows, SQL and rows: what
 * the people downstream of each nightly job would ask of its table. One bound parameter, the run's
 * id in the store. Readable input columns come out of the stored `features` JSON with SQLite's
 * `->>` operator (https://sqlite.org/json1.html#jptr, SQLite 3.38 and later; sql.js ships 3.4x).
 *
 * Column names are snake_case SQL aliases; the lab translates them for its table headers
 * (PredictionText.sqlColumns) and shows the SQL exactly as run.
 */
export const BATCH_SQL: Readonly<Record<PresetName, string>> = {
  // The deck's example: the bookings most likely to be cancelled, for staff to call first.
  'hotel-cancellations': `SELECT entity_id AS booking,
       round(score, 3) AS p_cancel,
       features ->> '$.leadTimeDays' AS lead_time_days,
       features ->> '$.depositType' AS deposit_type,
       features ->> '$.marketSegment' AS market_segment,
       features ->> '$.adrEur' AS adr_eur
FROM predictions
WHERE run_id = ?
ORDER BY score DESC
LIMIT 10`,
  // The most-viewed titles per region tomorrow: the top lists a cache would serve all day.
  'content-popularity': `SELECT region, title, forecast_views, views_yesterday
FROM (
  SELECT features ->> '$.region' AS region,
         entity_id AS title,
         round(score) AS forecast_views,
         features ->> '$.viewsYesterday' AS views_yesterday,
         row_number() OVER (PARTITION BY features ->> '$.region' ORDER BY score DESC) AS position
  FROM predictions
  WHERE run_id = ?
)
WHERE position <= 2
ORDER BY region, position`,
  'fraud-detection': `SELECT entity_id AS transaction_id,
       round(score, 3) AS p_fraud,
       features ->> '$.amountEur' AS amount_eur,
       features ->> '$.merchantCategory' AS merchant_category,
       features ->> '$.hour' AS hour
FROM predictions
WHERE run_id = ?
ORDER BY score DESC
LIMIT 10`,
  'form-abandonment': `SELECT entity_id AS session,
       round(score, 3) AS p_convert,
       features ->> '$.fieldsCompleted' AS fields_completed,
       features ->> '$.trafficSource' AS traffic_source,
       features ->> '$.device' AS device
FROM predictions
WHERE run_id = ?
ORDER BY score DESC
LIMIT 10`,
  // Multiclass: how many guests each activity would be recommended to, to plan tomorrow's staff.
  'hotel-activities': `SELECT label AS activity,
       count(*) AS guests,
       round(avg(score), 3) AS mean_probability
FROM predictions
WHERE run_id = ?
GROUP BY label
ORDER BY guests DESC`,
  chatbot: `SELECT label AS intent,
       count(*) AS messages,
       round(avg(score), 3) AS mean_probability
FROM predictions
WHERE run_id = ?
GROUP BY label
ORDER BY messages DESC`,
};
