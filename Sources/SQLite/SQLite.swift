import CSQLite

/// An SQLite error: the statement's purpose and SQLite's own message, on one line.
public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { message }
}

/// A value to bind or read: what kgraph stores in SQLite.
public enum SQLiteValue: Sendable, Equatable {
    case null
    case int(Int64)
    case text(String)
    case real(Double)
}

/// One SQLite database file (Debian's libsqlite3, linked as a system library). A thin wrapper:
/// SQL in, rows out; no mapping layer. Not thread-safe: one connection per owner.
public final class SQLiteDatabase {
    let handle: OpaquePointer
    private var cache: [String: SQLiteStatement] = [:]

    /// Opens (or, with `create`, creates) the database at `path`.
    public init(path: String, create: Bool = true, readOnly: Bool = false) throws {
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: "\(path): \(message)")
        }
        handle = db
        sqlite3_busy_timeout(db, 5_000)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(error)
            throw SQLiteError(code: rc, message: message)
        }
    }

    /// A prepared statement for `sql`, kept for reuse (reset and unbound on each call).
    public func statement(_ sql: String) throws -> SQLiteStatement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        let s = try SQLiteStatement(self, sql)
        cache[sql] = s
        return s
    }

    /// Runs `sql` with `values` bound to its `?` in order, discarding rows.
    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        let s = try statement(sql)
        try s.bind(values)
        while try s.step() {}
    }

    /// Runs `sql` with `values` and hands each row to `body`.
    public func query(_ sql: String, _ values: [SQLiteValue] = [], _ body: (SQLiteStatement) throws -> Void) throws {
        let s = try statement(sql)
        try s.bind(values)
        while try s.step() { try body(s) }
    }

    /// The first column of the first row, if any.
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> SQLiteValue? {
        var out: SQLiteValue?
        let s = try statement(sql)
        try s.bind(values)
        if try s.step() { out = s.value(0) }
        s.reset()
        return out
    }

    /// Whether a transaction is open.
    public var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The SQLite library's version, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}

/// A prepared statement. Columns are numbered from 0, bound parameters from 1 (SQLite's rule).
public final class SQLiteStatement {
    let pointer: OpaquePointer
    unowned let db: SQLiteDatabase

    init(_ db: SQLiteDatabase, _ sql: String) throws {
        var s: OpaquePointer?
        let rc = sqlite3_prepare_v2(db.handle, sql, -1, &s, nil)
        guard rc == SQLITE_OK, let s else { throw SQLiteError(code: rc, message: db.lastError) }
        pointer = s
        self.db = db
    }

    deinit { sqlite3_finalize(pointer) }

    func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    /// Binds `values` to parameters 1…n.
    public func bind(_ values: [SQLiteValue]) throws {
        for (i, v) in values.enumerated() {
            let n = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(pointer, n)
            case .int(let x): rc = sqlite3_bind_int64(pointer, n, x)
            case .real(let x): rc = sqlite3_bind_double(pointer, n, x)
            case .text(let s):
                // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
                rc = sqlite3_bind_text(pointer, n, s, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            }
            if rc != SQLITE_OK { throw SQLiteError(code: rc, message: db.lastError) }
        }
    }

    /// Advances to the next row: true when there is one, false when done.
    public func step() throws -> Bool {
        let rc = sqlite3_step(pointer)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw SQLiteError(code: rc, message: db.lastError)
    }

    /// Columns in each row of the result.
    public var columnCount: Int32 { sqlite3_column_count(pointer) }

    /// The column as an integer (0 for NULL).
    public func int(_ column: Int32) -> Int64 { sqlite3_column_int64(pointer, column) }
    /// The column as a double (0 for NULL).
    public func double(_ column: Int32) -> Double { sqlite3_column_double(pointer, column) }
    /// Whether the column is NULL.
    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(pointer, column) == SQLITE_NULL }

    /// The column as UTF-8 text, nil for NULL.
    public func text(_ column: Int32) -> String? {
        guard let p = sqlite3_column_text(pointer, column) else { return nil }
        return String(cString: p)
    }

    /// The column as whatever SQLite holds in it.
    public func value(_ column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(pointer, column) {
        case SQLITE_INTEGER: .int(int(column))
        case SQLITE_FLOAT: .real(double(column))
        case SQLITE_TEXT: .text(text(column) ?? "")
        default: .null
        }
    }
}
