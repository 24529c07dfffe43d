-- Static GTFS feed versions (issue 5). A version is written in chunks under status 'importing' (heartbeat_at moves
-- with every chunk, so an abandoned import can be told from a slow one), then activated in one small transaction;
-- the previously active version becomes 'retired' and is kept. 'deleting' marks a removal done in chunks.
-- Times are Unix milliseconds.
CREATE TABLE transit_feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    status TEXT NOT NULL CHECK (status IN ('importing', 'active', 'retired', 'deleting')),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    feed_version TEXT,
    row_counts_json TEXT NOT NULL,
    warnings INTEGER NOT NULL,
    infos INTEGER NOT NULL,
    report_json TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    activated_at INTEGER,
    heartbeat_at INTEGER NOT NULL
);

-- At most one active version, whatever two importers do at once.
CREATE UNIQUE INDEX transit_feeds_one_active ON transit_feeds (status) WHERE status = 'active';

-- One table per GTFS file, keyed by (feed_id, seq): seq is the row's position in the file, so a feed loads back in
-- its own order and rows append at the end of the b-tree. Dates are yyyymmdd integers, times seconds since the
-- service day's reference, days the calendar's weekday flags (Monday = 1 … Sunday = 64).
CREATE TABLE transit_agencies (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    agency_id TEXT NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL, timezone TEXT NOT NULL, lang TEXT, phone TEXT,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_stops (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    stop_id TEXT NOT NULL, name TEXT NOT NULL, lat REAL, lon REAL, location_type INTEGER NOT NULL, code TEXT,
    parent_station TEXT, platform_code TEXT, timezone TEXT, wheelchair_boarding INTEGER NOT NULL,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_routes (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    route_id TEXT NOT NULL, agency_id TEXT, short_name TEXT, long_name TEXT, route_type INTEGER NOT NULL, color TEXT,
    text_color TEXT, description TEXT, sort_order INTEGER,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_trips (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    trip_id TEXT NOT NULL, route_id TEXT NOT NULL, service_id TEXT NOT NULL, headsign TEXT, short_name TEXT,
    direction_id INTEGER, block_id TEXT, shape_id TEXT,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_stop_times (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    trip_id TEXT NOT NULL, stop_sequence INTEGER NOT NULL, stop_id TEXT NOT NULL, arrival INTEGER, departure INTEGER,
    shape_dist REAL, headsign TEXT, pickup_type INTEGER NOT NULL, drop_off_type INTEGER NOT NULL, timepoint INTEGER NOT NULL,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_calendars (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    service_id TEXT NOT NULL, days INTEGER NOT NULL, start_date INTEGER NOT NULL, end_date INTEGER NOT NULL,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_calendar_dates (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    service_id TEXT NOT NULL, date INTEGER NOT NULL, exception_type INTEGER NOT NULL,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_shape_points (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    shape_id TEXT NOT NULL, sequence INTEGER NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, dist REAL,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_frequencies (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    trip_id TEXT NOT NULL, start_time INTEGER NOT NULL, end_time INTEGER NOT NULL, headway_secs INTEGER NOT NULL, exact_times INTEGER NOT NULL,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;

CREATE TABLE transit_feed_info (
    feed_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    publisher_name TEXT NOT NULL, publisher_url TEXT NOT NULL, lang TEXT NOT NULL, start_date INTEGER, end_date INTEGER, version TEXT,
    PRIMARY KEY (feed_id, seq)) WITHOUT ROWID;
