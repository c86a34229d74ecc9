// Actors that exist at $at: states always, organizations between founding and dissolution.
MATCH (a:Actor)
WHERE (a.founded IS NULL OR a.founded <= date($at))
  AND (a.dissolved IS NULL OR date($at) < a.dissolved)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.shortName AS shortName, a.aliases AS aliases,
       toString(a.founded) AS founded, toString(a.dissolved) AS dissolved
ORDER BY id
