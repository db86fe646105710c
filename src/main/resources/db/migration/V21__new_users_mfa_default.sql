-- PingOne's "Default MFA status for new users" (Configuring MFA settings: "set to Enabled by
-- default for all environments created after August 20, 2024"): what an environment's MFA
-- settings say of users.mfaEnabled until they are written, and again after a reset.
-- Environments made before it was kept read false, what they always showed.
ALTER TABLE environments ADD COLUMN new_users_mfa_enabled BOOLEAN DEFAULT FALSE NOT NULL;
