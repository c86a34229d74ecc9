// Import: merge a batch of treaty alliances ($rows, from COW or ATOP data) by id, with their
// obligations. Alliances carry the Organization label too, so queries by label see them.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:Organization, a.name = row.name, a.kind = 'alliance', a.shortName = coalesce(row.shortName, a.shortName),
    a.founded = coalesce(date(row.founded), a.founded), a.dissolved = coalesce(date(row.dissolved), a.dissolved),
    a.obligations = coalesce(row.obligations, a.obligations)
REMOVE a:State
