-- Runs never overlap, across processes and machines: a run holds the one row of its lock while it
-- works and beats a heartbeat into it. A row whose owner is proven gone (a dead process on the same
-- host, or a heartbeat older than the time-out) may be taken over; the primary key makes taking it
-- atomic. Times are the database's own clock, so hosts with skewed clocks agree.
CREATE TABLE run_lock (
    lock_name    VARCHAR(64)  NOT NULL,
    owner_host   VARCHAR(255) NOT NULL,
    owner_pid    BIGINT       NOT NULL,
    owner_token  CHAR(36)     NOT NULL,
    acquired_at  DATETIME(3)  NOT NULL,
    heartbeat_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (lock_name)
);
