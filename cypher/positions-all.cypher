// Where each laid-out actor is drawn (model units); actors not laid out yet have no x.
MATCH (a:Actor)
WHERE a.x IS NOT NULL
RETURN a.id AS id, a.x AS x, a.y AS y
ORDER BY id
