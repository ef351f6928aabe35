-- published_item had two indexes led by translation_group: (translation_group) from V1 and
-- (translation_group, language) from V30. The second serves every look-up the first did, so the
-- first only cost an insert into a random place of a B-tree (the group is a random UUID) at every
-- publication: one of the some 65 index entries a newly published item writes.
DROP INDEX published_item_group_idx;
