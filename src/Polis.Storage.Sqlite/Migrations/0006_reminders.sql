-- Orleans reminders for the embedded default: durable timers (rule inactivity, escalations) that fire
-- again after a restart. grain_hash is the grain's uniform hash, so the reminder service can read the
-- range of grains this silo owns.
CREATE TABLE reminders (
    grain_id TEXT NOT NULL,
    reminder_name TEXT NOT NULL,
    grain_hash INTEGER NOT NULL,
    start_at INTEGER NOT NULL,
    period_ms INTEGER NOT NULL,
    etag INTEGER NOT NULL,
    PRIMARY KEY (grain_id, reminder_name)
) WITHOUT ROWID;
CREATE INDEX reminders_hash ON reminders(grain_hash);
