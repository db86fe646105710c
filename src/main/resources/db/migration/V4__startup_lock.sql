-- A row that instances lock while they seed or generate the first signing key: several
-- instances starting together on one database do each of these once.
CREATE TABLE stub_locks (
    name VARCHAR(64) NOT NULL PRIMARY KEY
);

INSERT INTO stub_locks (name) VALUES ('startup');
