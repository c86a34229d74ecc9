// Indexes the embedded engine needs on top of the uniqueness constraints: in Grafeo a
// constraint does not index, and UNWIND ... MATCH loads crawl without these. (Neo4j's
// constraints are indexes already and it refuses a second index on the same property.)
CREATE INDEX actor_id_index IF NOT EXISTS FOR (a:Actor) ON (a.id);
CREATE INDEX source_id_index IF NOT EXISTS FOR (s:Source) ON (s.id);
