-- Worker apps of each environment, and the keys every instance signs tokens with.

CREATE TABLE applications (
    id             UUID         NOT NULL PRIMARY KEY,
    environment_id UUID         NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    client_id      VARCHAR(128) NOT NULL,
    name           VARCHAR(256) NOT NULL,
    -- a PasswordEncoder hash ({bcrypt}...): the secret itself is never stored
    secret_hash    VARCHAR(256) NOT NULL,
    -- Role names, comma-separated
    roles          VARCHAR(256) NOT NULL,
    -- OAuth grant types, comma-separated
    grant_types    VARCHAR(256) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT applications_client_unique UNIQUE (environment_id, client_id)
);

CREATE TABLE signing_keys (
    kid        VARCHAR(64)   NOT NULL PRIMARY KEY,
    -- the RSA key pair as a JWK, private part included
    jwk        VARCHAR(8192) NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP(3) WITH TIME ZONE
);
