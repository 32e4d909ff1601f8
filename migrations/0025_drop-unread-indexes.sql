-- Indexes no query reads: a series's claims are read by series alone (claims_series_source_idx and
-- claims_series_low_idx serve that), and the revision count is kept as a delta (no count over revision
-- points). Each cost a write per claim or point ingested.
DROP INDEX "claims_series_idx";--> statement-breakpoint
DROP INDEX "series_points_revision_idx";