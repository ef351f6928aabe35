-- The Data and Research section page of a site loaded before datasets existed gets the section's
-- layout (its datasets, indicators and latest figures), as the seed load now gives it; only while
-- it is still a plain page, in its working and public copies, as V93 did for other sections.
UPDATE content_item SET layout = 'DATA'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND translation_group IN (
    SELECT translation_group FROM content_item
    WHERE content_type = 'PAGE' AND language = 'en' AND LOWER(TRIM(title)) = 'data and research');

UPDATE published_item SET layout = 'DATA'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND translation_group IN (
    SELECT translation_group FROM content_item
    WHERE content_type = 'PAGE' AND language = 'en' AND LOWER(TRIM(title)) = 'data and research');
