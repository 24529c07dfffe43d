-- Residents' inbox (docs/citizens.md "Report workflow"): one row per public status change or public note on a report
-- filed in the city app, written in the transaction that writes the report's history entry, so none is lost.
-- user_id is the identity.db user id (a separate file, so no foreign key). Times are Unix milliseconds.
CREATE TABLE citizens_notifications (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL,
    report_id INTEGER NOT NULL REFERENCES citizens_reports (id),
    kind TEXT NOT NULL,                 -- ResidentNotificationKinds.Name: status or note
    text TEXT NOT NULL,                 -- plain text, pages encode it on output
    created_at INTEGER NOT NULL,
    read_at INTEGER                     -- null while unread
);
-- A resident's inbox newest first, all or unread only.
CREATE INDEX ix_citizens_notifications_user ON citizens_notifications (user_id, id);
CREATE INDEX ix_citizens_notifications_unread ON citizens_notifications (user_id, id) WHERE read_at IS NULL;
