-- PingOne's sign-on policies ("Sign-On Policies"), their actions ("Sign-On Policy
-- Actions": LOGIN and MULTI_FACTOR_AUTHENTICATION) and the applications' assignments of
-- them ("Application Sign-On Policy Assignments"). Every environment starts with
-- "Single_Factor" (the default: a LOGIN action) and "Multi_Factor" (LOGIN, then
-- MULTI_FACTOR_AUTHENTICATION with the environment's default MFA policy). Everything goes
-- with its environment; actions and assignments with their policy; assignments with
-- their application.
CREATE TABLE sign_on_policies (
    id             UUID          NOT NULL,
    environment_id UUID          NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    name           VARCHAR(256)  NOT NULL,
    -- lower-cased name: names are unique per environment ignoring case.
    name_key       VARCHAR(1024) NOT NULL,
    description    VARCHAR(1024),
    is_default     BOOLEAN       NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_on_policies_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT sign_on_policies_name_unique UNIQUE (environment_id, name_key)
);

CREATE TABLE sign_on_policy_actions (
    id                   UUID        NOT NULL,
    environment_id       UUID        NOT NULL,
    policy_id            UUID        NOT NULL,
    type                 VARCHAR(32) NOT NULL,
    priority             INTEGER     NOT NULL,
    -- MULTI_FACTOR_AUTHENTICATION only; NULL: the environment's default MFA policy.
    device_policy_id     UUID,
    no_devices_mode      VARCHAR(16),
    -- LOGIN only, kept and shown.
    recovery_enabled     BOOLEAN,
    registration_enabled BOOLEAN,
    registration_population_id UUID,
    created_at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_on_policy_actions_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT sign_on_policy_actions_policy FOREIGN KEY (environment_id, policy_id)
        REFERENCES sign_on_policies (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX sign_on_policy_actions_by_policy ON sign_on_policy_actions (environment_id, policy_id);

CREATE TABLE sign_on_policy_assignments (
    id             UUID    NOT NULL,
    environment_id UUID    NOT NULL,
    application_id UUID    NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    policy_id      UUID    NOT NULL,
    priority       INTEGER NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_on_policy_assignments_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT sign_on_policy_assignments_policy FOREIGN KEY (environment_id, policy_id)
        REFERENCES sign_on_policies (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX sign_on_policy_assignments_by_application ON sign_on_policy_assignments (application_id);

-- The two policies of the environments stored before this migration, exactly as
-- dev.mfastub.signon.StandardSignOnPolicies writes them for a new one: their ids follow
-- from the environment's (its hex digits each moved on by four to eight), so the same on
-- H2 and PostgreSQL and the same as the code computes.
INSERT INTO sign_on_policies (id, environment_id, name, name_key, description, is_default, created_at, updated_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '456789abcdef0123') AS UUID), id,
       'Single_Factor', 'single_factor', 'A sign-on policy that requires a username and password.', TRUE,
       created_at, created_at
FROM environments;

INSERT INTO sign_on_policies (id, environment_id, name, name_key, description, is_default, created_at, updated_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '56789abcdef01234') AS UUID), id,
       'Multi_Factor', 'multi_factor',
       'A sign-on policy that requires a username and password, then a second factor.', FALSE,
       created_at, created_at
FROM environments;

INSERT INTO sign_on_policy_actions (id, environment_id, policy_id, type, priority, device_policy_id, no_devices_mode,
    recovery_enabled, registration_enabled, registration_population_id, created_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '6789abcdef012345') AS UUID), id,
       CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '456789abcdef0123') AS UUID),
       'LOGIN', 1, NULL, NULL, TRUE, FALSE, NULL, created_at
FROM environments;

INSERT INTO sign_on_policy_actions (id, environment_id, policy_id, type, priority, device_policy_id, no_devices_mode,
    recovery_enabled, registration_enabled, registration_population_id, created_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '789abcdef0123456') AS UUID), id,
       CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '56789abcdef01234') AS UUID),
       'LOGIN', 1, NULL, NULL, TRUE, FALSE, NULL, created_at
FROM environments;

INSERT INTO sign_on_policy_actions (id, environment_id, policy_id, type, priority, device_policy_id, no_devices_mode,
    recovery_enabled, registration_enabled, registration_population_id, created_at)
SELECT CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '89abcdef01234567') AS UUID), id,
       CAST(TRANSLATE(CAST(id AS VARCHAR(36)), '0123456789abcdef', '56789abcdef01234') AS UUID),
       'MULTI_FACTOR_AUTHENTICATION', 2, NULL, 'BLOCK', NULL, NULL, NULL, created_at
FROM environments;
