#!/usr/bin/env bash
# Runs the explorer page's browser test (browser_test.py beside this file) with a time limit.
# Usage: Tools/BrowserTest/run.sh [KGRAPH] [OUTPUT_DIR]
#   KGRAPH      the kgraph binary (default .build/debug/kgraph)
#   OUTPUT_DIR  where the store, the page and the screenshot go (default .build/browser-test)
# Needs Debian's chromium and chromium-driver and Selenium from PyPI (Tools/setup.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
kgraph="${1:-$root/.build/debug/kgraph}"
out="${2:-$root/.build/browser-test}"
if [[ ! -x "$kgraph" ]]; then
  echo "BrowserTest/run.sh: no kgraph binary at $kgraph; run swift build, or pass the binary's path" >&2
  exit 2
fi
timeout 120 python3 "$root/Tools/BrowserTest/browser_test.py" "$kgraph" "$out" || {
  status=$?
  [[ $status -eq 124 ]] && echo "BrowserTest/run.sh: the browser test took over 120 s and was stopped" >&2
  exit $status
}
