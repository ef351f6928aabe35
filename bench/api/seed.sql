-- N synthetic published English news articles (psql -v n=100000), straight into the read model
-- and the rows it refers to, as a bulk import would leave them: 95 % dated (a day each over
-- the last 30 years), 5 % of unknown date, a tenth about Belarus.
INSERT INTO content_item (translation_group, content_type, kind, language, slug, status, title, summary,
                          body_markdown, release_date, date_from_publication, layout, countries, themes,
                          organizations, first_published_at, created_at, updated_at)
SELECT gen_random_uuid(), 'ARTICLE', 'NEWS', 'en', 'bench-' || g, 'PUBLISHED', 'Bench article ' || g,
       'Summary of bench article ' || g, 'Body of bench article ' || g,
       CASE WHEN g % 20 = 0 THEN NULL ELSE DATE '2026-12-01' - (g % 11000) END, FALSE, 'STANDARD',
       ARRAY[]::VARCHAR(2)[], ARRAY[]::VARCHAR(80)[], ARRAY[]::VARCHAR(80)[],
       TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00' - g * INTERVAL '1 second',
       TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00' - g * INTERVAL '1 second',
       TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00' - g * INTERVAL '1 second'
FROM generate_series(1, :n) g;
INSERT INTO revision (item_id, number, title, slug, summary, body_markdown, fields_json, author_name, created_at)
SELECT id, 1, title, slug, summary, body_markdown, '{}', 'bench', first_published_at
FROM content_item WHERE slug LIKE 'bench-%';
INSERT INTO published_item (item_id, revision_id, translation_group, content_type, kind, language, slug, title,
                            summary, body_html, release_date, release_year, layout, featured, first_published_at,
                            last_published_at)
SELECT c.id, r.id, c.translation_group, c.content_type, c.kind, c.language, c.slug, c.title, c.summary,
       '<p>' || c.body_markdown || '</p>', c.release_date, EXTRACT(YEAR FROM c.release_date), c.layout, FALSE,
       c.first_published_at, c.first_published_at
FROM content_item c JOIN revision r ON r.item_id = c.id
WHERE c.slug LIKE 'bench-%';
UPDATE content_item c SET published_revision_id = r.id FROM revision r WHERE r.item_id = c.id AND c.slug LIKE 'bench-%';
INSERT INTO published_item_country (item_id, country_code)
SELECT item_id, 'BY' FROM published_item WHERE slug LIKE 'bench-%' AND item_id % 10 = 0;
ANALYZE;
