-- Where we work: the organization's regions, each with its regional office, and for each
-- country its presence and its membership, each with the date it began (null: not known).
-- Rows marked demonstration were written by the Herald team for the demo, not by the organization.

CREATE TABLE region (
    code           VARCHAR(40) PRIMARY KEY,
    office_id      BIGINT REFERENCES office (id),
    position       INT DEFAULT 0 NOT NULL,
    demonstration  BOOLEAN DEFAULT FALSE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- A region's name in each language; English is required by the form, others fall back to it.
CREATE TABLE region_name (
    region_code    VARCHAR(40) NOT NULL REFERENCES region (code),
    language       VARCHAR(8) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    PRIMARY KEY (region_code, language),
    CONSTRAINT region_name_unique UNIQUE (language, name)
);

CREATE TABLE country_presence (
    country_code     CHAR(2) PRIMARY KEY REFERENCES country (code),
    region_code      VARCHAR(40) REFERENCES region (code),
    presence         VARCHAR(20) DEFAULT 'none' NOT NULL,
    presence_since   DATE,
    membership       VARCHAR(20) DEFAULT 'none' NOT NULL,
    membership_since DATE,
    demonstration    BOOLEAN DEFAULT FALSE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT country_presence_kind CHECK (presence IN ('country_office', 'sub_office', 'project', 'none')),
    CONSTRAINT country_membership_kind CHECK (membership IN ('member_state', 'observer', 'none'))
);
CREATE INDEX country_presence_region_idx ON country_presence (region_code);

-- Membership recorded before this table (country.member_state) carries over, with its date.
INSERT INTO country_presence (country_code, membership, membership_since)
SELECT code, 'member_state', member_since FROM country WHERE member_state = TRUE;
