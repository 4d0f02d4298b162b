-- Which version of the shipped registry (registry/seed.tsv, by SHA-256 of its entries) this database has
-- taken in, so that a start-up with an unchanged seed does no registry work at all.
CREATE TABLE registry_seed (
    hash        VARCHAR(64)  NOT NULL PRIMARY KEY,
    applied_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
