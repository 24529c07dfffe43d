-- Telemetry: raw points, rollups (1 min, 1 h, 1 day) and the latest point of every series.
--
-- A series is one (device, key). Raw rows and rollups repeat it millions of times, so they carry a
-- compact integer id instead of two strings: rows and index pages stay small, and the writer caches
-- the ids in memory so the hot path never looks them up.
CREATE TABLE telemetry_series (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (device_id, key)
);

-- Raw points. WITHOUT ROWID with PRIMARY KEY (series_id, ts): the table is its own index, so reading
-- one series over a time range is a single contiguous b-tree scan, no second index has to be kept in
-- step on insert, and the key itself makes writes idempotent (INSERT OR IGNORE: first write wins).
-- kind: 0 number, 1 boolean, 2 text, 3 json. num holds numbers and booleans (0/1), text holds strings
-- and raw JSON; the other column is NULL. num is nullable because SQLite stores NaN as NULL.
CREATE TABLE telemetry_raw (
    series_id INTEGER NOT NULL,
    ts INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    num REAL,
    text TEXT,
    PRIMARY KEY (series_id, ts)
) WITHOUT ROWID;

-- Rollups of numeric values, one table per tier (same shape) so each stays small and retention of a
-- tier is a per-series key-range delete. bucket_start is epoch-aligned (UTC): ts - ts mod length.
-- last_v is the value with the greatest ts in the bucket (last_ts).
CREATE TABLE telemetry_minute (
    series_id INTEGER NOT NULL,
    bucket_start INTEGER NOT NULL,
    cnt INTEGER NOT NULL,
    sum_v REAL NOT NULL,
    min_v REAL NOT NULL,
    max_v REAL NOT NULL,
    last_v REAL NOT NULL,
    last_ts INTEGER NOT NULL,
    PRIMARY KEY (series_id, bucket_start)
) WITHOUT ROWID;

CREATE TABLE telemetry_hour (
    series_id INTEGER NOT NULL,
    bucket_start INTEGER NOT NULL,
    cnt INTEGER NOT NULL,
    sum_v REAL NOT NULL,
    min_v REAL NOT NULL,
    max_v REAL NOT NULL,
    last_v REAL NOT NULL,
    last_ts INTEGER NOT NULL,
    PRIMARY KEY (series_id, bucket_start)
) WITHOUT ROWID;

CREATE TABLE telemetry_day (
    series_id INTEGER NOT NULL,
    bucket_start INTEGER NOT NULL,
    cnt INTEGER NOT NULL,
    sum_v REAL NOT NULL,
    min_v REAL NOT NULL,
    max_v REAL NOT NULL,
    last_v REAL NOT NULL,
    last_ts INTEGER NOT NULL,
    PRIMARY KEY (series_id, bucket_start)
) WITHOUT ROWID;

-- The latest point of every series, any kind. Kept apart from raw so it survives raw retention and
-- "latest of 1,000 devices" is one rowid lookup per series instead of a descending scan.
CREATE TABLE telemetry_latest (
    series_id INTEGER PRIMARY KEY,
    ts INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    num REAL,
    text TEXT
);
