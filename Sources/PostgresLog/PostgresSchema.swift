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
//
// Schema version 2: the database also refuses a row that does not continue the log, so a role
// that may INSERT cannot break it either:
//   kgraph_events              BEFORE INSERT (kgraph_check_event): position = head + 1,
//                              chain = sha256(chain(head) || int8send(position) || record), and
//                              the record's header (format byte 1, kind byte = kind, its position
//                              field = position) agrees with the row
//   kgraph_event_organizations BEFORE INSERT (kgraph_check_organization): the event at that
//                              position was inserted by this same transaction (rows of the index
//                              only arrive with their event)
//   kgraph_articles            BEFORE INSERT (kgraph_check_article): hash = sha256(UTF-8 text)
//   kgraph_schema_version      refuses UPDATE, DELETE and TRUNCATE like the log tables; an INSERT
//                              must be the next version (max + 1)
enum PostgresSchema {
    /// The schema version this build writes and reads.
    static let currentVersion = 2
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
        ] + ["kgraph_events", "kgraph_event_organizations", "kgraph_articles"].flatMap(immutable),
        2: [
            """
            CREATE FUNCTION kgraph_check_event() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                head bigint;
                previous bytea;
            BEGIN
                SELECT position, chain INTO head, previous FROM kgraph_events ORDER BY position DESC LIMIT 1;
                IF head IS NULL THEN
                    head := 0;
                    previous := decode(repeat('00', 32), 'hex');
                END IF;
                IF NEW.position IS DISTINCT FROM head + 1 THEN
                    RAISE EXCEPTION 'the kgraph log refuses position %: the next position is %', NEW.position, head + 1
                        USING ERRCODE = 'check_violation', HINT = 'append through kgraph';
                END IF;
                IF octet_length(NEW.record) < 28 OR get_byte(NEW.record, 0) <> 1
                   OR get_byte(NEW.record, 1) <> NEW.kind
                   OR substring(NEW.record FROM 5 FOR 8) <> int8send(NEW.position) THEN
                    RAISE EXCEPTION 'the kgraph log refuses the row at position %: its record is not a kgraph record for that position', NEW.position
                        USING ERRCODE = 'check_violation', HINT = 'append through kgraph';
                END IF;
                IF NEW.chain IS DISTINCT FROM sha256(previous || int8send(NEW.position) || NEW.record) THEN
                    RAISE EXCEPTION 'the kgraph log refuses the row at position %: its chain does not continue the log', NEW.position
                        USING ERRCODE = 'check_violation', HINT = 'append through kgraph';
                END IF;
                RETURN NEW;
            END
            $$
            """,
            "CREATE TRIGGER kgraph_events_continue BEFORE INSERT ON kgraph_events FOR EACH ROW EXECUTE FUNCTION kgraph_check_event()",
            """
            CREATE FUNCTION kgraph_check_organization() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM kgraph_events
                               WHERE position = NEW.position AND xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text) THEN
                    RAISE EXCEPTION 'the kgraph log refuses an organization row for position %: rows of the index arrive only with their event', NEW.position
                        USING ERRCODE = 'check_violation', HINT = 'append through kgraph';
                END IF;
                RETURN NEW;
            END
            $$
            """,
            "CREATE TRIGGER kgraph_event_organizations_with_event BEFORE INSERT ON kgraph_event_organizations FOR EACH ROW EXECUTE FUNCTION kgraph_check_organization()",
            """
            CREATE FUNCTION kgraph_check_article() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.hash IS DISTINCT FROM sha256(convert_to(NEW.text, 'UTF8')) THEN
                    RAISE EXCEPTION 'the kgraph log refuses an article text whose key is not its SHA-256'
                        USING ERRCODE = 'check_violation', HINT = 'append through kgraph';
                END IF;
                RETURN NEW;
            END
            $$
            """,
            "CREATE TRIGGER kgraph_articles_hashed BEFORE INSERT ON kgraph_articles FOR EACH ROW EXECUTE FUNCTION kgraph_check_article()",
            """
            CREATE FUNCTION kgraph_check_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.version IS DISTINCT FROM (SELECT coalesce(max(version), 0) + 1 FROM kgraph_schema_version) THEN
                    RAISE EXCEPTION 'kgraph_schema_version refuses version %: only the next version is recorded, by kgraph init', NEW.version
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END
            $$
            """,
            "CREATE TRIGGER kgraph_schema_version_next BEFORE INSERT ON kgraph_schema_version FOR EACH ROW EXECUTE FUNCTION kgraph_check_version()",
        ] + immutable("kgraph_schema_version"),
    ]

    /// The triggers that refuse UPDATE, DELETE and TRUNCATE on `table`.
    static func immutable(_ table: String) -> [String] {
        [
            "CREATE TRIGGER \(table)_immutable BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION kgraph_refuse_change()",
            "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION kgraph_refuse_change()",
        ]
    }
}
