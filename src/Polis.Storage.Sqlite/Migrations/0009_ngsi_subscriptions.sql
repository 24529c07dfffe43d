-- NGSI-LD subscriptions: the definition as NGSI-LD JSON (Polis.NgsiLd reads it back) and the delivery
-- figures GET shows (notification.timesSent, lastNotification, lastSuccess, lastFailure; Unix ms).
CREATE TABLE ngsi_subscriptions (
    id TEXT PRIMARY KEY,
    definition_json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    times_sent INTEGER NOT NULL DEFAULT 0,
    times_failed INTEGER NOT NULL DEFAULT 0,
    last_notification INTEGER,
    last_success INTEGER,
    last_failure INTEGER,
    last_error TEXT
);
