-- E-services (src/Polis.Citizens/EServices, docs/citizens.md "E-services"): the catalogue, residents' requests with
-- their attachments and their history. Times are Unix milliseconds.

CREATE TABLE citizens_eservices (
    code TEXT NOT NULL PRIMARY KEY,
    document TEXT NOT NULL,             -- JSON EService: form, attachment rules, slots
    active INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE citizens_eservice_requests (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,     -- ES-<year>-<id, 6 digits>: what residents quote
    service_code TEXT NOT NULL REFERENCES citizens_eservices (code),
    resident_user_id TEXT NOT NULL,     -- identity.db user id (another file, so no foreign key)
    status TEXT NOT NULL,
    department TEXT NOT NULL,
    form_answers TEXT NOT NULL,         -- JSON {code: [values]} (not "answers": that is a ballot column, and nothing here may share one with ballots)
    slot_id TEXT,                       -- the booked slot of an appointment service
    submitted_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- "My requests"; the staff queue by status, by service, by department; a slot's bookings.
CREATE INDEX ix_citizens_eservice_requests_resident ON citizens_eservice_requests (resident_user_id, submitted_at);
CREATE INDEX ix_citizens_eservice_requests_status ON citizens_eservice_requests (status, submitted_at);
CREATE INDEX ix_citizens_eservice_requests_service ON citizens_eservice_requests (service_code, submitted_at);
CREATE INDEX ix_citizens_eservice_requests_department ON citizens_eservice_requests (department, submitted_at);
CREATE INDEX ix_citizens_eservice_requests_slot ON citizens_eservice_requests (service_code, slot_id) WHERE slot_id IS NOT NULL;

CREATE TABLE citizens_eservice_attachments (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES citizens_eservice_requests (id),
    rule TEXT NOT NULL,                 -- the service's attachment name it satisfies
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,         -- recognised from the content
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,              -- photos already stripped of metadata
    uploaded_at INTEGER NOT NULL,
    uploaded_by TEXT NOT NULL
);
CREATE INDEX ix_citizens_eservice_attachments_request ON citizens_eservice_attachments (request_id);

CREATE TABLE citizens_eservice_history (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES citizens_eservice_requests (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- submitted, status, comment, information, withdrawn
    old_status TEXT,
    new_status TEXT NOT NULL,
    text TEXT,
    public INTEGER NOT NULL             -- 0: an internal note, never shown to the resident
);
CREATE INDEX ix_citizens_eservice_history_request ON citizens_eservice_history (request_id, id);
