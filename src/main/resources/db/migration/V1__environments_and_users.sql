-- Environments and their users. Portable SQL: the same file runs on H2 and PostgreSQL.

CREATE TABLE environments (
    id                    UUID         NOT NULL PRIMARY KEY,
    name                  VARCHAR(256) NOT NULL,
    organization_id       UUID         NOT NULL,
    default_population_id UUID         NOT NULL,
    created_at            TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE TABLE users (
    id               UUID         NOT NULL,
    environment_id   UUID         NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    population_id    UUID         NOT NULL,
    username         VARCHAR(128) NOT NULL,
    -- lower-cased username: uniqueness and filters ignore case. Wider than username:
    -- lower-casing can lengthen a string (U+0130 becomes two characters).
    username_key     VARCHAR(512) NOT NULL,
    email            VARCHAR(256),
    name_given       VARCHAR(256),
    name_family      VARCHAR(256),
    name_middle      VARCHAR(256),
    name_formatted   VARCHAR(256),
    enabled          BOOLEAN      NOT NULL,
    mfa_enabled      BOOLEAN      NOT NULL,
    bypass_mfa_until TIMESTAMP(3) WITH TIME ZONE,
    lifecycle_status VARCHAR(32)  NOT NULL,
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    -- Ids are unique per environment, so sandboxes can reuse another's ids (PingOne's
    -- documentation ids, say). The key also serves listing in id order.
    CONSTRAINT users_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT users_username_unique UNIQUE (environment_id, username_key)
);
