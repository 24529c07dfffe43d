-- Metering billing (issue 6, part "billing run"): tariffs with their history, which tariff bills a service point's
-- meter kind from a date, billing runs, issued bills and their adjustments. Issued bills and adjustments are
-- append-only (triggers): a bill once issued never changes, a correction is a new adjustment row.

CREATE TABLE metering_tariffs (
    id          TEXT PRIMARY KEY,
    meter_kind  INTEGER NOT NULL,
    document    TEXT NOT NULL,          -- TariffJson
    created_at  INTEGER NOT NULL,       -- Unix ms
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT NOT NULL
);

-- Every document a tariff ever had (created, updated, deleted), oldest first.
CREATE TABLE metering_tariff_history (
    id          INTEGER PRIMARY KEY,
    tariff_id   TEXT NOT NULL,
    change      TEXT NOT NULL,          -- created | updated | deleted
    document    TEXT NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL
);
CREATE INDEX metering_tariff_history_by_tariff ON metering_tariff_history (tariff_id, id);

-- Which tariff bills a service point's meter kind from a local date on; the latest from <= a date is in force.
CREATE TABLE metering_tariff_assignments (
    id               INTEGER PRIMARY KEY,
    service_point_id TEXT NOT NULL REFERENCES metering_service_points (id),
    meter_kind       INTEGER NOT NULL,
    tariff_id        TEXT NOT NULL REFERENCES metering_tariffs (id),
    from_date        TEXT NOT NULL,     -- yyyy-MM-dd, local
    assigned_at      INTEGER NOT NULL,
    assigned_by      TEXT NOT NULL,
    UNIQUE (service_point_id, meter_kind, from_date)
);
CREATE INDEX metering_tariff_assignments_by_tariff ON metering_tariff_assignments (tariff_id);

CREATE TABLE metering_billing_runs (
    id           INTEGER PRIMARY KEY,
    period_from  TEXT NOT NULL,         -- yyyy-MM-dd, local
    period_to    TEXT NOT NULL,
    account_ids  TEXT,                  -- JSON array, null for all accounts
    actor        TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    summary      TEXT                   -- BillingRunSummary JSON once finished
);

-- One issued bill per service point, meter kind and period: the unique key is what keeps two runs from billing twice.
CREATE TABLE metering_bills (
    id               INTEGER PRIMARY KEY,
    run_id           INTEGER NOT NULL REFERENCES metering_billing_runs (id),
    service_point_id TEXT NOT NULL,
    meter_kind       INTEGER NOT NULL,
    account_id       TEXT NOT NULL,
    period_from      TEXT NOT NULL,
    period_to        TEXT NOT NULL,
    tariff_id        TEXT NOT NULL,
    currency         TEXT NOT NULL,
    total            TEXT NOT NULL,     -- decimal, invariant
    issued_at        INTEGER NOT NULL,
    document         TEXT NOT NULL,     -- the Bill as issued (JSON)
    UNIQUE (service_point_id, meter_kind, period_from, period_to)
);
CREATE INDEX metering_bills_by_period ON metering_bills (period_from, account_id);
CREATE INDEX metering_bills_by_account ON metering_bills (account_id, period_from);

CREATE TABLE metering_bill_adjustments (
    id          INTEGER PRIMARY KEY,
    bill_id     INTEGER NOT NULL REFERENCES metering_bills (id),
    run_id      INTEGER NOT NULL REFERENCES metering_billing_runs (id),
    total       TEXT NOT NULL,
    issued_at   INTEGER NOT NULL,
    document    TEXT NOT NULL,          -- the BillAdjustment (JSON)
    recomputed  TEXT NOT NULL           -- the bill it brings the issued one to (JSON): the next run compares with it
);
CREATE INDEX metering_bill_adjustments_by_bill ON metering_bill_adjustments (bill_id, id);

-- The last day each tariff version has been billed up to: a version may not change retroactively before it.
CREATE TABLE metering_tariff_versions_billed (
    tariff_id     TEXT NOT NULL,
    version_from  TEXT NOT NULL,
    billed_until  TEXT NOT NULL,        -- exclusive local date
    PRIMARY KEY (tariff_id, version_from)
) WITHOUT ROWID;

CREATE TRIGGER metering_bills_no_update BEFORE UPDATE ON metering_bills
BEGIN
    SELECT RAISE(ABORT, 'an issued bill never changes: corrections are adjustments');
END;

CREATE TRIGGER metering_bills_no_delete BEFORE DELETE ON metering_bills
BEGIN
    SELECT RAISE(ABORT, 'an issued bill never changes: corrections are adjustments');
END;

CREATE TRIGGER metering_bill_adjustments_no_update BEFORE UPDATE ON metering_bill_adjustments
BEGIN
    SELECT RAISE(ABORT, 'bill adjustments are append-only');
END;

CREATE TRIGGER metering_bill_adjustments_no_delete BEFORE DELETE ON metering_bill_adjustments
BEGIN
    SELECT RAISE(ABORT, 'bill adjustments are append-only');
END;
