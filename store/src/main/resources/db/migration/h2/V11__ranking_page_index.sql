-- A page of a ranking run (best first) read through this index instead of sorting the whole run:
-- the load test's profile (reclaim bench api --jfr) had ranking pages sorting every entry of the
-- run, with its sources, for each page.
CREATE INDEX ranking_entry_page ON ranking_entry (run_id, rank_no, area_id);
