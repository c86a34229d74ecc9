// How many actors and relations the graph holds (for /api/health and the seed report).
MATCH (a:Actor)
WITH count(a) AS actors
OPTIONAL MATCH (:Actor)-[r]->(:Actor)
RETURN actors, count(r) AS relations
