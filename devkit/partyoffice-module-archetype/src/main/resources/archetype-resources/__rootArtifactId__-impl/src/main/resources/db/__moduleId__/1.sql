-- The register (instants as epoch milliseconds, as the platform's Sql helper binds them). A later change is a new script (2.sql, ...); a script once released is never edited.
CREATE TABLE ${moduleId.toUpperCase()}.ENTRIES (
  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  UNIT_ID BIGINT NOT NULL,
  TITLE VARCHAR(500) NOT NULL,
  CREATED_BY VARCHAR(100) NOT NULL,
  CREATED_AT BIGINT NOT NULL
);
CREATE INDEX ENTRIES_UNIT ON ${moduleId.toUpperCase()}.ENTRIES (UNIT_ID, CREATED_AT);
