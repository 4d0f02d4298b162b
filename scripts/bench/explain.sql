-- The statements behind the benchmarked requests, as Hibernate sends them (bind values filled in).
-- Speaker 82 is the generator's first speaker (Ahmad Haddad, 50,000 claims; its id follows the seeded registry); article 2 has 200 claims.
-- Run: scripts/bench/explain.sh (H2 with the service stopped, or PostgreSQL).

-- GET /api/claims?speaker=Ahmad%20Haddad: which speakers the name means, by name, then by alias
EXPLAIN ANALYZE select s1_0.id, s1_0.merged_into from speaker s1_0 where s1_0.name_key='ahmad haddad';
EXPLAIN ANALYZE select s1_0.id, s1_0.merged_into from speaker_alias a1_0 join speaker s1_0 on s1_0.id=a1_0.speaker_id where a1_0.alias_key='ahmad haddad';
-- ... the page: claims with their speaker and source, newest first, read in index order (one query)
EXPLAIN ANALYZE select c1_0.id, c1_0.article_id, c1_0.quote, s1_0.name, s2_0.name from claim c1_0 left join speaker s1_0 on s1_0.id=c1_0.speaker_id left join source s2_0 on s2_0.id=c1_0.source_id where 1=1 and c1_0.speaker_id=82 order by c1_0.speaker_id desc, c1_0.id desc offset 0 rows fetch first 50 rows only;
-- ... the same for a speaker with few claims
EXPLAIN ANALYZE select c1_0.id, c1_0.article_id, c1_0.quote, s1_0.name, s2_0.name from claim c1_0 left join speaker s1_0 on s1_0.id=c1_0.speaker_id left join source s2_0 on s2_0.id=c1_0.source_id where 1=1 and c1_0.speaker_id=1500 order by c1_0.speaker_id desc, c1_0.id desc offset 0 rows fetch first 50 rows only;
-- ... the total of a full page (counted once, then reused until a claim is written: ClaimTotals)
EXPLAIN ANALYZE select count(c1_0.id) from claim c1_0 where 1=1 and c1_0.speaker_id=82;
-- GET /api/speakers?page=0&size=20: the page of names, then the claims of those speakers only
EXPLAIN ANALYZE select s1_0.id from speaker s1_0 where s1_0.merged_into is null order by s1_0.name, s1_0.id offset 0 rows fetch first 20 rows only;
EXPLAIN ANALYZE select c1_0.speaker_id, c1_0.status, c1_0.dismissed, count(c1_0.id) from claim c1_0 where c1_0.speaker_id in (1500, 1501, 1502) group by c1_0.speaker_id, c1_0.status, c1_0.dismissed;
-- PUT /api/claims/{id}/review: the claim by id
EXPLAIN ANALYZE select c1_0.id, c1_0.version, c1_0.status from claim c1_0 where c1_0.id=150000;
-- Article page and GET /api/articles/2/claims: the claims of one article in text order
EXPLAIN ANALYZE select c1_0.id, c1_0.start_offset from claim c1_0 left join speaker s1_0 on s1_0.id=c1_0.speaker_id left join source s2_0 on s2_0.id=c1_0.source_id where c1_0.article_id=2 order by c1_0.start_offset, c1_0.id;
-- Ingest: is this text already stored?
EXPLAIN ANALYZE select a1_0.id from article a1_0 where a1_0.content_hash='0000000000000000000000000000000000000000000000000000000000000000' fetch first 1 rows only;
-- History of a claim
EXPLAIN ANALYZE select a.rev, a.revtype, a.status from claim_aud a where a.id=150000 order by a.rev;
-- Speaker report (CSV export): the articles with the speaker's live claims, counted from the index alone
EXPLAIN ANALYZE select c1_0.article_id, count(c1_0.id) from claim c1_0 where c1_0.dismissed=false and c1_0.speaker_id=82 group by c1_0.speaker_id, c1_0.dismissed, c1_0.article_id order by c1_0.speaker_id, c1_0.dismissed, c1_0.article_id;
-- ... then the claims of a batch of consecutive articles, one range of ix_claim_speaker_article
EXPLAIN ANALYZE select c1_0.id from claim c1_0 where c1_0.dismissed=false and c1_0.speaker_id=82 and c1_0.article_id between 100 and 200 order by c1_0.speaker_id, c1_0.dismissed, c1_0.article_id, c1_0.start_offset, c1_0.id;
