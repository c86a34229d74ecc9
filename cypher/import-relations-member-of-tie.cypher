// Import from a published dataset (server/io/formats): merge a batch of MEMBER_OF relations
// ($rows) by id, with the tie's ordinal level (3 full member, 2 associate; for alliances the
// strength of the obligations).
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
SET r.start = date(row.start), r.end = date(row.end), r.precision = row.precision, r.event = false,
    r.sources = row.sources, r.note = row.note, r.level = row.level
