-- Alarms and their history. Cleared alarms stay; the partial unique index makes "at most one open
-- alarm per (device, rule)" a database fact, so concurrent raises cannot open two.
CREATE TABLE alarms (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    name TEXT NOT NULL,
    severity INTEGER NOT NULL,
    status INTEGER NOT NULL,
    profile_id TEXT,
    district TEXT,
    details_json TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    last_triggered_at INTEGER NOT NULL,
    trigger_count INTEGER NOT NULL,
    acknowledged_at INTEGER,
    acknowledged_by TEXT,
    cleared_at INTEGER,
    cleared_by TEXT,
    assignee TEXT,
    escalation_level INTEGER NOT NULL,
    escalated_at INTEGER,
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX alarms_one_open ON alarms(device_id, rule_id) WHERE status <> 2;
CREATE INDEX alarms_started ON alarms(started_at DESC);
CREATE INDEX alarms_district_status ON alarms(district, status);
CREATE INDEX alarms_device ON alarms(device_id, started_at DESC);

CREATE TABLE alarm_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    alarm_id TEXT NOT NULL REFERENCES alarms(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT,
    text TEXT
);
CREATE INDEX alarm_events_alarm ON alarm_events(alarm_id, id);
