package com.quotedesk.claim;

import com.quotedesk.article.Article;
import com.quotedesk.extraction.ClaimFlag;
import com.quotedesk.extraction.ClaimKind;
import com.quotedesk.speaker.Source;
import com.quotedesk.speaker.Speaker;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One quotation or reported statement in an article, with who said it, through whom we know it, and
 * where review stands. Every change is audited (Envers writes claim_aud in the same transaction), and
 * {@code version} makes concurrent reviews of one claim fail fast instead of overwriting each other.
 */
@Entity
@Table(name = "claim")
@Audited
@EntityListeners(ClaimTotals.Listener.class)
public class Claim extends PanacheEntity {

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "VARCHAR(16)")
    public ClaimKind kind;
    @Column(length = 1_100_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String quote;
    @NotAudited
    @Column(name = "quote_key", length = 1_100_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String quoteKey;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @NotAudited
    @Column(name = "segment_index")
    public int segmentIndex;
    @NotAudited
    public String cue;
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;
    @NotAudited
    @Column(name = "speaker_mention")
    public String speakerMention;
    @NotAudited
    @Column(name = "source_mention")
    public String sourceMention;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "VARCHAR(16)")
    public ReviewStatus status = ReviewStatus.UNVERIFIED;
    public String note;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    public boolean dismissed;
    @Column(name = "dismiss_reason")
    public String dismissReason;
    @NotAudited
    public String flags = "";
    @NotAudited
    public double confidence;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "VARCHAR(16)")
    public SetBy origin = SetBy.MACHINE;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_set_by", columnDefinition = "VARCHAR(16)")
    public SetBy speakerSetBy = SetBy.MACHINE;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "source_set_by", columnDefinition = "VARCHAR(16)")
    public SetBy sourceSetBy = SetBy.MACHINE;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "kind_set_by", columnDefinition = "VARCHAR(16)")
    public SetBy kindSetBy = SetBy.MACHINE;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "span_set_by", columnDefinition = "VARCHAR(16)")
    public SetBy spanSetBy = SetBy.MACHINE;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    public Set<ClaimFlag> flagSet() {
        if (flags == null || flags.isBlank()) {
            return EnumSet.noneOf(ClaimFlag.class);
        }
        return Arrays.stream(flags.split(",")).map(ClaimFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimFlag.class)));
    }

    public void setFlags(Set<ClaimFlag> set) {
        flags = set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Whether a person has touched this claim: a re-run of extraction must keep it. */
    public boolean touchedByReviewer() {
        return origin == SetBy.REVIEWER || status != ReviewStatus.UNVERIFIED || dismissed || note != null
                || speakerSetBy == SetBy.REVIEWER || sourceSetBy == SetBy.REVIEWER
                || kindSetBy == SetBy.REVIEWER || spanSetBy == SetBy.REVIEWER;
    }

    public static List<Claim> findByArticle(Article article) {
        return list("select c from Claim c left join fetch c.speaker left join fetch c.source "
                + "where c.article = ?1 order by c.start, c.id", article);
    }
}
