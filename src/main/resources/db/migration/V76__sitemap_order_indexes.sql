-- The sitemaps read each language's items of a type by id, a chunk at a time, and the News
-- sitemap its articles newest first since two days ago. Without an index in those orders each
-- chunk read and sorted every item of the language: on H2 with 100,000 articles one sitemap of
-- 50,000 addresses took 300 s (100 chunks, each reading 100,000 rows). The queries order by the
-- index's leading (constant) columns too, so that H2 as well as PostgreSQL reads it in order and
-- stops at the chunk's end. The first index also holds every column a sitemap chunk reads: H2 then
-- answers from the index alone, without reading each row and its body (four times faster again).
-- The title is left out, as a long title in Chinese would come near PostgreSQL's limit on the size
-- of an index entry (docs/benchmarks.md, "Feeds and sitemaps").
CREATE INDEX published_item_location_idx
    ON published_item (content_type, language, item_id, translation_group, slug, last_published_at);
CREATE INDEX published_item_type_language_first_published_idx
    ON published_item (content_type, language, first_published_at DESC, item_id DESC);
-- The language versions of a chunk's translation groups (the sitemap's hreflang alternates): with
-- the slug in the group's index, H2 reads no row for them either.
DROP INDEX published_item_group_language_idx;
CREATE INDEX published_item_group_language_idx ON published_item (translation_group, language, slug);
