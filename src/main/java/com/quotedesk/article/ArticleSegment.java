package com.quotedesk.article;

import com.quotedesk.extraction.SegmentKind;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.List;

/** One paragraph of an article and what kind of paragraph it is. */
@Entity
@Table(name = "segment")
public class ArticleSegment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Column(name = "idx")
    public int index;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "VARCHAR(16)")
    public SegmentKind kind;

    public static List<ArticleSegment> findByArticle(Article article) {
        return list("article = ?1 order by index", article);
    }
}
