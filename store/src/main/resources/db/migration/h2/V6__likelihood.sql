-- Contamination likelihood (issue 15). Keep in step with the other vendor's V6__likelihood.sql.

-- The occupied territory on a date, as a front-line map publishes it: whether and how long a place
-- was occupied, and its distance to the line of contact, are likelihood features.
CREATE TABLE occupation_snapshot (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  valid_on DATE NOT NULL,
  source VARCHAR(500) NOT NULL,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);
CREATE SPATIAL INDEX occupation_snapshot_geom ON occupation_snapshot (geom);
CREATE INDEX occupation_snapshot_date ON occupation_snapshot (valid_on);

-- Every trained likelihood model, kept with its card; at most one is active (what rankings and
-- method recommendations use). The booster is XGBoost's UBJSON, base64; model is the schema and
-- calibration (JSON). Instants are ISO 8601 text, as in plan_job.
CREATE TABLE likelihood_model (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  submitted_by VARCHAR(255) NOT NULL,
  submitted_at VARCHAR(40) NOT NULL,
  updated_at VARCHAR(40) NOT NULL,
  progress VARCHAR(255),
  error VARCHAR(4000),
  active INTEGER NOT NULL,
  labelled INTEGER,
  roc_auc DOUBLE PRECISION,
  brier DOUBLE PRECISION,
  card CHARACTER LARGE OBJECT,
  model CHARACTER LARGE OBJECT,
  booster CHARACTER LARGE OBJECT
);
CREATE INDEX likelihood_model_status ON likelihood_model (status);

-- The likelihood model a ranking run used, or null (none active, or a run before V6).
ALTER TABLE ranking_run ADD COLUMN likelihood_model_id BIGINT;
