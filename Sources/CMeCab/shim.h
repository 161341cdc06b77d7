// Debian's libmecab-dev installs MeCab's C API here; Tools/setup.sh installs the package.
#include <mecab.h>
