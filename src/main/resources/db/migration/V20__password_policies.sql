-- PingOne's password policies: every environment starts with "Standard" (its default),
-- "Passphrase" and "Basic", as PingOne's "Password Policies" page says; the default is
-- the one the user password rules apply. A rule that is not set (NULL) is not enforced.
-- The policies go with their environment.
CREATE TABLE password_policies (
    id                       UUID          NOT NULL,
    environment_id           UUID          NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    name                     VARCHAR(256)  NOT NULL,
    -- lower-cased name: names are unique per environment ignoring case, as populations'.
    name_key                 VARCHAR(1024) NOT NULL,
    description              VARCHAR(1024),
    is_default               BOOLEAN       NOT NULL,
    excludes_profile_data    BOOLEAN       NOT NULL,
    not_similar_to_current   BOOLEAN       NOT NULL,
    excludes_commonly_used   BOOLEAN       NOT NULL,
    max_repeated_characters  INTEGER,
    min_unique_characters    INTEGER,
    min_complexity           INTEGER,
    length_min               INTEGER,
    length_max               INTEGER,
    min_uppercase            INTEGER,
    min_lowercase            INTEGER,
    min_digits               INTEGER,
    min_special              INTEGER,
    history_count            INTEGER,
    history_retention_days   INTEGER,
    lockout_failure_count    INTEGER,
    lockout_duration_seconds INTEGER,
    max_age_days             INTEGER,
    min_age_days             INTEGER,
    created_at               TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT password_policies_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT password_policies_name_unique UNIQUE (environment_id, name_key)
);

-- The standard policies of the environments stored before this migration, exactly as
-- dev.mfastub.password.StandardPasswordPolicies writes them for a new one: their ids
-- follow from the environment's (its hex digits each moved on by one, two and three),
-- so the same on H2 and PostgreSQL and the same as the code computes.
INSERT INTO password_policies (id, environment_id, name, name_key, description, is_default, excludes_profile_data,
    not_similar_to_current, excludes_commonly_used, max_repeated_characters, min_unique_characters, min_complexity,
    length_min, length_max, min_uppercase, min_lowercase, min_digits, min_special, history_count,
    history_retention_days, lockout_failure_count, lockout_duration_seconds, max_age_days, min_age_days,
    created_at, updated_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '123456789abcdef0') AS UUID), id,
       'Standard', 'standard',
       'A standard policy that incorporates industry best practices',
       TRUE, TRUE, TRUE, TRUE, 2, 5, NULL, 8, 255, 1, 1, 1, 1, 6, 365, 5, 900, 182, 1, created_at, created_at
FROM environments;

INSERT INTO password_policies (id, environment_id, name, name_key, description, is_default, excludes_profile_data,
    not_similar_to_current, excludes_commonly_used, max_repeated_characters, min_unique_characters, min_complexity,
    length_min, length_max, min_uppercase, min_lowercase, min_digits, min_special, history_count,
    history_retention_days, lockout_failure_count, lockout_duration_seconds, max_age_days, min_age_days,
    created_at, updated_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '23456789abcdef01') AS UUID), id,
       'Passphrase', 'passphrase',
       'A policy that encourages the use of passphrases',
       FALSE, TRUE, TRUE, TRUE, NULL, NULL, 7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5, 900, NULL, NULL,
       created_at, created_at
FROM environments;

INSERT INTO password_policies (id, environment_id, name, name_key, description, is_default, excludes_profile_data,
    not_similar_to_current, excludes_commonly_used, max_repeated_characters, min_unique_characters, min_complexity,
    length_min, length_max, min_uppercase, min_lowercase, min_digits, min_special, history_count,
    history_retention_days, lockout_failure_count, lockout_duration_seconds, max_age_days, min_age_days,
    created_at, updated_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '3456789abcdef012') AS UUID), id,
       'Basic', 'basic',
       'A relaxed standard policy to allow for maximum customer flexibility',
       FALSE, FALSE, FALSE, TRUE, NULL, NULL, NULL, 8, 255, 1, 1, 1, 1, NULL, NULL, 5, 900, NULL, NULL,
       created_at, created_at
FROM environments;
