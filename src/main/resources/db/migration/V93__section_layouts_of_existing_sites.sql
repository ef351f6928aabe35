-- A site loaded from the seed before the 2030 Agenda (V80) and What We Do (V81) sections had their
-- own layouts still shows those section pages as plain text. The seed load gives each of them its
-- layout by the section's label; this gives the same layout to the same pages of an existing
-- site: every language version of a page group whose English page has that title, while it is
-- still a plain page (an editor's own choice of layout is left alone). On a new site there is no
-- page yet and nothing changes. The working copy and the public copy change together; the next
-- save writes the layout into a revision.
UPDATE content_item SET layout = 'GOALS'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND translation_group IN (
    SELECT translation_group FROM content_item
    WHERE content_type = 'PAGE' AND language = 'en' AND LOWER(TRIM(title)) = '2030 agenda');

UPDATE published_item SET layout = 'GOALS'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND translation_group IN (
    SELECT translation_group FROM content_item
    WHERE content_type = 'PAGE' AND language = 'en' AND LOWER(TRIM(title)) = '2030 agenda');

UPDATE content_item SET layout = 'THEMES'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND translation_group IN (
    SELECT translation_group FROM content_item
    WHERE content_type = 'PAGE' AND language = 'en' AND LOWER(TRIM(title)) = 'what we do');

UPDATE published_item SET layout = 'THEMES'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND translation_group IN (
    SELECT translation_group FROM content_item
    WHERE content_type = 'PAGE' AND language = 'en' AND LOWER(TRIM(title)) = 'what we do');
