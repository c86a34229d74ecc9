// Import: merge a batch of sources ($rows) by id. An empty optional cell keeps what the graph has.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.author = coalesce(row.author, s.author), s.publisher = coalesce(row.publisher, s.publisher),
    s.published = coalesce(row.published, s.published), s.url = coalesce(row.url, s.url)
