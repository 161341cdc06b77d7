// Debian's libleveldb-dev installs the C API here; `make setup` installs the package.
#include <leveldb/c.h>
