-- Arrests by actor: who detained how many, over every period, each wire copy once. actor_type tells a
-- named organisation or person from a described force (الشرطة, قوات الأمن); arrests whose actor the text
-- does not name are left out.
SELECT actor,
       actor_type,
       SUM(total_amount) AS arrested,
       SUM(events)       AS reports
FROM bi_events_per_actor_month
WHERE category = 'ARRESTED' AND actor IS NOT NULL
GROUP BY actor, actor_type
ORDER BY arrested DESC, actor
