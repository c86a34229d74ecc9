// Every actor with its kind and, for organizations, when it was founded and dissolved.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.shortName AS shortName, a.aliases AS aliases,
       toString(a.founded) AS founded, toString(a.dissolved) AS dissolved, a.obligations AS obligations
ORDER BY id
