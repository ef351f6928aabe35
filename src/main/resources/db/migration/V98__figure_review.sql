-- The figures of an article written in the editor are found in its text by the importer's finder
-- and reviewed by an editor before they are public: each one confirmed, corrected (country,
-- value, unit, qualifier) or rejected. A row records the decision and who made it. An imported
-- figure is stored as found (the import's own review queue stands for it) and is public, as
-- before; a rejected one, imported or not, is never shown again, and the finder does not bring it
-- back on the next look.
ALTER TABLE figure ADD COLUMN review VARCHAR(10) DEFAULT 'FOUND' NOT NULL;
ALTER TABLE figure ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE figure ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
