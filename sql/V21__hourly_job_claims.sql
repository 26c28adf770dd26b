-- Hourly jobs claim their hour as the nightly ones claim their day (JobClaims): run_at is the start
-- of the last hour claimed, so that one instance of a cluster purges the idempotency keys and the
-- sign-in failures each hour, not every instance at once.
ALTER TABLE job_runs ADD COLUMN run_at TIMESTAMP;
INSERT INTO job_runs (name, run_on) VALUES ('idempotency-purge', CAST('2000-01-01' AS DATE));
INSERT INTO job_runs (name, run_on) VALUES ('sign-in-failure-purge', CAST('2000-01-01' AS DATE));
