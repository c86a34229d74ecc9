// Every relation touching one actor, in either direction, oldest first.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id = $id OR b.id = $id
{{relation-row}}
