-- Device registry: profiles, devices, hashed access tokens and last activity.
CREATE TABLE device_profiles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    reporting_interval_s INTEGER NOT NULL,
    inactivity_timeout_s INTEGER,
    -- The timeout in force (DeviceProfile.EffectiveInactivityTimeoutSeconds), so SQL need not repeat its default rule.
    effective_timeout_s INTEGER NOT NULL,
    telemetry_json TEXT NOT NULL,
    built_in INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    profile_id TEXT NOT NULL REFERENCES device_profiles(id),
    name TEXT NOT NULL,
    district TEXT,
    lon REAL,
    lat REAL,
    attributes_json TEXT NOT NULL DEFAULT '{}',
    labels_json TEXT NOT NULL DEFAULT '[]',
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX devices_profile ON devices(profile_id);
CREATE INDEX devices_district ON devices(district);
CREATE INDEX devices_location ON devices(lon, lat);

-- Labels in their own table so "devices with label X" is an index lookup.
CREATE TABLE device_labels (
    device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    PRIMARY KEY (label, device_id)
) WITHOUT ROWID;

-- Written by the telemetry store with every group commit (max of the receive times seen).
CREATE TABLE device_activity (
    device_id TEXT PRIMARY KEY,
    last_activity_ms INTEGER NOT NULL
) WITHOUT ROWID;
