-- Reading-room loans: when an overdue loan was announced (epoch milliseconds, like the other times; each loan is announced once)
ALTER TABLE ARCHIVES.ACCESS_REQUESTS ADD COLUMN REMINDED_AT BIGINT;
