-- A database as status-dashboard-v3 (Go) leaves it after its migrations: the v1 tables plus
-- type, description, status, audit and soft-delete columns, and a version column of its own.
CREATE TABLE component (
    id SERIAL PRIMARY KEY,
    name VARCHAR NOT NULL,
    created_at TIMESTAMP,
    modified_at TIMESTAMP,
    deleted_at TIMESTAMP
);
CREATE TABLE component_attribute (
    id SERIAL PRIMARY KEY,
    component_id INTEGER REFERENCES component (id) ON DELETE CASCADE,
    name VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    CONSTRAINT unique_component_attribute UNIQUE (component_id, name)
);
CREATE INDEX ix_component_attribute_component_id ON component_attribute (component_id);
CREATE TABLE incident (
    id SERIAL PRIMARY KEY,
    text VARCHAR NOT NULL,
    start_date TIMESTAMP NOT NULL,
    end_date TIMESTAMP,
    impact SMALLINT NOT NULL,
    system BOOLEAN DEFAULT FALSE NOT NULL,
    type VARCHAR NOT NULL DEFAULT 'incident',
    description VARCHAR(2000),
    status VARCHAR(50),
    created_at TIMESTAMP,
    modified_at TIMESTAMP,
    deleted_at TIMESTAMP,
    created_by VARCHAR(255),
    contact_email VARCHAR(255),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE incident_component_relation (
    incident_id INTEGER NOT NULL,
    component_id INTEGER NOT NULL REFERENCES component (id)
);
CREATE UNIQUE INDEX inc_comp_rel ON incident_component_relation (incident_id, component_id);
CREATE TABLE incident_status (
    id SERIAL PRIMARY KEY,
    incident_id INTEGER,
    "timestamp" TIMESTAMP NOT NULL,
    text VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    created_at TIMESTAMP,
    modified_at TIMESTAMP,
    deleted_at TIMESTAMP,
    created_by VARCHAR(255),
    modified_by VARCHAR(255)
);
CREATE INDEX ix_incident_status_incident_id ON incident_status (incident_id);

INSERT INTO component (name, created_at, modified_at) VALUES ('Cloud Container Engine', '2024-01-01 00:00:00', '2024-01-01 00:00:00');
INSERT INTO component (name, created_at, modified_at) VALUES ('Distributed Cache Service', '2024-01-01 00:00:00', '2024-01-01 00:00:00');
INSERT INTO component_attribute (component_id, name, value) VALUES (1, 'region', 'EU-DE');
INSERT INTO component_attribute (component_id, name, value) VALUES (1, 'category', 'Container');
INSERT INTO component_attribute (component_id, name, value) VALUES (1, 'type', 'cce');
INSERT INTO component_attribute (component_id, name, value) VALUES (2, 'region', 'EU-NL');
INSERT INTO component_attribute (component_id, name, value) VALUES (2, 'category', 'Database');
INSERT INTO component_attribute (component_id, name, value) VALUES (2, 'type', 'dcs');

-- 1: open incident; 2: soft-deleted open incident (never shown); 3: an announcement (info);
-- 4: a maintenance in progress with a description and its version at 3.
INSERT INTO incident (text, start_date, end_date, impact, system, type, status, created_by, version)
    VALUES ('CCE nodes not ready', '2025-05-01 10:00:00', NULL, 2, FALSE, 'incident', 'analyzing', 'jane', 2);
INSERT INTO incident (text, start_date, end_date, impact, system, type, deleted_at)
    VALUES ('Deleted by mistake', '2025-05-02 10:00:00', NULL, 3, FALSE, 'incident', '2025-05-02 10:05:00');
INSERT INTO incident (text, start_date, end_date, impact, system, type, description)
    VALUES ('New region coming', '2025-05-03 10:00:00', NULL, 0, FALSE, 'info', 'EU-CH2 opens next month');
INSERT INTO incident (text, start_date, end_date, impact, system, type, description, status, version)
    VALUES ('DCS patching', '2025-05-04 10:00:00', '2099-01-01 00:00:00', 0, FALSE, 'maintenance', 'Minor version upgrade', 'in progress', 3);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (1, 1);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (2, 2);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (3, 2);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (4, 2);
INSERT INTO incident_status (incident_id, "timestamp", text, status, created_by)
    VALUES (1, '2025-05-01 10:05:00', 'Nodes are not ready in eu-de-02', 'analyzing', 'jane');
