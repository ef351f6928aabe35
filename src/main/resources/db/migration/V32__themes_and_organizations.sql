-- Themes ("health") and organizations mentioned ("cis") of an item, as lower-case codes. The
-- working copy's in item_tag, the public version's in published_item_tag; search facets and
-- the importer's theme rules and organization list use the same codes.
CREATE TABLE item_tag (
    item_id       BIGINT NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    tag_type      VARCHAR(16) NOT NULL,
    code          VARCHAR(80) NOT NULL,
    PRIMARY KEY (item_id, tag_type, code)
);

CREATE TABLE published_item_tag (
    item_id       BIGINT NOT NULL REFERENCES published_item (item_id) ON DELETE CASCADE,
    tag_type      VARCHAR(16) NOT NULL,
    code          VARCHAR(80) NOT NULL,
    PRIMARY KEY (item_id, tag_type, code)
);
CREATE INDEX published_item_tag_code_idx ON published_item_tag (tag_type, code);
