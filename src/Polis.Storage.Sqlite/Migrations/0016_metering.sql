-- Metering (src/Polis.Metering, docs/metering.md): customers, service points, meters and their installations over
-- time; raw register reads as received; each meter's current validated interval series and its append-only audit
-- trail. Instants are Unix milliseconds (UTC), except on the interval tables: Unix seconds there (see below).

CREATE TABLE metering_accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL,              -- 0 household, 1 business
    email TEXT,
    phone TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE metering_service_points (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES metering_accounts (id),
    kind INTEGER NOT NULL,              -- 0 household, 1 building
    address TEXT NOT NULL,
    district_id TEXT,
    longitude REAL,
    latitude REAL,
    occupied INTEGER NOT NULL,
    feeder_meter_id TEXT,               -- the district or feeder meter its consumption balances against
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_metering_service_points_account ON metering_service_points (account_id);
CREATE INDEX ix_metering_service_points_district ON metering_service_points (district_id);
CREATE INDEX ix_metering_service_points_feeder ON metering_service_points (feeder_meter_id);

-- key: the compact integer the read, interval and audit tables use (tens of millions of rows each carry it).
CREATE TABLE metering_meters (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind INTEGER NOT NULL,              -- 0 electricity, 1 water, 2 heat, 3 gas
    serial TEXT NOT NULL,
    device_id TEXT UNIQUE,              -- the registry device it reports as; one meter per device
    register_digits INTEGER,
    multiplier REAL NOT NULL,
    interval_minutes INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- A meter at a service point over [installed_at, removed_at); removed_at NULL while in place.
CREATE TABLE metering_installations (
    id INTEGER PRIMARY KEY,
    meter_id TEXT NOT NULL REFERENCES metering_meters (id),
    service_point_id TEXT NOT NULL REFERENCES metering_service_points (id),
    installed_at INTEGER NOT NULL,
    removed_at INTEGER,
    initial_read REAL,
    final_read REAL
);
CREATE INDEX ix_metering_installations_meter ON metering_installations (meter_id, installed_at);
CREATE INDEX ix_metering_installations_service_point ON metering_installations (service_point_id, installed_at);

-- Raw register reads, one per (meter, instant): the first value received. duplicates counts identical copies
-- since; conflicts counts the different values kept in metering_register_read_conflicts.
-- source: 0 device (MQTT/HTTP), 1 import, 2 back-filled from telemetry.
CREATE TABLE metering_register_reads (
    meter_key INTEGER NOT NULL REFERENCES metering_meters (key),
    at INTEGER NOT NULL,
    value REAL NOT NULL,
    received_at INTEGER NOT NULL,
    source INTEGER NOT NULL,
    duplicates INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meter_key, at)
) WITHOUT ROWID;

CREATE TABLE metering_register_read_conflicts (
    meter_key INTEGER NOT NULL REFERENCES metering_meters (key),
    at INTEGER NOT NULL,
    value REAL NOT NULL,
    received_at INTEGER NOT NULL,
    source INTEGER NOT NULL,
    repeats INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meter_key, at, value)
) WITHOUT ROWID;

-- Meter-profile devices heard while no meter reports as them (their readings stay in telemetry).
CREATE TABLE metering_unassigned_devices (
    device_id TEXT PRIMARY KEY,
    profile_id TEXT NOT NULL,
    readings INTEGER NOT NULL,
    first_reading_at INTEGER NOT NULL,
    last_reading_at INTEGER NOT NULL,
    last_value REAL NOT NULL,
    last_received_at INTEGER NOT NULL
) WITHOUT ROWID;

-- The current validated series: one row per (meter, interval start). Built for range reads by meter and time (a
-- billing run reads tens of millions of rows): clustered on the key, start in Unix seconds and the length in minutes
-- keep a row near 25 bytes. quality: 0 valid, 1 estimated, 2 edited, 3 questionable (ReadingQuality).
CREATE TABLE metering_intervals (
    meter_key INTEGER NOT NULL REFERENCES metering_meters (key),
    start_at INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    quantity REAL NOT NULL,
    quality INTEGER NOT NULL,
    rule TEXT,
    reason TEXT,
    PRIMARY KEY (meter_key, start_at)
) WITHOUT ROWID;

-- Every change of an interval value, append-only (the triggers refuse updates and deletes). Seconds, like above.
CREATE TABLE metering_interval_audit (
    id INTEGER PRIMARY KEY,
    meter_key INTEGER NOT NULL REFERENCES metering_meters (key),
    interval_start INTEGER NOT NULL,
    interval_end INTEGER NOT NULL,
    old_quantity REAL,
    old_quality INTEGER,
    new_quantity REAL NOT NULL,
    new_quality INTEGER NOT NULL,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at INTEGER NOT NULL                 -- Unix milliseconds
);
CREATE INDEX ix_metering_interval_audit_meter ON metering_interval_audit (meter_key, interval_start);

CREATE TRIGGER metering_interval_audit_no_update BEFORE UPDATE ON metering_interval_audit
BEGIN
    SELECT RAISE(ABORT, 'the interval audit trail is append-only');
END;

CREATE TRIGGER metering_interval_audit_no_delete BEFORE DELETE ON metering_interval_audit
BEGIN
    SELECT RAISE(ABORT, 'the interval audit trail is append-only');
END;
