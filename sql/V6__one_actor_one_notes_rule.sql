-- One way to say who did it (platform.entity.Actor: actor id + the name read in history, 100
-- characters) and one notes rule (platform.entity.Notes: at most 1,000 characters) for every
-- history table. The statements are the same on Derby and PostgreSQL.

-- A part's fitting was signed by name only; it gets the technician's id like the other steps.
ALTER TABLE part_usages ADD COLUMN technician_id BIGINT;

-- Notes were 500 characters on the workshop's lines and 1,000 on the requests'.
ALTER TABLE device_events ALTER COLUMN notes SET DATA TYPE VARCHAR(1000);
ALTER TABLE functional_tests ALTER COLUMN notes SET DATA TYPE VARCHAR(1000);

-- A decision is signed with the decider's name as history shows it, no longer the username.
ALTER TABLE pack_requests ALTER COLUMN decided_by SET DATA TYPE VARCHAR(100);
