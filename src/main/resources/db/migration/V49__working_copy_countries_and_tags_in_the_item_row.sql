-- The working copy's countries, themes and organizations move from item_country and item_tag into
-- the item's own row, as arrays. Nothing searched those tables: they were read only to load the
-- draft into the editor, which now has them with the row. Every save wrote one row per country
-- and tag, each with its foreign-key checks and index entries: for an imported item (7.7
-- countries and 3.9 tags on average) some 12 rows and 24 key checks, about a sixth of what
-- PostgreSQL does to store it. The countries are checked against the country table when the
-- draft is validated, as before; the public copy keeps its link tables, which the site filters on.
ALTER TABLE content_item ADD COLUMN countries VARCHAR(2) ARRAY;
ALTER TABLE content_item ADD COLUMN themes VARCHAR(80) ARRAY;
ALTER TABLE content_item ADD COLUMN organizations VARCHAR(80) ARRAY;
UPDATE content_item SET
    countries = ARRAY(SELECT c.country_code FROM item_country c WHERE c.item_id = content_item.id
                      ORDER BY c.country_code),
    themes = ARRAY(SELECT t.code FROM item_tag t WHERE t.item_id = content_item.id AND t.tag_type = 'theme'
                   ORDER BY t.code),
    organizations = ARRAY(SELECT t.code FROM item_tag t WHERE t.item_id = content_item.id
                          AND t.tag_type = 'organization' ORDER BY t.code);
ALTER TABLE content_item ALTER COLUMN countries SET NOT NULL;
ALTER TABLE content_item ALTER COLUMN themes SET NOT NULL;
ALTER TABLE content_item ALTER COLUMN organizations SET NOT NULL;
DROP TABLE item_country;
DROP TABLE item_tag;
