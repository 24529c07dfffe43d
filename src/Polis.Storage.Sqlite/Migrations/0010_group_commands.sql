-- Group commands: one row per group and one per target device, written before anything is sent, so a restart
-- resumes a running group with exactly the devices not yet reached.
CREATE TABLE group_commands (
    id TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    params_json TEXT NOT NULL,
    timeout_ms INTEGER NOT NULL,
    oneway INTEGER NOT NULL,
    persistent INTEGER NOT NULL,
    expires_at INTEGER,
    target_json TEXT NOT NULL,
    rate_per_second REAL NOT NULL,
    status INTEGER NOT NULL,
    total INTEGER NOT NULL,
    created_by TEXT,
    created_at INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX group_commands_created ON group_commands(created_at DESC);
CREATE INDEX group_commands_running ON group_commands(status) WHERE status = 0;

CREATE TABLE group_command_devices (
    group_id TEXT NOT NULL REFERENCES group_commands(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    response_json TEXT,
    detail TEXT,
    at INTEGER,
    PRIMARY KEY (group_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX group_command_devices_device ON group_command_devices(group_id, device_id);
CREATE INDEX group_command_devices_status ON group_command_devices(group_id, status, seq);
