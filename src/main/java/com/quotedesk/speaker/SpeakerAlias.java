package com.quotedesk.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name of a speaker, in any language. */
@Entity
@Table(name = "speaker_alias")
public class SpeakerAlias extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;
    public String alias;
    @Column(name = "alias_key")
    public String aliasKey;
}
