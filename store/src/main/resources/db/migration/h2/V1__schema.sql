-- Reclaim schema, embedded H2 + H2GIS. Keep in step with ../postgresql/V1__schema.sql:
-- the same tables and columns; only geometry types, spatial indexes and triggers differ.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();

CREATE TABLE region (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  code VARCHAR(64) NOT NULL UNIQUE,
  name VARCHAR(255) NOT NULL,
  level VARCHAR(16) NOT NULL,
  parent_id BIGINT REFERENCES region (id),
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE hazardous_area (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  code VARCHAR(64) NOT NULL UNIQUE,
  name VARCHAR(500) NOT NULL,
  region_id BIGINT REFERENCES region (id),
  hazard_class VARCHAR(8) NOT NULL,
  status VARCHAR(16) NOT NULL,
  contamination VARCHAR(200) NOT NULL,
  land_use VARCHAR(32) NOT NULL,
  terrain VARCHAR(32) NOT NULL,
  vegetation VARCHAR(32) NOT NULL,
  area_m2 DOUBLE PRECISION NOT NULL CHECK (area_m2 > 0),
  reported_on DATE,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);
CREATE INDEX hazardous_area_region ON hazardous_area (region_id);
CREATE INDEX hazardous_area_status ON hazardous_area (status);

CREATE TABLE evidence (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  type VARCHAR(32) NOT NULL,
  evidence_class VARCHAR(16) NOT NULL,
  observed_on DATE NOT NULL,
  source VARCHAR(500) NOT NULL,
  reliability DOUBLE PRECISION NOT NULL CHECK (reliability BETWEEN 0 AND 1),
  detector_type VARCHAR(200),
  confidence DOUBLE PRECISION CHECK (confidence BETWEEN 0 AND 1),
  casualties INTEGER NOT NULL CHECK (casualties >= 0),
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE evidence_link (
  evidence_id BIGINT NOT NULL REFERENCES evidence (id),
  hazardous_area_id BIGINT NOT NULL REFERENCES hazardous_area (id),
  relation VARCHAR(16) NOT NULL,
  PRIMARY KEY (evidence_id, hazardous_area_id)
);
CREATE INDEX evidence_link_area ON evidence_link (hazardous_area_id);

CREATE TABLE settlement (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  population INTEGER NOT NULL CHECK (population >= 0),
  region_id BIGINT REFERENCES region (id),
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE road_segment (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  road_class VARCHAR(64) NOT NULL,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE critical_infrastructure (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(255) NOT NULL,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE agricultural_parcel (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  crop VARCHAR(64) NOT NULL,
  value_usd_per_ha DOUBLE PRECISION NOT NULL CHECK (value_usd_per_ha >= 0),
  area_m2 DOUBLE PRECISION NOT NULL CHECK (area_m2 > 0),
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE recovery_project (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  sector VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  budget_usd DOUBLE PRECISION NOT NULL CHECK (budget_usd >= 0),
  planned_start DATE,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);

CREATE TABLE operator (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  country VARCHAR(2) NOT NULL
);

CREATE TABLE accreditation (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  operator_id BIGINT NOT NULL REFERENCES operator (id),
  activity VARCHAR(32) NOT NULL,
  region_ids VARCHAR(4000) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL,
  CHECK (valid_to >= valid_from)
);
CREATE INDEX accreditation_operator ON accreditation (operator_id);

CREATE TABLE team (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  operator_id BIGINT NOT NULL REFERENCES operator (id),
  name VARCHAR(255) NOT NULL,
  type VARCHAR(16) NOT NULL,
  productivity VARCHAR(4000) NOT NULL,
  day_rate_usd DOUBLE PRECISION NOT NULL CHECK (day_rate_usd >= 0),
  availability VARCHAR(4000) NOT NULL,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);
CREATE INDEX team_operator ON team (operator_id);

CREATE TABLE task (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  hazardous_area_id BIGINT NOT NULL REFERENCES hazardous_area (id),
  method VARCHAR(16) NOT NULL,
  team_id BIGINT REFERENCES team (id),
  status VARCHAR(16) NOT NULL,
  planned_start DATE,
  planned_end DATE,
  target_area_m2 DOUBLE PRECISION NOT NULL CHECK (target_area_m2 > 0),
  cost_usd DOUBLE PRECISION NOT NULL CHECK (cost_usd >= 0)
);
CREATE INDEX task_area ON task (hazardous_area_id);
CREATE INDEX task_team ON task (team_id);

CREATE TABLE land_release (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  hazardous_area_id BIGINT NOT NULL REFERENCES hazardous_area (id),
  task_id BIGINT REFERENCES task (id),
  category VARCHAR(16) NOT NULL,
  area_m2 DOUBLE PRECISION NOT NULL CHECK (area_m2 > 0),
  released_on DATE NOT NULL,
  items_found INTEGER NOT NULL CHECK (items_found >= 0)
);
CREATE INDEX land_release_area ON land_release (hazardous_area_id);

-- Blocks of identifiers handed out to importers and the API (IdAllocator).
CREATE TABLE id_allocator (
  entity VARCHAR(64) PRIMARY KEY,
  next_id BIGINT NOT NULL
);

-- Append-only record of every change: who, when, what, before and after.
CREATE TABLE audit_log (
  seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor VARCHAR(255) NOT NULL,
  entity VARCHAR(64) NOT NULL,
  entity_id BIGINT,
  action VARCHAR(16) NOT NULL,
  before_json CHARACTER LARGE OBJECT,
  after_json CHARACTER LARGE OBJECT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- Spatial (R-tree) indexes used by the bounding-box operator &&.
CREATE SPATIAL INDEX region_geom ON region (geom);
CREATE SPATIAL INDEX hazardous_area_geom ON hazardous_area (geom);
CREATE SPATIAL INDEX evidence_geom ON evidence (geom);
CREATE SPATIAL INDEX settlement_geom ON settlement (geom);
CREATE SPATIAL INDEX road_segment_geom ON road_segment (geom);
CREATE SPATIAL INDEX critical_infrastructure_geom ON critical_infrastructure (geom);
CREATE SPATIAL INDEX agricultural_parcel_geom ON agricultural_parcel (geom);
CREATE SPATIAL INDEX recovery_project_geom ON recovery_project (geom);
CREATE SPATIAL INDEX team_geom ON team (geom);

-- The audit log is append-only: refuse updates and deletes at the database.
CREATE TRIGGER audit_log_no_change BEFORE UPDATE, DELETE ON audit_log
  FOR EACH ROW CALL "org.reclaim.store.audit.AppendOnlyTrigger";
