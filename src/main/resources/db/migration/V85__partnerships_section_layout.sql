-- The seed's Partnerships section page shows the partners and agreements (layout PARTNERS), on a
-- database whose seed was loaded before the layout existed; a fresh seed sets it itself. Only the
-- seed's page, still as the seed made it (English, standard layout, slug "partnerships").
UPDATE content_item SET layout = 'PARTNERS'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND language = 'en' AND slug = 'partnerships';

UPDATE published_item SET layout = 'PARTNERS'
WHERE content_type = 'PAGE' AND layout = 'STANDARD' AND language = 'en' AND slug = 'partnerships';
