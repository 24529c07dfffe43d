-- Residents' problem reports (src/Polis.Citizens/Reports, docs/citizens.md "Reports and Open311"): the service
-- catalogue Open311 clients report against, the API keys they post with, the reports themselves, every change to a
-- report (status changes and notes, the history Open311's servicerequestupdates publishes) and uploaded photos.
-- Times are Unix milliseconds.
CREATE TABLE citizens_services (
    code TEXT PRIMARY KEY,
    document TEXT NOT NULL,             -- the service's JSON (name, type, attributes...): read as a whole, never queried inside
    active INTEGER NOT NULL,            -- 0 once deactivated: hidden from Open311, kept for the reports that name it
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE citizens_open311_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the key (hex): the key itself is shown once and never stored
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at INTEGER,
    revoked_by TEXT
);

CREATE TABLE citizens_reports (
    id INTEGER PRIMARY KEY,             -- Open311's service_request_id
    service_code TEXT NOT NULL,
    status TEXT NOT NULL,               -- ReportStatuses.Name
    is_open INTEGER NOT NULL,           -- ReportStatuses.IsOpen, kept beside status so Open311's status filter uses an index
    description TEXT,
    latitude REAL,
    longitude REAL,
    address TEXT,
    address_id TEXT,
    attributes TEXT NOT NULL,           -- JSON object: attribute code -> array of values
    email TEXT,
    first_name TEXT,
    last_name TEXT,
    phone TEXT,
    device_id TEXT,
    account_id TEXT,
    media_url TEXT,
    department TEXT,
    token TEXT UNIQUE,                  -- set for batch services: the client resolves it with tokens/{token}
    api_key_id TEXT,                    -- the Open311 client that posted it
    status_notes TEXT,
    requested_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- GET requests: newest first within a date range, optionally of one service and/or open or closed.
CREATE INDEX ix_citizens_reports_requested ON citizens_reports (requested_at);
CREATE INDEX ix_citizens_reports_service ON citizens_reports (service_code, requested_at);
CREATE INDEX ix_citizens_reports_open ON citizens_reports (is_open, requested_at);
CREATE INDEX ix_citizens_reports_status ON citizens_reports (status, requested_at);

CREATE TABLE citizens_report_history (
    id INTEGER PRIMARY KEY,             -- Open311's update_id for public entries
    report_id INTEGER NOT NULL REFERENCES citizens_reports (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    old_status TEXT,                    -- null for the entry that created the report
    new_status TEXT NOT NULL,           -- equal to old_status for a note alone
    note TEXT,
    public INTEGER NOT NULL,            -- 1: shown to residents and Open311 clients; 0: internal
    media_url TEXT,
    external_id TEXT                    -- the update_id an Open311 client gave it
);
CREATE INDEX ix_citizens_report_history_report ON citizens_report_history (report_id, id);
CREATE INDEX ix_citizens_report_history_public ON citizens_report_history (public, at);

CREATE TABLE citizens_report_media (
    id TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
