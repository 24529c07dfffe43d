-- Duplicates, "me too", moderation and one city (docs/citizens.md "Duplicates, moderation and one city in operation").
-- Times are Unix milliseconds.

-- Duplicate candidates and "nearby" ask for open reports of one service inside a latitude band (then longitude, then
-- haversine in code): equality on the first two columns, a range on the third, the fourth filtered in the index.
CREATE INDEX ix_citizens_reports_place ON citizens_reports (service_code, is_open, latitude, longitude);

-- Residents who pressed "me too" on a report. The key makes (report, supporter) a database fact: concurrent presses
-- by one resident insert one row.
CREATE TABLE citizens_report_supporters (
    report_id INTEGER NOT NULL REFERENCES citizens_reports (id),
    supporter TEXT NOT NULL,            -- MeTooTally.Key of the resident's account id
    supported_at INTEGER NOT NULL,
    PRIMARY KEY (report_id, supporter)
) WITHOUT ROWID;

-- A report's moderation state; the report row (description, media_url) is never changed by moderation.
CREATE TABLE citizens_report_moderation (
    report_id INTEGER PRIMARY KEY REFERENCES citizens_reports (id),
    hidden INTEGER NOT NULL,
    redactions TEXT NOT NULL,           -- JSON array of [start, length] ranges of the original description, merged
    redacted_photos TEXT NOT NULL,      -- JSON array of media ids
    acts INTEGER NOT NULL               -- number of acts so far: the version a concurrent moderator is checked against
);

CREATE TABLE citizens_report_moderation_acts (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES citizens_reports (id),
    kind TEXT NOT NULL,                 -- ModerationActKind
    moderator TEXT NOT NULL,
    at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX ix_citizens_report_moderation_acts_report ON citizens_report_moderation_acts (report_id, id);

-- Photos the public may not fetch (redacted, or of a hidden report), by media id: one lookup per media request.
CREATE TABLE citizens_report_withheld_media (
    media_id TEXT PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES citizens_reports (id)
) WITHOUT ROWID;
CREATE INDEX ix_citizens_report_withheld_media_report ON citizens_report_withheld_media (report_id);

-- Work reports filed from platform alarms: one per alarm. A claim (report_id null) is taken before the report is
-- written, so two operators pressing at once get one report and one 409.
CREATE TABLE citizens_report_alarms (
    alarm_id TEXT PRIMARY KEY,
    report_id INTEGER REFERENCES citizens_reports (id),
    claimed_at INTEGER NOT NULL,
    claimed_by TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX ix_citizens_report_alarms_report ON citizens_report_alarms (report_id);
