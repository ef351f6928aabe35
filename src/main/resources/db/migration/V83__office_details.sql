-- Offices as the organization lists them: postal address, position on the map (WGS 84 degrees,
-- both or neither), switchboard phone in E.164, e-mail and opening hours. Media contacts are the
-- office's contacts (contact.office_id, media_contact).
ALTER TABLE office ADD COLUMN IF NOT EXISTS address VARCHAR(500);
ALTER TABLE office ADD COLUMN IF NOT EXISTS latitude DOUBLE PRECISION;
ALTER TABLE office ADD COLUMN IF NOT EXISTS longitude DOUBLE PRECISION;
ALTER TABLE office ADD COLUMN IF NOT EXISTS phone VARCHAR(32);
ALTER TABLE office ADD COLUMN IF NOT EXISTS email VARCHAR(254);
ALTER TABLE office ADD COLUMN IF NOT EXISTS opening_hours VARCHAR(500);
ALTER TABLE office ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE office ADD CONSTRAINT office_latitude_range CHECK (latitude IS NULL OR (latitude >= -90 AND latitude <= 90));
ALTER TABLE office ADD CONSTRAINT office_longitude_range CHECK (longitude IS NULL OR (longitude >= -180 AND longitude <= 180));
