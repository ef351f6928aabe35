-- Existing installs get the demo blocks a fresh seed load gives the section pages that were only a
-- title (Take Action, Work with us, Get involved, Data and Research). A page is changed only when it is
-- certainly the seed's: an English page in the menu, with the seed's slug, and no blocks yet. The
-- public row gets the same blocks, so the change shows without republishing. Same text as
-- seed/frame/demo-frame.json.
UPDATE content_item SET blocks_json = '[{"type":"text","markdown":"*Demonstration text, written by the Herald team: the organization replaces it by editing this page.*\n\n**Take Action** is where readers find what they can do: support the organization''s appeals, share its stories, and speak up for migrants'' rights. This section will gather campaigns and ways to help."},{"type":"cta","heading":"Talk to our press office","text":"Journalists and partners reach the organization''s media contacts in the press room.","label":"Open the press room","url":"/en/press-room"},{"type":"list","heading":"Latest press releases","kind":"press-release","limit":3}]'
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'take-action' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE published_item SET blocks_json = (SELECT c.blocks_json FROM content_item c WHERE c.id = published_item.item_id)
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'take-action' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE content_item SET blocks_json = '[{"type":"text","markdown":"*Demonstration text, written by the Herald team: the organization replaces it by editing this page.*\n\n**Work with us** will list the organization''s vacancies, with their closing dates, and explain how to apply. Until vacancies are published here, the news shows where the organization works."},{"type":"cta","heading":"Where we work","text":"The organization''s offices and the countries where it is present.","label":"See the countries","url":"/en/countries"},{"type":"list","heading":"Latest news","limit":3}]'
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'work-with-us' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE published_item SET blocks_json = (SELECT c.blocks_json FROM content_item c WHERE c.id = published_item.item_id)
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'work-with-us' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE content_item SET blocks_json = '[{"type":"text","markdown":"*Demonstration text, written by the Herald team: the organization replaces it by editing this page.*\n\n**Get involved** is for people and organizations who want to take part: volunteering, partnerships and events. This section will hold sign-up and contact forms."},{"type":"cta","heading":"Follow the news","text":"Subscribe to the organization''s news feed, or read it on the site.","label":"Read the news","url":"/en/news"},{"type":"list","heading":"On Goal 10: Reduced inequalities","goal":10,"limit":3}]'
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'get-involved' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE published_item SET blocks_json = (SELECT c.blocks_json FROM content_item c WHERE c.id = published_item.item_id)
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'get-involved' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE content_item SET blocks_json = '[{"type":"text","markdown":"*Demonstration text, written by the Herald team: the organization replaces it by editing this page.*\n\n**Data and Research** presents the figures the organization''s releases state, each with its source, to cite and download; its indicators and datasets are to follow."},{"type":"cta","heading":"Figures from our releases","text":"The figures our releases state by country, charted, with their sources, as CSV and through the API.","label":"See the figures","url":"/en/figures"},{"type":"list","heading":"About Belarus","country":"BY","limit":3}]'
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'data-and-research' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
UPDATE published_item SET blocks_json = (SELECT c.blocks_json FROM content_item c WHERE c.id = published_item.item_id)
WHERE content_type = 'PAGE' AND language = 'en' AND slug = 'data-and-research' AND blocks_json IS NULL
  AND translation_group IN (SELECT page_group FROM menu_item);
