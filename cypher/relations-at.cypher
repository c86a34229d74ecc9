// The relations active at $at. Intervals are half-open (start <= at < end); an event shows
// for $window days after its start. $types (a list, or null for all) filters by type.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.start <= date($at)
  AND ($types IS NULL OR type(r) IN $types)
  AND (
    (coalesce(r.event, false) AND date($at) < r.start + duration({days: $window}))
    OR (NOT coalesce(r.event, false) AND (r.end IS NULL OR date($at) < r.end))
  )
{{relation-row}}
