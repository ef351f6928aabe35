-- bench/api/seed.sql for H2: N (the placeholder 100000; the range's column is "X") synthetic published English news articles
-- straight into the read model, 95 % dated over 30 years, 5 % of unknown date, a tenth about
-- Belarus, each with a body of about 2 KB.
INSERT INTO content_item (translation_group, content_type, kind, language, slug, status, title, summary,
                          body_markdown, release_date, date_from_publication, layout, countries, themes,
                          organizations, first_published_at, created_at, updated_at)
SELECT RANDOM_UUID(), 'ARTICLE', 'NEWS', 'en', 'bench-' || "X", 'PUBLISHED', 'Bench article ' || "X",
       'Summary of bench article ' || "X", REPEAT('Body of bench article ' || "X" || '. ', 80),
       CASE WHEN MOD("X", 20) = 0 THEN NULL ELSE DATEADD(DAY, -MOD("X", 11000), DATE '2026-12-01') END, FALSE, 'STANDARD',
       CAST(ARRAY[] AS VARCHAR(2) ARRAY), CAST(ARRAY[] AS VARCHAR(80) ARRAY), CAST(ARRAY[] AS VARCHAR(80) ARRAY),
       DATEADD(SECOND, -"X", TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00'),
       DATEADD(SECOND, -"X", TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00'),
       DATEADD(SECOND, -"X", TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00')
FROM SYSTEM_RANGE(1, 100000);
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
UPDATE content_item c SET published_revision_id = (SELECT r.id FROM revision r WHERE r.item_id = c.id)
WHERE c.slug LIKE 'bench-%';
INSERT INTO published_item_country (item_id, country_code)
SELECT item_id, 'BY' FROM published_item WHERE slug LIKE 'bench-%' AND MOD(item_id, 10) = 0;
ANALYZE;
