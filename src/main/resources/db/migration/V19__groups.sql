-- PingOne's groups: an environment's, or one population's (population_id, set once).
-- A group goes with its environment, and with its population. Names are unique ignoring
-- case within what can see each other: an environment group's name is taken across the
-- environment, a population group's within its population and by environment groups
-- (the service keeps that rule; the unique constraint holds the half within one scope,
-- so two creates of one name in one scope cannot both win a race).
-- "groups" is a keyword in H2, hence the table's name.
CREATE TABLE identity_groups (
    id             UUID          NOT NULL,
    environment_id UUID          NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    population_id  UUID,
    -- where the name must be unique: the population, or for an environment's group the
    -- environment itself
    scope_id       UUID          NOT NULL,
    name           VARCHAR(256)  NOT NULL,
    -- lower-cased name
    name_key       VARCHAR(1024) NOT NULL,
    description    VARCHAR(1024),
    -- a dynamic group's filter, in the user list's grammar, checked when written
    user_filter    VARCHAR(2048),
    external_id    VARCHAR(1024),
    -- customData, as compact JSON
    custom_data    VARCHAR(16384),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_groups_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT identity_groups_name_unique UNIQUE (environment_id, scope_id, name_key),
    CONSTRAINT identity_groups_population FOREIGN KEY (environment_id, population_id)
        REFERENCES populations (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX identity_groups_name ON identity_groups (environment_id, name_key);

-- Users added to groups directly (POST /users/{userID}/memberOfGroups). A membership goes
-- with its user and with its group.
CREATE TABLE group_memberships (
    id             UUID          NOT NULL,
    environment_id UUID          NOT NULL,
    user_id        UUID          NOT NULL,
    group_id       UUID          NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT group_memberships_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT group_memberships_unique UNIQUE (environment_id, user_id, group_id),
    CONSTRAINT group_memberships_user FOREIGN KEY (environment_id, user_id)
        REFERENCES users (environment_id, id) ON DELETE CASCADE,
    CONSTRAINT group_memberships_group FOREIGN KEY (environment_id, group_id)
        REFERENCES identity_groups (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX group_memberships_group ON group_memberships (environment_id, group_id);

-- Groups nested in groups (POST /groups/{groupID}/memberOfGroups): group_id's members are
-- members of parent_id too. A nesting goes with either group.
CREATE TABLE group_nestings (
    id             UUID          NOT NULL,
    environment_id UUID          NOT NULL,
    group_id       UUID          NOT NULL,
    parent_id      UUID          NOT NULL,
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT group_nestings_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT group_nestings_unique UNIQUE (environment_id, group_id, parent_id),
    CONSTRAINT group_nestings_group FOREIGN KEY (environment_id, group_id)
        REFERENCES identity_groups (environment_id, id) ON DELETE CASCADE,
    CONSTRAINT group_nestings_parent FOREIGN KEY (environment_id, parent_id)
        REFERENCES identity_groups (environment_id, id) ON DELETE CASCADE
);

CREATE INDEX group_nestings_parent ON group_nestings (environment_id, parent_id);
