// Import: merge a batch of WITHHELD_RECOGNITION_FROM relations ($rows) by id. A relationship type cannot be a
// parameter, so each type has its own file, all alike (tests/unit/io-import-queries.test.ts).
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:WITHHELD_RECOGNITION_FROM {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = row.event,
    r.sources = row.sources, r.note = row.note
