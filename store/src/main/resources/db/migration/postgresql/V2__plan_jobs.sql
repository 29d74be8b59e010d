-- Tasking planner solve jobs (issue 4): one row per job, and its documents (the problem sent, the
-- plan, the score analysis) in a table of their own so that status updates stay small.
CREATE TABLE plan_job (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  submitted_by VARCHAR(255) NOT NULL,
  submitted_at VARCHAR(40) NOT NULL,
  updated_at VARCHAR(40) NOT NULL,
  time_limit_s INTEGER NOT NULL,
  task_count INTEGER NOT NULL,
  team_count INTEGER NOT NULL,
  hard_score BIGINT,
  objective DOUBLE PRECISION,
  greedy_objective DOUBLE PRECISION,
  score VARCHAR(255),
  error VARCHAR(4000)
);
CREATE INDEX plan_job_status ON plan_job (status);

CREATE TABLE plan_document (
  id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL,
  job_id BIGINT NOT NULL REFERENCES plan_job (id),
  kind VARCHAR(16) NOT NULL,
  content TEXT NOT NULL,
  CONSTRAINT plan_document_job_kind UNIQUE (job_id, kind)
);
