-- The slug check before every save looks a slug up in published_item by (language, slug). On a
-- table without statistics (a fresh database; autovacuum off), PostgreSQL costs the listing index
-- (language, content_type, release_date) the same as the unique (language, slug) one, may pick
-- it for the plan it then keeps for the connection, and so reads every published item of the
-- language on every save: an import of thousands of items slowed down item by item. An index
-- led by the slug is the cheapest way to that lookup whatever the statistics say.
CREATE INDEX published_item_slug_idx ON published_item (slug);
