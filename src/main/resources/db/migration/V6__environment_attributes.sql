-- What PingOne's Platform API shows of an environment beyond its name: its type,
-- region, description, bill of materials (JSON) and last change. Environments made
-- before are sandboxes in North America, as every stub environment was.
ALTER TABLE environments ADD COLUMN environment_type VARCHAR(16) DEFAULT 'SANDBOX' NOT NULL;
ALTER TABLE environments ADD COLUMN region VARCHAR(8) DEFAULT 'NA' NOT NULL;
ALTER TABLE environments ADD COLUMN description VARCHAR(1024);
ALTER TABLE environments ADD COLUMN bill_of_materials VARCHAR(65536);
ALTER TABLE environments ADD COLUMN updated_at TIMESTAMP(3) WITH TIME ZONE;

CREATE INDEX environments_organization ON environments (organization_id);
