-- A page's blocks (rich text, lists, the map, calls to action), in order, as a JSON array:
-- on the working copy and on the public row. Revisions keep them in their fields_json snapshot.
ALTER TABLE content_item ADD COLUMN IF NOT EXISTS blocks_json TEXT;
ALTER TABLE published_item ADD COLUMN IF NOT EXISTS blocks_json TEXT;
