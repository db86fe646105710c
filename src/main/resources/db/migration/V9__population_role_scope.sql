-- A role held over a population: population ids are unique per environment only, so the
-- assignment keeps the population's environment too. Empty for other scopes.
ALTER TABLE role_assignments ADD COLUMN scope_environment_id UUID;
CREATE INDEX role_assignments_scope_environment ON role_assignments (scope_environment_id);
