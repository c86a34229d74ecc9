// Import: merge a batch of {{TYPE}} relations ($rows) by id. A relationship type cannot be a
// parameter, so server/queries/registry.ts instantiates this template once per type of the
// closed RELATION_TYPES list (shared/model/schemas.ts); {{TYPE}} is never user text. `level`
// is a tie's ordinal strength from a published dataset (server/io/formats), absent otherwise.
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = row.event,
    r.sources = row.sources, r.note = row.note, r.level = coalesce(row.level, r.level)
