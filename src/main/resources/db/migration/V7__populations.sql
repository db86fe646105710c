-- Populations: PingOne's groups of users within an environment, one of them the
-- environment's default (environments.default_population_id says which). Every
-- population a user already names becomes one: the default is "Default", any other is
-- named after its id. A user's population must then exist in its environment.
CREATE TABLE populations (
    id             UUID          NOT NULL,
    environment_id UUID          NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    name           VARCHAR(256)  NOT NULL,
    -- lower-cased name: PingOne's names are unique per environment ignoring case.
    name_key       VARCHAR(1024) NOT NULL,
    description    VARCHAR(1024),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT populations_pk PRIMARY KEY (environment_id, id),
    CONSTRAINT populations_name_unique UNIQUE (environment_id, name_key)
);

INSERT INTO populations (id, environment_id, name, name_key, description, created_at, updated_at)
SELECT default_population_id, id, 'Default', 'default', NULL, created_at, created_at FROM environments;

INSERT INTO populations (id, environment_id, name, name_key, description, created_at, updated_at)
SELECT u.population_id, u.environment_id, CONCAT('Population ', CAST(u.population_id AS VARCHAR(36))),
       CONCAT('population ', CAST(u.population_id AS VARCHAR(36))), NULL, MIN(u.created_at), MIN(u.created_at)
FROM users u
WHERE NOT EXISTS (SELECT 1 FROM populations p WHERE p.environment_id = u.environment_id AND p.id = u.population_id)
GROUP BY u.environment_id, u.population_id;

-- No cascade: a population with users is never deleted (the service refuses, and this
-- refuses a user that joins it meanwhile). Deleting an environment deletes its users
-- first, then itself with its populations: H2 may cascade into populations before users.
ALTER TABLE users ADD CONSTRAINT users_population
    FOREIGN KEY (environment_id, population_id) REFERENCES populations (environment_id, id);
-- For that check, for population deletes and for user counts.
CREATE INDEX users_population_index ON users (environment_id, population_id);
