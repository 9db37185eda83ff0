-- A database as stackmon/status-dashboard (Flask, Alembic) leaves it: SERIAL keys, the relation
-- table with its own id, SQLAlchemy's index names, no v3 columns, no Flyway history.
CREATE TABLE component (
    id SERIAL PRIMARY KEY,
    name VARCHAR NOT NULL
);
CREATE INDEX ix_component_id ON component (id);
CREATE TABLE component_attribute (
    id SERIAL PRIMARY KEY,
    component_id INTEGER REFERENCES component (id),
    name VARCHAR,
    value VARCHAR,
    CONSTRAINT u_attr_comp UNIQUE (component_id, name)
);
CREATE INDEX ix_component_attribute_component_id ON component_attribute (component_id);
CREATE TABLE incident (
    id SERIAL PRIMARY KEY,
    text VARCHAR NOT NULL,
    start_date TIMESTAMP NOT NULL,
    end_date TIMESTAMP,
    impact SMALLINT NOT NULL,
    system BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE incident_component_relation (
    id SERIAL PRIMARY KEY,
    incident_id INTEGER REFERENCES incident (id),
    component_id INTEGER REFERENCES component (id)
);
CREATE INDEX inc_comp_rel ON incident_component_relation (incident_id, component_id);
CREATE TABLE incident_status (
    id SERIAL PRIMARY KEY,
    incident_id INTEGER REFERENCES incident (id),
    "timestamp" TIMESTAMP NOT NULL,
    text VARCHAR NOT NULL,
    status VARCHAR NOT NULL
);
CREATE INDEX ix_incident_status_incident_id ON incident_status (incident_id);

INSERT INTO component (name) VALUES ('Elastic Cloud Server');
INSERT INTO component (name) VALUES ('Elastic Cloud Server');
INSERT INTO component (name) VALUES ('Object Storage Service');
INSERT INTO component (name) VALUES ('Cloud Container Engine');
INSERT INTO component_attribute (component_id, name, value) VALUES (1, 'region', 'EU-DE');
INSERT INTO component_attribute (component_id, name, value) VALUES (1, 'category', 'Compute');
INSERT INTO component_attribute (component_id, name, value) VALUES (1, 'type', 'ecs');
INSERT INTO component_attribute (component_id, name, value) VALUES (2, 'region', 'EU-NL');
INSERT INTO component_attribute (component_id, name, value) VALUES (2, 'category', 'Compute');
INSERT INTO component_attribute (component_id, name, value) VALUES (2, 'type', 'ecs');
INSERT INTO component_attribute (component_id, name, value) VALUES (3, 'region', 'EU-DE');
INSERT INTO component_attribute (component_id, name, value) VALUES (3, 'category', 'Storage');
INSERT INTO component_attribute (component_id, name, value) VALUES (3, 'type', 'obs');
INSERT INTO component_attribute (component_id, name, value) VALUES (4, 'region', 'EU-DE');
INSERT INTO component_attribute (component_id, name, value) VALUES (4, 'category', 'Container');
INSERT INTO component_attribute (component_id, name, value) VALUES (4, 'type', 'cce');

-- 1: closed outage; 2: open major incident; 3: maintenance far in the future; 4: open minor
-- incident that the monitoring opened.
INSERT INTO incident (text, start_date, end_date, impact, system)
    VALUES ('Storage outage', '2024-03-01 10:00:00', '2024-03-01 12:30:00', 3, FALSE);
INSERT INTO incident (text, start_date, end_date, impact, system)
    VALUES ('Compute API errors', '2025-01-15 08:00:00', NULL, 2, FALSE);
INSERT INTO incident (text, start_date, end_date, impact, system)
    VALUES ('Storage upgrade', '2099-06-01 22:00:00', '2099-06-02 02:00:00', 0, FALSE);
INSERT INTO incident (text, start_date, end_date, impact, system)
    VALUES ('System incident from monitoring', '2025-02-01 09:00:00', NULL, 1, TRUE);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (1, 3);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (2, 1);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (3, 3);
INSERT INTO incident_component_relation (incident_id, component_id) VALUES (4, 4);
INSERT INTO incident_status (incident_id, "timestamp", text, status)
    VALUES (1, '2024-03-01 10:05:00', 'We are looking into it', 'analyzing');
INSERT INTO incident_status (incident_id, "timestamp", text, status)
    VALUES (1, '2024-03-01 12:30:00', 'Fixed', 'resolved');
INSERT INTO incident_status (incident_id, "timestamp", text, status)
    VALUES (2, '2025-01-15 08:10:00', 'Errors on the ECS API in eu-de-01', 'analyzing');
INSERT INTO incident_status (incident_id, "timestamp", text, status)
    VALUES (3, '2099-05-01 00:00:00', 'Firmware upgrade of the storage nodes', 'description');
INSERT INTO incident_status (incident_id, "timestamp", text, status)
    VALUES (4, '2025-02-01 09:00:00', 'Cloud Container Engine (region: EU-DE) moved from <a href=''/incidents/2''>Compute API errors</a><img src=x onerror=alert(1)>', 'SYSTEM');
