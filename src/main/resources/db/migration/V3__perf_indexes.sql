-- Claim indexes that a search can read in order (issue 7). H2 reads an index in order, and stops after
-- one page, only when the ORDER BY names the index's columns in the index's direction; the search sorts
-- newest first, so the indexes are (column DESC, id DESC). Same columns as before: no extra write cost.
-- PostgreSQL reads either direction; the statements are portable (H2 2.x and PostgreSQL 15).
DROP INDEX ix_claim_speaker;
CREATE INDEX ix_claim_speaker ON claim (speaker_id DESC, id DESC);
DROP INDEX ix_claim_source;
CREATE INDEX ix_claim_source ON claim (source_id DESC, id DESC);
DROP INDEX ix_claim_status;
CREATE INDEX ix_claim_status ON claim (status DESC, id DESC);
