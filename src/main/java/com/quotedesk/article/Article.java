package com.quotedesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A news article exactly as submitted, identified by the hash of its text. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntity {

    public String title;
    public String outlet;
    public String url;
    public String language;
    @Column(name = "published_at")
    public LocalDate publishedAt;
    /** The full text as submitted (a UTF-8 BOM stripped). Claim offsets index into it. */
    @Column(name = "body", length = 1_100_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String text;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "ingested_by")
    public String ingestedBy;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    @Column(name = "claim_count")
    public int claimCount;

    public static Optional<Article> findByHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    /** Newest first; {@code q} matches title or outlet, case-insensitively. */
    public static List<Article> listNewest(String q, int page, int size) {
        return query(q).page(Page.of(page, size)).list();
    }

    public static long countMatching(String q) {
        return query(q).count();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Article> query(String q) {
        Sort sort = Sort.descending("ingestedAt", "id");
        if (q == null || q.isBlank()) {
            return findAll(sort);
        }
        String like = "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return find("lower(title) like ?1 escape '\\' or lower(outlet) like ?1 escape '\\'", sort, like);
    }
}
