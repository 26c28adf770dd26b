-- The nightly online backup of embedded Derby (fr.packnum.platform.boundary.BackupSchedule),
-- claimed once a day like every scheduled job; on PostgreSQL the job finds nothing to do.
INSERT INTO job_runs (name, run_on) VALUES ('derby-backup', CAST('2000-01-01' AS DATE));
