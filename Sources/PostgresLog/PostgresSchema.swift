// Table layout of the log in PostgreSQL (schema version 1). kgraph owns these tables: `kgraph init`
// creates them, and a database whose schema version is newer than this build's is refused.
//
//   kgraph_schema_version     one row per migration applied
//     version     integer     PRIMARY KEY; the highest is the schema's version
//     applied_at  timestamptz when `kgraph init` applied it
//
//   kgraph_events             one row per event; the log itself
//     position    bigint      PRIMARY KEY, 1, 2, 3, … with no gaps (see PostgresAppend.swift)
//     event_id    text        UNIQUE: the idempotency index
//     kind        smallint    the record's kind byte, for kind filters
//     document    text        the source document, for document filters (index on document, position)
//     record      bytea       the event record, RecordCodec format 1 — the same bytes the LevelDB log stores
//     chain       bytea       chain(position), 32 bytes:
//                             chain(0) = 32 zero bytes
//                             chain(p) = SHA-256( chain(p-1) ++ p:u64BE ++ record(p) )
//                             exactly as Sources/EventLog/LogKeys.swift defines it
//
//   kgraph_event_organizations   the organization index: one row per organization per event
//     organization text, position bigint    PRIMARY KEY (organization, position)
//
//   kgraph_articles           article texts, stored once
//     hash        bytea       PRIMARY KEY, SHA-256 of the text's UTF-8 bytes (32 bytes)
//     text        text
//
// The three log tables refuse UPDATE, DELETE and TRUNCATE by trigger (kgraph_refuse_change), so
// history stays immutable even for a role that holds those privileges; an ingest role needs only
// INSERT and SELECT (README, "PostgreSQL"). Appends notify channel `kgraph_log` with the new head.
enum PostgresSchema {
    /// The schema version this build writes and reads.
    static let currentVersion = 1
    /// Channel an append notifies, with the new head as payload, when it commits.
    static let notifyChannel = "kgraph_log"
    /// Key of the transaction-scoped advisory lock that serializes appends (ASCII "kgraphlg").
    static let appendLockKey: Int64 = 0x6b67_7261_7068_6c67
    /// Key of the advisory lock that serializes migrations.
    static let migrationLockKey: Int64 = 0x6b67_7261_7068_6d67

    static let versionTable = """
        CREATE TABLE IF NOT EXISTS kgraph_schema_version (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """

    /// Migration n takes the schema from version n-1 to n. Each runs in one transaction.
    static let migrations: [Int: [String]] = [
        1: [
            """
            CREATE TABLE kgraph_events (
                position bigint PRIMARY KEY CHECK (position > 0),
                event_id text NOT NULL UNIQUE,
                kind smallint NOT NULL,
                document text NOT NULL,
                record bytea NOT NULL,
                chain bytea NOT NULL CHECK (octet_length(chain) = 32)
            )
            """,
            "CREATE INDEX kgraph_events_document ON kgraph_events (document, position)",
            """
            CREATE TABLE kgraph_event_organizations (
                organization text NOT NULL,
                position bigint NOT NULL,
                PRIMARY KEY (organization, position)
            )
            """,
            """
            CREATE TABLE kgraph_articles (
                hash bytea PRIMARY KEY CHECK (octet_length(hash) = 32),
                text text NOT NULL
            )
            """,
            """
            CREATE FUNCTION kgraph_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the kgraph log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege',
                          HINT = 'correct an event by appending a retraction or alias event';
            END
            $$
            """,
        ] + ["kgraph_events", "kgraph_event_organizations", "kgraph_articles"].flatMap { table in
            [
                "CREATE TRIGGER \(table)_immutable BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION kgraph_refuse_change()",
                "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION kgraph_refuse_change()",
            ]
        },
    ]
}
