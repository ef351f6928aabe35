-- Translations: a language version made from another records which one and which of its
-- revisions, so that a later change of the source marks the translation as outdated. The
-- original of a group is the version with no source; lists in a language that lacks a
-- translation show the original instead.
ALTER TABLE content_item ADD COLUMN source_item_id BIGINT REFERENCES content_item (id);
ALTER TABLE content_item ADD COLUMN source_revision INT;
-- Who translated it, shown with the translation ("Herald team (demonstration)").
ALTER TABLE content_item ADD COLUMN translation_credit VARCHAR(200);

ALTER TABLE published_item ADD COLUMN is_original BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE published_item ADD COLUMN translation_credit VARCHAR(200);
CREATE INDEX published_item_group_language_idx ON published_item (translation_group, language);
