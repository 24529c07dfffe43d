-- Residents' access to their own metering data (src/Polis.Metering/Residents, docs/metering.md): which signed-in
-- residents (identity.db user ids, a separate file, so no foreign key) may see which customer accounts. A resident may
-- be linked to several accounts and an account to several residents. Deleting an account removes its links.
CREATE TABLE metering_account_residents (
    account_id TEXT NOT NULL REFERENCES metering_accounts (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    linked_at INTEGER NOT NULL,         -- Unix milliseconds
    linked_by TEXT NOT NULL,            -- the operator who linked them
    PRIMARY KEY (account_id, user_id)
) WITHOUT ROWID;
CREATE INDEX ix_metering_account_residents_user ON metering_account_residents (user_id, account_id);
