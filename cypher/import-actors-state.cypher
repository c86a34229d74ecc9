// Import: merge a batch of states ($rows) by id. A label cannot be a parameter, hence one file
// per kind. An empty optional cell keeps what the graph has.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:State, a.name = row.name, a.kind = 'state', a.shortName = coalesce(row.shortName, a.shortName),
    a.aliases = coalesce(row.aliases, a.aliases),
    a.founded = coalesce(date(row.founded), a.founded), a.dissolved = coalesce(date(row.dissolved), a.dissolved)
REMOVE a:Organization
