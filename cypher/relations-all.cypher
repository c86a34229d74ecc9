// Every relation with its interval, oldest first: the temporal payload, timeline and diffs.
// The RETURN is the one projection of a relation, shared with relations-at and relations-of-actor
// (cypher/fragments/relation-row.cypher, included by server/queries/registry.ts).
MATCH (a:Actor)-[r]->(b:Actor)
{{relation-row}}
