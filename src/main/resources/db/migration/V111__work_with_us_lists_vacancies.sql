-- The seed's Work with us section page lists the open vacancies (layout VACANCIES), on a database
-- whose seed was loaded before the layout existed; a fresh seed sets it itself. Only the seed's page,
-- still as the seed made it (English, standard layout, slug "work-with-us").
UPDATE content_item SET layout = 'VACANCIES'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND language = 'en' AND slug = 'work-with-us';

UPDATE published_item SET layout = 'VACANCIES'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND language = 'en' AND slug = 'work-with-us';
