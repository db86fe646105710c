-- PingOne's MFA settings keep users.mfaEnabled ("Update MFA Settings"): whether MFA is
-- enabled by default for new users. Settings written before it was kept read false, the
-- value a never-written environment shows.
ALTER TABLE mfa_settings ADD COLUMN users_mfa_enabled BOOLEAN DEFAULT FALSE NOT NULL;
