-- PingOne's password recovery: the code sent to the user's email, kept only as a
-- SHA-256 hash, until when it is good, and the wrong codes tried with it (five lock the
-- password out: PASSWORD_LOCKED_OUT).
ALTER TABLE users ADD COLUMN recovery_code_hash VARCHAR(64);
ALTER TABLE users ADD COLUMN recovery_expires_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE users ADD COLUMN recovery_failures INTEGER DEFAULT 0 NOT NULL;
