-- Transit service alerts (operators' and Polis's automatic ones) and run cancellations (docs/transit.md,
-- "GTFS-Realtime and alerts"). An alert is kept whole as Polis's JSON; the columns beside it are what lists need.
-- Times are Unix milliseconds.
CREATE TABLE transit_alerts (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    alert_json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One row per cancelled run: a trip on a service date starting at start_seconds (GTFS seconds since the service
-- day's reference). The unique key refuses cancelling the same run twice; the run's alert is transit_alerts row
-- 'cancellation-' || id, written and removed in the same transaction.
CREATE TABLE transit_cancellations (
    id TEXT PRIMARY KEY,
    trip_id TEXT NOT NULL,
    route_id TEXT NOT NULL,
    service_date TEXT NOT NULL,
    start_seconds INTEGER NOT NULL,
    reason TEXT,
    scheduled_end INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (trip_id, service_date, start_seconds)
);
