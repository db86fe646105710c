-- PingOne's OIDC sign-on applications beside the worker apps, in the same table: a
-- WEB_APP, SINGLE_PAGE_APP or NATIVE_APP signs users on (authorization code, implicit,
-- refresh token), with its redirect URIs, response types, PKCE rule and refresh token
-- lifetimes. The existing rows are worker apps, whose new columns stay NULL.
-- Grant types stay in grant_types as the OAuth names (client_credentials,
-- authorization_code, implicit, refresh_token); response types and URI lists are
-- comma- and newline-separated.
ALTER TABLE applications ADD COLUMN type VARCHAR(32) DEFAULT 'WORKER' NOT NULL;
ALTER TABLE applications ADD COLUMN response_types VARCHAR(64);
ALTER TABLE applications ADD COLUMN redirect_uris VARCHAR(1000000);
ALTER TABLE applications ADD COLUMN post_logout_redirect_uris VARCHAR(1000000);
ALTER TABLE applications ADD COLUMN pkce_enforcement VARCHAR(16);
ALTER TABLE applications ADD COLUMN refresh_token_duration INTEGER;
ALTER TABLE applications ADD COLUMN refresh_token_rolling_duration INTEGER;

-- PingOne's "Update Application Secret" may keep the replaced secret valid for up to 30
-- days: its clear text (when the stub knew it), its hash, and when it stops.
ALTER TABLE applications ADD COLUMN previous_secret VARCHAR(256);
ALTER TABLE applications ADD COLUMN previous_secret_hash VARCHAR(256);
ALTER TABLE applications ADD COLUMN previous_secret_expires_at TIMESTAMP(3) WITH TIME ZONE;
