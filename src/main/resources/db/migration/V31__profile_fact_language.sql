-- A text fact (the organization's name, the system it is part of) is written in a language and
-- may have a version in each; numbers have none (NULL: the same in every language).
ALTER TABLE org_fact ADD COLUMN language VARCHAR(8);
UPDATE org_fact SET language = 'en' WHERE text_value IS NOT NULL;
