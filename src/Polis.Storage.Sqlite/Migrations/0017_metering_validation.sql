-- Validation in production (src/Polis.Metering/Processing, docs/metering.md): interval-value meters, the durable
-- queue of meters whose reads changed since they were last validated, and analyst edits of validated series.

-- How a meter's device reports: 0 a cumulative register (the kind's register key), 1 consumption per interval (the
-- register key + "Interval", e.g. energyInterval, stamped at the interval's end). Interval values are kept in
-- metering_register_reads like register reads: originals, idempotent per (meter, instant), conflicts kept.
ALTER TABLE metering_meters ADD COLUMN reading_type INTEGER NOT NULL DEFAULT 0;

-- Meters to (re-)validate from dirty_from (Unix ms) on. Written by the triggers below in the same transaction as the
-- reads themselves, so a crash between storing reads and validating them never leaves reads unvalidated. revision
-- grows with every mark: the validator clears a mark only when nothing marked it again while it worked.
CREATE TABLE metering_validation_queue (
    meter_key INTEGER PRIMARY KEY REFERENCES metering_meters (key) ON DELETE CASCADE, -- a mark never keeps a meter from deletion
    dirty_from INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1
);

-- Marking is one upsert, written once: every mark inserts into this view, whose INSTEAD OF trigger keeps the earliest
-- dirty instant and bumps the revision.
CREATE VIEW metering_validation_marks (meter_key, dirty_from) AS SELECT meter_key, dirty_from FROM metering_validation_queue;

CREATE TRIGGER metering_validation_marks_upsert INSTEAD OF INSERT ON metering_validation_marks
BEGIN
    INSERT INTO metering_validation_queue (meter_key, dirty_from) VALUES (NEW.meter_key, NEW.dirty_from)
    ON CONFLICT (meter_key) DO UPDATE SET dirty_from = MIN(metering_validation_queue.dirty_from, excluded.dirty_from),
        revision = metering_validation_queue.revision + 1;
END;

CREATE TRIGGER metering_register_reads_mark_dirty AFTER INSERT ON metering_register_reads
BEGIN
    INSERT INTO metering_validation_marks VALUES (NEW.meter_key, NEW.at);
END;

-- A conflicting value makes the intervals around its instant Questionable: re-validate them too.
CREATE TRIGGER metering_register_read_conflicts_mark_dirty AFTER INSERT ON metering_register_read_conflicts
BEGIN
    INSERT INTO metering_validation_marks VALUES (NEW.meter_key, NEW.at);
END;

-- A meter installed, exchanged, moved or uninstalled: its series is re-validated from the earliest instant the change touches.
CREATE TRIGGER metering_installations_mark_dirty AFTER INSERT ON metering_installations
BEGIN
    INSERT INTO metering_validation_marks SELECT key, NEW.installed_at FROM metering_meters WHERE id = NEW.meter_id;
END;

CREATE TRIGGER metering_installations_changed_mark_dirty AFTER UPDATE ON metering_installations
BEGIN
    INSERT INTO metering_validation_marks
    SELECT key, MIN(OLD.installed_at, NEW.installed_at, COALESCE(OLD.removed_at, NEW.installed_at), COALESCE(NEW.removed_at, NEW.installed_at))
    FROM metering_meters WHERE id = NEW.meter_id;
END;

CREATE TRIGGER metering_installations_deleted_mark_dirty AFTER DELETE ON metering_installations
BEGIN
    INSERT INTO metering_validation_marks SELECT key, OLD.installed_at FROM metering_meters WHERE id = OLD.meter_id;
END;

-- Analyst edits, kept for ever and re-applied whenever VEE re-validates the intervals they cover.
-- action: 0 set, 1 accept, 2 estimate (AnalystAction); start_at/end_at Unix seconds like metering_intervals; at ms.
CREATE TABLE metering_interval_edits (
    id INTEGER PRIMARY KEY,
    meter_key INTEGER NOT NULL REFERENCES metering_meters (key),
    action INTEGER NOT NULL,
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    quantity REAL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX ix_metering_interval_edits_meter ON metering_interval_edits (meter_key, start_at);
