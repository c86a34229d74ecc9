// Stores layout positions ($rows of {id, x, y}) on the actors: positions are data, computed
// once per dataset and kept with the graph.
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.x = row.x, a.y = row.y
