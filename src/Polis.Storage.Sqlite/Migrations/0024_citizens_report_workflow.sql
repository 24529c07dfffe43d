-- A report's life after it is filed (docs/citizens.md "Report lifecycle rules"): the resident who filed it in the city
-- app, the start of the reporter's reopen window and how often they reopened, the original a duplicate points to, and
-- its service level: acknowledge and fix due dates on the city's working calendar and how far it has escalated.
-- Times are Unix milliseconds.
ALTER TABLE citizens_reports ADD COLUMN reporter_user_id TEXT;     -- the signed-in resident (city app); null for Open311 clients' reports
ALTER TABLE citizens_reports ADD COLUMN resolved_at INTEGER;       -- when it was last marked fixed or closed: the reopen window starts here
ALTER TABLE citizens_reports ADD COLUMN reopenings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE citizens_reports ADD COLUMN duplicate_of INTEGER REFERENCES citizens_reports (id);
ALTER TABLE citizens_reports ADD COLUMN acknowledge_due_at INTEGER;
ALTER TABLE citizens_reports ADD COLUMN due_at INTEGER;            -- fix due date; null until the service level is applied
ALTER TABLE citizens_reports ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;

-- "My reports"; the escalation sweep over open reports by due date; an original's duplicates.
CREATE INDEX ix_citizens_reports_reporter ON citizens_reports (reporter_user_id, requested_at);
CREATE INDEX ix_citizens_reports_due ON citizens_reports (is_open, due_at);
CREATE INDEX ix_citizens_reports_duplicate_of ON citizens_reports (duplicate_of);
