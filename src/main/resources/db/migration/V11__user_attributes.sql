-- The rest of PingOne's user resource. Each attribute is its own column, sized as
-- PingOne's User schema sizes it: PingOne's filters reach every one, the address's parts
-- too, so none is hidden in a JSON text. Attributes PingOne computes (verifyStatus,
-- emailVerified, lastSignOn) start at PingOne's defaults.
ALTER TABLE users ADD COLUMN name_honorific_prefix VARCHAR(256);
ALTER TABLE users ADD COLUMN name_honorific_suffix VARCHAR(256);
ALTER TABLE users ADD COLUMN nickname VARCHAR(256);
ALTER TABLE users ADD COLUMN title VARCHAR(256);
ALTER TABLE users ADD COLUMN user_type VARCHAR(256);
ALTER TABLE users ADD COLUMN external_id VARCHAR(1024);
ALTER TABLE users ADD COLUMN account_id VARCHAR(1024);
ALTER TABLE users ADD COLUMN locale VARCHAR(256);
ALTER TABLE users ADD COLUMN preferred_language VARCHAR(256);
ALTER TABLE users ADD COLUMN timezone VARCHAR(256);
ALTER TABLE users ADD COLUMN mobile_phone VARCHAR(32);
ALTER TABLE users ADD COLUMN primary_phone VARCHAR(32);
ALTER TABLE users ADD COLUMN photo_href VARCHAR(2048);
ALTER TABLE users ADD COLUMN address_street VARCHAR(256);
ALTER TABLE users ADD COLUMN address_locality VARCHAR(256);
ALTER TABLE users ADD COLUMN address_region VARCHAR(256);
ALTER TABLE users ADD COLUMN address_postal_code VARCHAR(40);
ALTER TABLE users ADD COLUMN address_country_code VARCHAR(2);
ALTER TABLE users ADD COLUMN email_verified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE users ADD COLUMN verify_status VARCHAR(16) DEFAULT 'NOT_INITIATED' NOT NULL;
ALTER TABLE users ADD COLUMN last_sign_on_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE users ADD COLUMN last_sign_on_remote_ip VARCHAR(64);
