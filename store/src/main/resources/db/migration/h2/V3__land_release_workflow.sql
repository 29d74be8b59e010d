-- Land release to the end (issue 6), embedded H2 + H2GIS. Keep in step with
-- ../postgresql/V3__land_release_workflow.sql: the same tables and columns.

-- Completion report per task (IMAS 07.11, 08.10, 08.20, 09.10); items as TYPE@depthCm=count;…
CREATE TABLE completion_report (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  task_id BIGINT NOT NULL UNIQUE REFERENCES task (id),
  hazardous_area_id BIGINT NOT NULL REFERENCES hazardous_area (id),
  team_id BIGINT NOT NULL REFERENCES team (id),
  started_on DATE NOT NULL,
  completed_on DATE NOT NULL,
  cancelled_m2 DOUBLE PRECISION NOT NULL CHECK (cancelled_m2 >= 0),
  reduced_m2 DOUBLE PRECISION NOT NULL CHECK (reduced_m2 >= 0),
  cleared_m2 DOUBLE PRECISION NOT NULL CHECK (cleared_m2 >= 0),
  residual_risk_m2 DOUBLE PRECISION NOT NULL CHECK (residual_risk_m2 >= 0),
  clearance_depth_cm INTEGER CHECK (clearance_depth_cm > 0),
  items VARCHAR(4000) NOT NULL,
  remaining_geom GEOMETRY(GEOMETRY, 4326),
  released_geom GEOMETRY(GEOMETRY, 4326),
  CHECK (completed_on >= started_on)
);
CREATE INDEX completion_report_area ON completion_report (hazardous_area_id);

-- QA monitoring visits and their non-conformities (IMAS 07.12).
CREATE TABLE qa_visit (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  task_id BIGINT NOT NULL REFERENCES task (id),
  visited_on DATE NOT NULL,
  inspector VARCHAR(255) NOT NULL,
  notes VARCHAR(4000) NOT NULL
);
CREATE INDEX qa_visit_task ON qa_visit (task_id);

CREATE TABLE non_conformity (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  qa_visit_id BIGINT NOT NULL REFERENCES qa_visit (id),
  type VARCHAR(64) NOT NULL,
  severity VARCHAR(16) NOT NULL,
  corrective_action VARCHAR(4000) NOT NULL,
  closed_on DATE
);
CREATE INDEX non_conformity_visit ON non_conformity (qa_visit_id);

-- QC post-clearance inspection with its ISO 2859-1 sampling plan (IMAS 09.20).
CREATE TABLE qc_inspection (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  task_id BIGINT NOT NULL REFERENCES task (id),
  inspected_on DATE NOT NULL,
  inspector VARCHAR(255) NOT NULL,
  lot_size INTEGER NOT NULL CHECK (lot_size >= 1),
  unit_m2 DOUBLE PRECISION NOT NULL CHECK (unit_m2 > 0),
  inspection_level VARCHAR(4) NOT NULL,
  aql_percent DOUBLE PRECISION NOT NULL,
  code_letter VARCHAR(1) NOT NULL,
  sample_size INTEGER NOT NULL CHECK (sample_size >= 1),
  acceptance_number INTEGER NOT NULL CHECK (acceptance_number >= 0),
  non_conforming_units INTEGER NOT NULL CHECK (non_conforming_units >= 0),
  items_found INTEGER NOT NULL CHECK (items_found >= 0),
  result VARCHAR(8) NOT NULL
);
CREATE INDEX qc_inspection_task ON qc_inspection (task_id);

-- Handover certificate and land use after release (IMAS 07.11; the nexus measure).
CREATE TABLE handover (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  hazardous_area_id BIGINT NOT NULL UNIQUE REFERENCES hazardous_area (id),
  certificate_no VARCHAR(64) NOT NULL UNIQUE,
  handed_over_on DATE NOT NULL,
  recipient VARCHAR(500) NOT NULL,
  released_m2 DOUBLE PRECISION NOT NULL CHECK (released_m2 > 0),
  land_use_after VARCHAR(32) NOT NULL,
  returned_to_use_on DATE,
  CHECK (returned_to_use_on IS NULL OR returned_to_use_on >= handed_over_on)
);

-- Funding: donors, pledges, grants with earmarks, disbursements, cost booked per task.
CREATE TABLE donor (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  country VARCHAR(2) NOT NULL
);

CREATE TABLE pledge (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  donor_id BIGINT NOT NULL REFERENCES donor (id),
  pledged_on DATE NOT NULL,
  amount_usd DOUBLE PRECISION NOT NULL CHECK (amount_usd > 0),
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  CHECK (period_to >= period_from)
);

-- "grant" is a reserved word in SQL, hence grant_award.
CREATE TABLE grant_award (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  donor_id BIGINT NOT NULL REFERENCES donor (id),
  pledge_id BIGINT REFERENCES pledge (id),
  reference VARCHAR(255) NOT NULL,
  amount_usd DOUBLE PRECISION NOT NULL CHECK (amount_usd > 0),
  committed_on DATE NOT NULL,
  region_id BIGINT REFERENCES region (id),
  activity VARCHAR(32),
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  CHECK (period_to >= period_from)
);

CREATE TABLE disbursement (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  grant_id BIGINT NOT NULL REFERENCES grant_award (id),
  disbursed_on DATE NOT NULL,
  amount_usd DOUBLE PRECISION NOT NULL CHECK (amount_usd > 0)
);

CREATE TABLE cost_booking (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  task_id BIGINT NOT NULL REFERENCES task (id),
  grant_id BIGINT REFERENCES grant_award (id),
  booked_on DATE NOT NULL,
  amount_usd DOUBLE PRECISION NOT NULL CHECK (amount_usd > 0)
);
CREATE INDEX cost_booking_task ON cost_booking (task_id);

-- National strategy indicators with yearly targets and budgets.
CREATE TABLE indicator (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  code VARCHAR(32) NOT NULL UNIQUE,
  name VARCHAR(500) NOT NULL,
  measure VARCHAR(32) NOT NULL,
  baseline_year INTEGER NOT NULL,
  baseline_value DOUBLE PRECISION NOT NULL CHECK (baseline_value >= 0),
  budget_line VARCHAR(255) NOT NULL
);

CREATE TABLE indicator_target (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  indicator_id BIGINT NOT NULL REFERENCES indicator (id),
  target_year INTEGER NOT NULL,
  target_value DOUBLE PRECISION NOT NULL CHECK (target_value >= 0),
  budget_usd DOUBLE PRECISION NOT NULL CHECK (budget_usd >= 0),
  UNIQUE (indicator_id, target_year)
);

-- Lines programme rules measure distance from: contact line on a date, state border.
CREATE TABLE reference_line (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(500) NOT NULL,
  valid_on DATE,
  geom GEOMETRY(GEOMETRY, 4326) NOT NULL
);
CREATE SPATIAL INDEX reference_line_geom ON reference_line (geom);
