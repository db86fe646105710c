-- PingOne's default device order follows activation time, not creation time; and once a
-- client removes a user's order, the user has no default device until a new order is
-- set. A device active before this migration counts as activated when it was created
-- (the only time known).
ALTER TABLE devices ADD COLUMN activated_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE devices ADD COLUMN order_removed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE devices SET activated_at = created_at WHERE status = 'ACTIVE';
