-- Reporting: an export's file as ordered chunks of about 1 MiB instead of one BLOB/BYTEA column,
-- so that no instance ever holds a whole file in memory (PostgreSQL's driver reads a bytea value
-- whole): the runner writes the chunks and marks its job DONE in one transaction (a file is
-- complete or absent, never half-written and DONE), and a download reads one chunk at a time,
-- from whichever instance serves it. A job's chunks go with it (ON DELETE CASCADE).
-- ${binary} is BLOB on Derby and BYTEA on PostgreSQL.
CREATE TABLE reporting_export_chunks (
  job_id  BIGINT    NOT NULL,
  seq     INTEGER   NOT NULL,
  content ${binary} NOT NULL,
  CONSTRAINT reporting_export_chunks_pk PRIMARY KEY (job_id, seq),
  CONSTRAINT reporting_export_chunks_job_fk
    FOREIGN KEY (job_id) REFERENCES reporting_export_jobs (id) ON DELETE CASCADE
);

-- The files already stored become a single chunk each (a download reads a chunk of any size).
INSERT INTO reporting_export_chunks (job_id, seq, content)
  SELECT id, 0, content FROM reporting_export_jobs WHERE content IS NOT NULL;

ALTER TABLE reporting_export_jobs DROP COLUMN content;
