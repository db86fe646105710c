-- PingOne's device authentications: one runtime MFA flow for a user, from its start to
-- COMPLETED or FAILED. It goes with its user. Its passcode is kept only as a SHA-256
-- hash (the code itself goes to the outbox); a one-time device's address is kept for
-- the flow's life only.
CREATE TABLE device_authentications (
    id                 UUID          NOT NULL,
    environment_id     UUID          NOT NULL,
    user_id            UUID          NOT NULL,
    policy_id          UUID          NOT NULL,
    status             VARCHAR(32)   NOT NULL,
    selected_device_id UUID,
    one_time_type      VARCHAR(16),
    one_time_address   VARCHAR(256),
    otp_hash           VARCHAR(64),
    otp_expires_at     TIMESTAMP(3) WITH TIME ZONE,
    otp_failures       INTEGER       NOT NULL,
    error_code         VARCHAR(64),
    error_message      VARCHAR(512),
    created_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT device_authentications_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT device_authentications_user FOREIGN KEY (environment_id, user_id)
        REFERENCES users (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX device_authentications_user ON device_authentications (environment_id, user_id);

-- The MFA settings' lockout of a user: wrong passcodes counted across flows, and the
-- lock they lead to (account.status LOCKED until unlock_at).
ALTER TABLE users ADD COLUMN mfa_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN locked_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE users ADD COLUMN unlock_at TIMESTAMP(3) WITH TIME ZONE;
