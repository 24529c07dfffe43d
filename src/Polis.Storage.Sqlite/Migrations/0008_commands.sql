-- Persistent commands (RPC) to devices: a command is a row before it is an MQTT message, so one queued for an
-- offline device survives restarts and is delivered when the device comes back. Every status change is kept.
CREATE TABLE commands (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    request_id INTEGER NOT NULL,
    method TEXT NOT NULL,
    params_json TEXT NOT NULL,
    oneway INTEGER NOT NULL,
    status INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    timeout_ms INTEGER NOT NULL,
    timeout_at INTEGER,
    response_json TEXT,
    error TEXT
);
CREATE UNIQUE INDEX commands_request ON commands(device_id, request_id);
CREATE INDEX commands_device_status ON commands(device_id, status, request_id);
-- Active commands (queued 0, sent 1, delivered 2) are the only ones the expiry sweep reads.
CREATE INDEX commands_active_expiry ON commands(expires_at) WHERE status <= 2;
CREATE INDEX commands_active_timeout ON commands(timeout_at) WHERE status <= 2;

CREATE TABLE command_transitions (
    command_id TEXT NOT NULL REFERENCES commands(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    status INTEGER NOT NULL,
    at INTEGER NOT NULL,
    detail TEXT,
    PRIMARY KEY (command_id, seq)
) WITHOUT ROWID;
