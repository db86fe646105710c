-- PingOne's testing devices ("Create MFA User Device for testing"): an EMAIL, SMS or
-- VOICE device created with testMode true answers its passcodes in the response's
-- test.otp. Only the flag is kept: the codes themselves, as for every device, only as
-- hashes (and in the outbox).
ALTER TABLE devices ADD COLUMN test_mode BOOLEAN DEFAULT FALSE NOT NULL;
