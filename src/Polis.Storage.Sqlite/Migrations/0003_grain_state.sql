-- Orleans grain state for the embedded default (clusters use Orleans' ADO.NET provider on PostgreSQL).
CREATE TABLE grain_state (
    grain_id TEXT NOT NULL,
    state_name TEXT NOT NULL,
    etag INTEGER NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (grain_id, state_name)
) WITHOUT ROWID;
