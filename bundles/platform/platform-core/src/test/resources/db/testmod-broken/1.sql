-- Second statement refers to a table that does not exist
CREATE TABLE BROKEN.FIRST (ID BIGINT NOT NULL PRIMARY KEY);
INSERT INTO BROKEN.MISSING (ID) VALUES (1)
