-- A user's password, as PingOne's password state shows it: the hash (never the value),
-- the status (OK, MUST_CHANGE_PASSWORD; none means NO_PASSWORD) and when it was set.
ALTER TABLE users ADD COLUMN password_hash VARCHAR(128);
ALTER TABLE users ADD COLUMN password_status VARCHAR(32);
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP(3) WITH TIME ZONE;
