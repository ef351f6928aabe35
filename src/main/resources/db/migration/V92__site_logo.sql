-- The organization's logo as an administrator uploaded it (SVG text, checked on upload), one row
-- at most. Without a row, the site shows its neutral placeholder mark.
CREATE TABLE site_logo (
    id          INT PRIMARY KEY,
    svg         TEXT NOT NULL,
    version     VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  BIGINT
);
