-- Live tracking's history (src/Polis.Transit/Tracking): what vehicles actually did, for planners and predictions.
-- Times are Unix milliseconds (UTC); dates are the feed's local service dates as yyyy-MM-dd.

-- One row per vehicle call at a stop. event_time = actual arrival, else actual departure: range queries use it.
CREATE TABLE transit_stop_events (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL,
    run_key TEXT NOT NULL,
    trip_id TEXT NOT NULL,
    route_id TEXT NOT NULL,
    direction_id INTEGER,
    stop_id TEXT NOT NULL,
    stop_sequence INTEGER NOT NULL,
    service_date TEXT NOT NULL,
    vehicle_id TEXT NOT NULL,
    scheduled_arrival INTEGER NOT NULL,
    scheduled_departure INTEGER NOT NULL,
    actual_arrival INTEGER,
    actual_departure INTEGER,
    interpolated INTEGER NOT NULL,
    event_time INTEGER NOT NULL,
    UNIQUE (run_key, stop_sequence, vehicle_id)
);
CREATE INDEX ix_transit_stop_events_time ON transit_stop_events (event_time);
CREATE INDEX ix_transit_stop_events_route_time ON transit_stop_events (route_id, event_time);
CREATE INDEX ix_transit_stop_events_stop_time ON transit_stop_events (stop_id, event_time);

-- Running time per segment (consecutive stops of a route) and dwell per stop, by day type (0 weekday,
-- 1 Saturday, 2 Sunday/holiday) and local hour: Welford aggregates (count, mean, M2), merged on write.
CREATE TABLE transit_segment_times (
    route_id TEXT NOT NULL,
    from_stop_id TEXT NOT NULL,
    to_stop_id TEXT NOT NULL,
    day_type INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    count INTEGER NOT NULL,
    mean REAL NOT NULL,
    m2 REAL NOT NULL,
    PRIMARY KEY (route_id, from_stop_id, to_stop_id, day_type, hour)
) WITHOUT ROWID;

CREATE TABLE transit_dwell_times (
    route_id TEXT NOT NULL,
    stop_id TEXT NOT NULL,
    day_type INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    count INTEGER NOT NULL,
    mean REAL NOT NULL,
    m2 REAL NOT NULL,
    PRIMARY KEY (route_id, stop_id, day_type, hour)
) WITHOUT ROWID;

-- Prediction accuracy per route, local day and horizon bucket (0: 0-3 min, 1: 3-6, 2: 6-10, 3: 10-15);
-- histogram = counts of absolute errors in 15 s bins, comma-separated (the last bin: 15 min and more).
CREATE TABLE transit_prediction_accuracy (
    route_id TEXT NOT NULL,
    day TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL,
    accurate INTEGER NOT NULL,
    early INTEGER NOT NULL,
    late INTEGER NOT NULL,
    abs_error_sum REAL NOT NULL,
    histogram TEXT NOT NULL,
    PRIMARY KEY (day, route_id, bucket)
) WITHOUT ROWID;
