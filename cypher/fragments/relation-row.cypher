RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type,
       toString(r.start) AS start, toString(r.end) AS end, r.precision AS precision,
       coalesce(r.event, false) AS event, r.sources AS sources, r.note AS note, r.level AS level
ORDER BY start, id
