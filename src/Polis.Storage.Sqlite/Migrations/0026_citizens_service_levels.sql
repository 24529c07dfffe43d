-- Routing and service levels in operation (docs/citizens.md "Routing and service levels in operation"): the city's
-- routing rules and service levels as the admins last saved them, and the escalations of overdue reports with the
-- platform alarm each one raised. Times are Unix milliseconds.
CREATE TABLE citizens_service_level_documents (
    name TEXT PRIMARY KEY,              -- 'routing' or 'service-levels'
    document TEXT NOT NULL,             -- the validated JSON document, read and replaced as a whole
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);

-- One row per report that ever went overdue: the level it reached (also in citizens_reports.escalation_level, written
-- in the same transaction), who was told, and whether its alarm is still to be cleared once the report is done.
CREATE TABLE citizens_report_escalations (
    report_id INTEGER PRIMARY KEY REFERENCES citizens_reports (id),
    level INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    escalated_at INTEGER NOT NULL,
    settled INTEGER NOT NULL DEFAULT 0  -- 1 once the report was found done and its alarm cleared
);
CREATE INDEX ix_citizens_report_escalations_unsettled ON citizens_report_escalations (settled) WHERE settled = 0;

-- The operators' queue: a department's open reports by due date.
CREATE INDEX ix_citizens_reports_queue ON citizens_reports (department, is_open, due_at);
