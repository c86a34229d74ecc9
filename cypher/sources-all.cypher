// The bibliography: every source a relation can cite.
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.author AS author, s.publisher AS publisher,
       s.published AS published, s.url AS url
ORDER BY id
