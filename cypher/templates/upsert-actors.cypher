// Import: merge a batch of actors of kind '{{KIND}}' ($rows) by id. A label cannot be a parameter,
// so server/queries/registry.ts instantiates this template once per actor kind of the model
// ({{LABEL}} is that kind's label, {{OTHER_LABEL}} the other labels). An empty optional cell keeps
// what the graph has.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:{{LABEL}}, a.name = row.name, a.kind = '{{KIND}}', a.shortName = coalesce(row.shortName, a.shortName),
    a.founded = coalesce(date(row.founded), a.founded), a.dissolved = coalesce(date(row.dissolved), a.dissolved),
    a.aliases = coalesce(row.aliases, a.aliases), a.obligations = coalesce(row.obligations, a.obligations)
REMOVE a:{{OTHER_LABEL}}
