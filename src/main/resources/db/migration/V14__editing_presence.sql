-- Who has an item open in the editor: a row per item and user, refreshed by a heartbeat while
-- the edit screen is open. Rows older than a minute are ignored (and cleared now and then).
CREATE TABLE editing_presence (
    item_id       BIGINT NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    user_id       BIGINT NOT NULL REFERENCES app_user (id),
    user_name     VARCHAR(200) NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, user_id)
);
CREATE INDEX editing_presence_seen_idx ON editing_presence (seen_at);
