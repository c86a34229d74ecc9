// Every relation touching one actor, in either direction, oldest first.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id = $id OR b.id = $id
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type,
       toString(r.start) AS start, toString(r.end) AS end, r.precision AS precision,
       coalesce(r.event, false) AS event, r.sources AS sources, r.note AS note
ORDER BY start, id
