-- PingOne's "Create MFA User Device (Voice)": a VOICE device may have an extension
-- beside its phone number. Kept as sent and shown back on the device; null for every
-- other device and for a VOICE device created without one.
ALTER TABLE devices ADD COLUMN extension VARCHAR(10);
