-- What a speaker report reads (issue 7): the speaker's live claims article by article in text order.
-- With only ix_claim_speaker (speaker_id, id) the databases scanned all 50,000 claims of a busy speaker
-- for each batch of articles; with this index a batch is one range: speaker, not dismissed, article ids
-- from the batch's first to its last. Review does not change these columns, so a review writes no more
-- than before; an ingest writes one more index entry per claim. Portable (H2 2.x and PostgreSQL 15).
CREATE INDEX ix_claim_speaker_article ON claim (speaker_id, dismissed, article_id, start_offset);
