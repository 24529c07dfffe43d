-- Leak, theft and anomaly findings (docs/metering.md, "Leaks, theft and anomalies"). At most one open finding per
-- (kind, meter): a later run that sees the condition again updates it; resolved ones stay as the record.
-- kind: 0 night-flow, 1 continuous-flow, 2 tamper, 3 zero-use, 4 losses, 5 spike, 6 change-point (FindingKind).
-- status: 0 open, 1 resolved. Instants in Unix milliseconds.
CREATE TABLE metering_findings (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    meter_id TEXT NOT NULL,
    service_point_id TEXT,
    district_id TEXT,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    status INTEGER NOT NULL,
    summary TEXT NOT NULL,
    evidence TEXT NOT NULL,
    alarm_id TEXT,
    resolved_at INTEGER
);
CREATE UNIQUE INDEX ux_metering_findings_open ON metering_findings (kind, meter_id) WHERE status = 0;
CREATE INDEX ix_metering_findings_meter ON metering_findings (meter_id, last_seen);
CREATE INDEX ix_metering_findings_district ON metering_findings (district_id, last_seen);
CREATE INDEX ix_metering_findings_seen ON metering_findings (last_seen, id);
