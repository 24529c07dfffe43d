-- Rules as canonical JSON, indexed by what they target (a profile or one device).
CREATE TABLE rules (
    id TEXT PRIMARY KEY,
    profile_id TEXT,
    device_id TEXT,
    rule_json TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX rules_profile ON rules(profile_id);
CREATE INDEX rules_device ON rules(device_id);
