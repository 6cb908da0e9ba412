-- The plain SQL counterpart of bench_score: respondent element scores (0-100, reverse keyed)
-- and their mean per round, role and element, with the item metadata read from the stored
-- instrument. (Simpler than the real analysis: no 60% rule, themes, r_wg, gaps or anonymity.)
.timer on
.output /dev/null
WITH items AS (
    SELECT i.id AS instrument_id, json_extract(j.value, '$.code') AS code,
           json_extract(j.value, '$.element') AS element, json_extract(j.value, '$.reverse') AS reversed
    FROM instruments i, json_each(i.json, '$.items') j),
scores AS (
    SELECT r.assessment_id, r.role, r.id AS respondent, it.element,
           avg(((CASE WHEN it.reversed THEN 6 - a.num ELSE a.num END) - 1) * 25.0) AS score
    FROM answers a
    JOIN respondents r ON r.id = a.respondent_id
    JOIN assessments s ON s.id = r.assessment_id
    JOIN items it ON it.instrument_id = s.instrument_id AND it.code = a.item
    WHERE a.num IS NOT NULL
    GROUP BY r.id, it.element)
SELECT assessment_id, role, element, count(*), avg(score)
FROM scores GROUP BY assessment_id, role, element;
