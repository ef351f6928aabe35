-- The sign-in throttles' counters, shared by every node: one row per account, per address, per
-- pending second-factor sign-in and per user's current-password check. An attempt takes its
-- place in the count under the row's lock BEFORE its password or code is checked, so attempts
-- sent together cannot all pass under the limit, whichever node takes them. (login_attempt,
-- counted after the check, is no longer written; nodes of the previous release still read it
-- during a rolling upgrade, so it is dropped in a later release.)
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) PRIMARY KEY,
    failures      INTEGER NOT NULL,
    last_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_throttle_last_idx ON login_throttle (last_at);
