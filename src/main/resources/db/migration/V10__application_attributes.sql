-- What PingOne's application resource shows beyond a name, for apps made through the
-- API: a description, the token endpoint's client authentication, the last change, and
-- the secret itself, which PingOne's "Read Application Secret" answers. Seeded and
-- sandbox apps keep only the hash (their secret is in the seed, or was answered once).
ALTER TABLE applications ADD COLUMN description VARCHAR(1024);
ALTER TABLE applications ADD COLUMN token_endpoint_auth_method VARCHAR(32) DEFAULT 'CLIENT_SECRET_BASIC' NOT NULL;
ALTER TABLE applications ADD COLUMN updated_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE applications ADD COLUMN secret VARCHAR(256);
