-- The digest (GET /api/v1/targets/digest) reads every target of a subtree plan by plan, in document
-- order. The target rows are wide (sentence, folded sentence, full measures: ~1 KB each), so a national
-- digest read them all from the heap and then sorted ~125,000 of them on disk. This index holds just
-- what the digest answers, in plan and document order: PostgreSQL reads it alone (index-only scan, once
-- vacuumed), plan after plan, and sorts nothing but each plan's few rows.
create index target_digest_idx on target (plan_id, position) include (id, group_id, ref, flagged, measures_digest);
