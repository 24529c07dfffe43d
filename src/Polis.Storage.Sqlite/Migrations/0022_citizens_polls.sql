-- City polls (src/Polis.Citizens/Polls, docs/citizens.md "Polls"). Who voted and what was voted are kept apart:
-- citizens_poll_voters names voters but holds no answers and no time; citizens_ballots holds answers but names no
-- voter. Both tables are WITHOUT ROWID, so neither carries a hidden insertion counter: voters are stored in user-id
-- order, ballots in chain order, and nothing relates a voter row to a ballot row.

-- Verified residents (identity.db user ids, a separate file, so no foreign key). No row: unverified.
CREATE TABLE citizens_resident_profiles (
    user_id TEXT NOT NULL PRIMARY KEY,
    district_id TEXT NOT NULL,
    birth_date TEXT NOT NULL,           -- yyyy-MM-dd, as in the population register
    verified_at INTEGER NOT NULL,       -- Unix milliseconds
    verified_by TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE citizens_polls (
    id TEXT NOT NULL PRIMARY KEY,
    definition TEXT NOT NULL,           -- JSON: title, description, questions, eligibility, opensAt, closesAt
    stage INTEGER NOT NULL,             -- 0 draft, 1 scheduled
    opens_at INTEGER NOT NULL,          -- Unix milliseconds (copied from the definition for ordering)
    closes_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Who voted: one row per (poll, voter), the primary key is the one-vote guarantee. No answers, no time.
CREATE TABLE citizens_poll_voters (
    poll_id TEXT NOT NULL REFERENCES citizens_polls (id),
    user_id TEXT NOT NULL,
    PRIMARY KEY (poll_id, user_id)
) WITHOUT ROWID;

-- What was voted: the hash-chained ballot log. No voter, no time.
CREATE TABLE citizens_ballots (
    poll_id TEXT NOT NULL REFERENCES citizens_polls (id),
    sequence INTEGER NOT NULL,
    answers TEXT NOT NULL,              -- canonical: question=option,option;question=option
    receipt_hash TEXT NOT NULL,         -- SHA-256 of the voter's receipt code (the code itself is never stored)
    district_id TEXT NOT NULL,
    district_salt TEXT NOT NULL,
    district_digest TEXT NOT NULL,      -- SHA-256(salt \n district): published even when the district is suppressed
    previous_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    PRIMARY KEY (poll_id, sequence)
) WITHOUT ROWID;
CREATE UNIQUE INDEX ux_citizens_ballots_receipt ON citizens_ballots (receipt_hash);

-- Sealed results: a row here closes the ballot box (the cast transaction checks it).
CREATE TABLE citizens_poll_results (
    poll_id TEXT NOT NULL PRIMARY KEY REFERENCES citizens_polls (id),
    results TEXT NOT NULL,              -- JSON PollResults
    sealed_at INTEGER NOT NULL
) WITHOUT ROWID;
