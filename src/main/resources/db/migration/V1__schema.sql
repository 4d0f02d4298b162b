-- Quotedesk schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Identifiers use the <table>_seq sequences that Panache ids expect (increment 50).

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id          BIGINT       NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    password    VARCHAR(100) NOT NULL,
    roles       VARCHAR(100) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE article (
    id            BIGINT         NOT NULL PRIMARY KEY,
    title         VARCHAR(500),
    outlet        VARCHAR(200),
    url           VARCHAR(2048),
    language      VARCHAR(2)     NOT NULL,
    published_at  DATE,
    body          VARCHAR(1100000) NOT NULL,
    content_hash  VARCHAR(64)    NOT NULL,
    ingested_by   VARCHAR(64),
    ingested_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    claim_count   INTEGER        NOT NULL,
    CONSTRAINT uk_article_content_hash UNIQUE (content_hash)
);
CREATE INDEX ix_article_ingested_at ON article (ingested_at);

CREATE SEQUENCE segment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE segment (
    id            BIGINT      NOT NULL PRIMARY KEY,
    article_id    BIGINT      NOT NULL,
    idx           INTEGER     NOT NULL,
    start_offset  INTEGER     NOT NULL,
    end_offset    INTEGER     NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    CONSTRAINT fk_segment_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT uk_segment_article_idx UNIQUE (article_id, idx)
);

CREATE SEQUENCE speaker_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE speaker (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    name_key      VARCHAR(300) NOT NULL,
    type          VARCHAR(16)  NOT NULL,
    merged_into   BIGINT,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_speaker_merged_into FOREIGN KEY (merged_into) REFERENCES speaker (id)
);
CREATE INDEX ix_speaker_name_key ON speaker (name_key);

CREATE SEQUENCE speaker_alias_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE speaker_alias (
    id          BIGINT       NOT NULL PRIMARY KEY,
    speaker_id  BIGINT       NOT NULL,
    alias       VARCHAR(300) NOT NULL,
    alias_key   VARCHAR(300) NOT NULL,
    CONSTRAINT fk_speaker_alias_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id),
    CONSTRAINT uk_speaker_alias UNIQUE (speaker_id, alias_key)
);
CREATE INDEX ix_speaker_alias_key ON speaker_alias (alias_key);

CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    name_key      VARCHAR(300) NOT NULL,
    type          VARCHAR(16)  NOT NULL,
    state_media   BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_source_name_key ON source (name_key);

CREATE SEQUENCE source_alias_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE source_alias (
    id          BIGINT       NOT NULL PRIMARY KEY,
    source_id   BIGINT       NOT NULL,
    alias       VARCHAR(300) NOT NULL,
    alias_key   VARCHAR(300) NOT NULL,
    CONSTRAINT fk_source_alias_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT uk_source_alias UNIQUE (source_id, alias_key)
);
CREATE INDEX ix_source_alias_key ON source_alias (alias_key);

CREATE SEQUENCE claim_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim (
    id              BIGINT        NOT NULL PRIMARY KEY,
    article_id      BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    quote           VARCHAR(1100000) NOT NULL,
    quote_key       VARCHAR(1100000) NOT NULL,
    start_offset    INTEGER       NOT NULL,
    end_offset      INTEGER       NOT NULL,
    segment_index   INTEGER       NOT NULL,
    cue             VARCHAR(200),
    speaker_id      BIGINT,
    source_id       BIGINT,
    speaker_mention VARCHAR(300),
    source_mention  VARCHAR(300),
    status          VARCHAR(16)   NOT NULL,
    note            VARCHAR(4000),
    evidence_url    VARCHAR(2048),
    dismissed       BOOLEAN       NOT NULL,
    dismiss_reason  VARCHAR(1000),
    flags           VARCHAR(300)  NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    origin          VARCHAR(16)   NOT NULL,
    speaker_set_by  VARCHAR(16)   NOT NULL,
    source_set_by   VARCHAR(16)   NOT NULL,
    kind_set_by     VARCHAR(16)   NOT NULL,
    span_set_by     VARCHAR(16)   NOT NULL,
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMP(6) WITH TIME ZONE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_claim_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_claim_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id),
    CONSTRAINT fk_claim_source FOREIGN KEY (source_id) REFERENCES source (id)
);
CREATE INDEX ix_claim_article ON claim (article_id, start_offset);
CREATE INDEX ix_claim_speaker ON claim (speaker_id, id);
CREATE INDEX ix_claim_source ON claim (source_id, id);
CREATE INDEX ix_claim_status ON claim (status, id);

-- Review history (Hibernate Envers). Written by the same transaction as the change it records.
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE revinfo (
    rev       BIGINT      NOT NULL PRIMARY KEY,
    revtstmp  BIGINT      NOT NULL,
    username  VARCHAR(64)
);

CREATE TABLE claim_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         SMALLINT,
    kind            VARCHAR(16),
    quote           VARCHAR(1100000),
    start_offset    INTEGER,
    end_offset      INTEGER,
    speaker_id      BIGINT,
    source_id       BIGINT,
    status          VARCHAR(16),
    note            VARCHAR(4000),
    evidence_url    VARCHAR(2048),
    dismissed       BOOLEAN,
    dismiss_reason  VARCHAR(1000),
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_claim_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_claim_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
