-- The runtime side of sign-on: PingOne's flows (one authorize request, from its start
-- to COMPLETED or FAILED, with the authorization code it ends in) and the refresh
-- tokens issued from them. Codes and refresh tokens are kept only as SHA-256 hashes.
-- Both go with their environment; a flow and its tokens go with their user.
CREATE TABLE sign_on_flows (
    id                       UUID          NOT NULL,
    environment_id           UUID          NOT NULL,
    application_id           UUID          NOT NULL,
    client_id                VARCHAR(256)  NOT NULL,
    redirect_uri             VARCHAR(2048),
    response_mode            VARCHAR(16)   NOT NULL,
    scope                    VARCHAR(1024) NOT NULL,
    state                    VARCHAR(1024),
    nonce                    VARCHAR(1024),
    code_challenge           VARCHAR(128),
    code_challenge_method    VARCHAR(8),
    login_hint               VARCHAR(256),
    steps                    VARCHAR(256)  NOT NULL,
    mfa_policy_id            UUID,
    no_devices_mode          VARCHAR(16),
    acr                      VARCHAR(256),
    session_id               UUID          NOT NULL,
    status                   VARCHAR(32)   NOT NULL,
    user_id                  UUID,
    device_authentication_id UUID,
    amr                      VARCHAR(64),
    auth_time                TIMESTAMP(3) WITH TIME ZONE,
    error_code               VARCHAR(64),
    error_message            VARCHAR(512),
    code_hash                VARCHAR(64),
    code_expires_at          TIMESTAMP(3) WITH TIME ZONE,
    code_redeemed_at         TIMESTAMP(3) WITH TIME ZONE,
    created_at               TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at               TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_on_flows_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT sign_on_flows_environment FOREIGN KEY (environment_id)
        REFERENCES environments (id) ON DELETE CASCADE,
    CONSTRAINT sign_on_flows_user FOREIGN KEY (environment_id, user_id)
        REFERENCES users (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX sign_on_flows_user ON sign_on_flows (environment_id, user_id);
CREATE UNIQUE INDEX sign_on_flows_code ON sign_on_flows (environment_id, code_hash);

CREATE TABLE refresh_tokens (
    id             UUID          NOT NULL,
    environment_id UUID          NOT NULL,
    token_hash     VARCHAR(64)   NOT NULL,
    flow_id        UUID          NOT NULL,
    application_id UUID          NOT NULL,
    client_id      VARCHAR(256)  NOT NULL,
    user_id        UUID          NOT NULL,
    session_id     UUID          NOT NULL,
    scope          VARCHAR(1024) NOT NULL,
    amr            VARCHAR(64),
    acr            VARCHAR(256),
    auth_time      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP(3) WITH TIME ZONE,
    CONSTRAINT refresh_tokens_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT refresh_tokens_environment FOREIGN KEY (environment_id)
        REFERENCES environments (id) ON DELETE CASCADE,
    CONSTRAINT refresh_tokens_user FOREIGN KEY (environment_id, user_id)
        REFERENCES users (environment_id, id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX refresh_tokens_hash ON refresh_tokens (environment_id, token_hash);
CREATE INDEX refresh_tokens_session ON refresh_tokens (environment_id, session_id);

-- PingOne's password lockout (the default password policy's lockout): wrong passwords
-- at sign-on, counted, and the time the password is locked until.
ALTER TABLE users ADD COLUMN password_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN password_locked_until TIMESTAMP(3) WITH TIME ZONE;
