-- A batch uploaded in the back office survives the node that received it. Its archive is kept in
-- the database until the batch ends, so any node can read it. The node running a batch holds a
-- lease on it and renews it while it runs; when the lease runs out (the node died or lost the
-- database), another node takes the batch over and runs it again from the start: the items the
-- first run stored are found by their source key and not stored twice.
CREATE TABLE import_batch_archive (
    batch_id      BIGINT PRIMARY KEY REFERENCES import_batch (id) ON DELETE CASCADE,
    bytes         BYTEA NOT NULL
);

ALTER TABLE import_batch ADD COLUMN run_by VARCHAR(200);
ALTER TABLE import_batch ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_batch ADD COLUMN attempts INT DEFAULT 1 NOT NULL;
