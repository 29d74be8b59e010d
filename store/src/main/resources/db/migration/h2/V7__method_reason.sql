-- Why the ranking recommends an entry's release method (the method recommendation's reason, e.g.
-- "probability 0.04 below 0.10 and no direct evidence: cancel by non-technical survey, IMAS
-- 08.10"), or null for entries stored before V7. Keep in step with the other vendor's V7.
ALTER TABLE ranking_entry ADD COLUMN method_reason VARCHAR(1000);
