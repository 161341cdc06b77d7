// Debian's libsqlite3-dev (SQLite 3.40 on Debian 12, with FTS5 and its trigram tokenizer)
// installs the C API here; `make setup` installs the package.
#include <sqlite3.h>
