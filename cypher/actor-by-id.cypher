// One actor by id; no row when there is no such actor.
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.shortName AS shortName, a.aliases AS aliases,
       toString(a.founded) AS founded, toString(a.dissolved) AS dissolved
