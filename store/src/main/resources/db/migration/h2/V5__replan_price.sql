-- Re-planning price of a plan job (issue 4): days of a task's value a re-plan pays to move a task of
-- the plan it replaces to another team. Null on a fresh plan, and on jobs written before this
-- column, which re-planned at the planner's default.
ALTER TABLE plan_job ADD COLUMN replan_price_days DOUBLE PRECISION;
