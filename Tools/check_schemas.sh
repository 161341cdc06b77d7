#!/usr/bin/env bash
# Checks that what kgraph writes matches the JSON Schemas in Schemas/, and that the schemas refuse
# malformed events the way `kgraph append` does.
#
# Usage: Tools/check_schemas.sh [KGRAPH]   (default: .build/debug/kgraph in this repository)
#
# Works on a throwaway store, so it needs no existing store and leaves nothing behind.
# Needs python3 with jsonschema 4.18 or later (pip install jsonschema).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kgraph="${1:-$root/.build/debug/kgraph}"
validator="$root/Tools/validate_schemas.py"
samples="$root/Samples/events.jsonl"

if [[ ! -x "$kgraph" ]]; then
  echo "check_schemas.sh: no kgraph binary at $kgraph; run swift build, or pass the binary's path" >&2
  exit 2
fi
# Fails early, with the validator's own install hint, when jsonschema is missing.
python3 "$validator" --help >/dev/null

work="$(mktemp -d "${TMPDIR:-/tmp}/kgraph-check-schemas.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# set -e stops at the first failing kgraph command; say which one.
trap 'echo "check_schemas.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR
store="$work/store"
scratch="$work/scratch"

failures=0
passes=0
pass() { printf 'ok    %s\n' "$*"; passes=$((passes + 1)); }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

# expect_valid DESCRIPTION SCHEMA FILE: every line of FILE must validate.
expect_valid() {
  local out
  if out="$(python3 "$validator" "$2" "$3" 2>&1)"; then
    pass "$1 ($(tail -n 1 <<<"$out"))"
  else
    fail "$1"
    sed 's/^/        /' <<<"$out"
  fi
}

# expect_refused DESCRIPTION JSON_PATH LINE: the interchange schema must refuse LINE, reporting
# JSON_PATH (so it is refused for the intended reason), and kgraph append must refuse it too.
expect_refused() {
  local description=$1 path=$2 line=$3 file="$work/refused.jsonl" out status=0
  printf '%s\n' "$line" >"$file"
  out="$(python3 "$validator" interchange "$file" 2>&1)" || status=$?
  local report
  report="$(grep -F "$file:1: $path: " <<<"$out" || true)"
  if [[ $status -ne 1 || -z "$report" ]]; then
    fail "schema refuses $description: expected an error at $path, got (exit $status):"
    sed 's/^/        /' <<<"$out"
    return
  fi
  # A crash (exit 128 and up: killed by a signal) is not a refusal.
  status=0
  "$kgraph" append "$file" --store "$scratch" >/dev/null 2>&1 || status=$?
  if [[ $status -eq 0 || $status -ge 128 ]]; then
    fail "kgraph append refuses $description: exit $status"
    return
  fi
  pass "refuses $description: ${report#"$file:1: "}"
}

echo "kgraph: $kgraph"

expect_valid "Samples/events.jsonl is interchange" interchange "$samples"

# The extractor's lexicon files (whole JSON documents) against their schemas.
lexicon="$root/Sources/Extraction/Lexicon"
for pair in gazetteer:gazetteer josa:lexicon-josa triggers:lexicon-triggers cues:lexicon-cues \
            patterns:lexicon-patterns segmentation:lexicon-segmentation; do
  if out="$(python3 "$validator" --document "${pair#*:}" "$lexicon/${pair%%:*}.json" 2>&1)"; then
    pass "Lexicon/${pair%%:*}.json is ${pair#*:} ($(tail -n 1 <<<"$out"))"
  else
    fail "Lexicon/${pair%%:*}.json is ${pair#*:}"
    sed 's/^/        /' <<<"$out"
  fi
done
# What kgraph ingest extracts from the sample articles exports as interchange.
"$kgraph" ingest "$root/Samples/articles" --store "$work/ingest" >/dev/null
"$kgraph" export --format jsonl --store "$work/ingest" >"$work/ingested.jsonl"
expect_valid "kgraph ingest Samples/articles exports interchange" interchange "$work/ingested.jsonl"

# Shapes the samples lack: nulls for absent fields, an unknown top-level field, an explicit id,
# corrections without date or participants, and both producer forms.
cat >"$work/edge.jsonl" <<'EOF'
{"id":"check-ev-1","kind":"ban","date":null,"participants":[{"role":"imposer","name":"감독당국","surface":null},{"role":"target","name":"예시앱"}],"source":{"document":"check-edge","article":null,"sentence":3,"span":[0,12],"url":"https://example.com/a","publisher":"Example News","published":"2025-02"},"amount":null,"scope":"앱 배포","reason":null,"modality":null,"confidence":0.5,"producer":{"name":"check","version":"2"},"pipelineNote":{"ignored":true}}
{"kind":"retraction","retracts":"check-ev-1","reason":"misread the article","source":{"document":"check-edge","article":1}}
{"kind":"alias","date":null,"participants":[],"alias":{"name":"당국","organization":"감독당국"},"source":{"document":"check-edge"},"producer":"check/2"}
{"kind":"investment","date":"2024-02-29","participants":[{"role":"target","name":"스타트업"}],"source":{"document":"check-edge","article":2},"amount":{"low":1e9,"high":5e9,"currency":"KRW","text":"수십억원"},"modality":"planned","producer":"check/2"}
EOF
expect_valid "edge cases are interchange" interchange "$work/edge.jsonl"

"$kgraph" init --store "$store" >/dev/null
"$kgraph" init --store "$scratch" >/dev/null
"$kgraph" append "$samples" "$work/edge.jsonl" --store "$store" >/dev/null

"$kgraph" export --format jsonl --store "$store" >"$work/export.jsonl"
expect_valid "kgraph export --format jsonl is interchange" interchange "$work/export.jsonl"
"$kgraph" log --json --store "$store" >"$work/log.jsonl"
expect_valid "kgraph log --json is envelope" envelope "$work/log.jsonl"
"$kgraph" stats --json --store "$store" >"$work/stats.json"
expect_valid "kgraph stats --json is stats" stats "$work/stats.json"
"$kgraph" projections catch-up --store "$store" >/dev/null
"$kgraph" projections --json --store "$store" >"$work/projections.jsonl"
expect_valid "kgraph projections --json is projections" projections "$work/projections.jsonl"
# Every query's --json answer, one per line.
: >"$work/query.jsonl"
for q in "who-partnered-with KT" "investors-in KT클라우드" "investments-by KT" "bans-by 개인정보보호위원회" \
         "bans-on 딥시크" "announcements-by 네이버클라우드" "neighbors KT --depth 2" "path 오라클 소프트뱅크" \
         "timeline KT --depth 1" "timeline" "org KT" "dump --format json" "who-partnered-with KT --as-of 2024-01-01" "who-partnered-with KT --known-at 3"; do
  # shellcheck disable=SC2086
  "$kgraph" $q --json --store "$store" >>"$work/query.jsonl"
done
expect_valid "kgraph query answers (--json) are query" query "$work/query.jsonl"
# The explorer page's data (what `view` embeds), around one organization and for the whole graph.
: >"$work/view.jsonl"
for q in "KT --depth 2" "" "KT --depth 1 --as-of 2024-12-31"; do
  # shellcheck disable=SC2086
  "$kgraph" view $q --json --store "$store" >>"$work/view.jsonl"
done
expect_valid "kgraph view --json is view" view "$work/view.jsonl"

# The desk's answers over the ingested samples, and over the store with corrections.
desk="$work/ingest"
"$kgraph" articles --json --store "$desk" >"$work/articles.jsonl"
"$kgraph" articles --without-events --json --store "$desk" >>"$work/articles.jsonl"
expect_valid "kgraph articles --json is articles" articles "$work/articles.jsonl"
: >"$work/show.jsonl"
"$kgraph" show single-ban.txt --json --store "$desk" >>"$work/show.jsonl"
"$kgraph" show search-cloud.txt#3 --no-text --json --store "$desk" >>"$work/show.jsonl"
"$kgraph" show "$("$kgraph" log --kind ban --json --limit 1 --store "$desk" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')" --json --store "$desk" >>"$work/show.jsonl"
# An occurrence by the id a relation answer prints, and a partnership event with its citation.
occurrence="$("$kgraph" who-partnered-with KT --json --store "$desk" | python3 -c 'import json, sys; print(json.load(sys.stdin)["results"][0]["occurrences"][0]["id"])')"
"$kgraph" show "$occurrence" --json --store "$desk" >>"$work/show.jsonl"
"$kgraph" show "$("$kgraph" log --kind partnership --json --limit 1 --store "$desk" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')" --json --store "$desk" >>"$work/show.jsonl"
expect_valid "kgraph show --json is show" show "$work/show.jsonl"
: >"$work/events.jsonl"
for q in "" "--from 2025 --kind ban" "--org MS" "--type government --modality planned" "--occurrences" "--occurrences --org KT"; do
  # shellcheck disable=SC2086
  "$kgraph" events $q --format json --store "$desk" >>"$work/events.jsonl"
done
expect_valid "kgraph events --format json is events" events "$work/events.jsonl"
: >"$work/search.jsonl"
for q in "차단" "딥시크 차단" "클라우드 --org KT" "데이터센터 --kind investment --from 2025"; do
  # shellcheck disable=SC2086
  "$kgraph" search $q --json --store "$desk" >>"$work/search.jsonl"
done
expect_valid "kgraph search --json is search" search "$work/search.jsonl"
: >"$work/orgs.jsonl"
for q in "" "--top 3 --by degree" "--type government --by partners"; do
  # shellcheck disable=SC2086
  "$kgraph" orgs $q --json --store "$desk" >>"$work/orgs.jsonl"
done
expect_valid "kgraph orgs --json is orgs" orgs "$work/orgs.jsonl"
: >"$work/changes.jsonl"
"$kgraph" changes --since 0 --json --store "$desk" >>"$work/changes.jsonl"
"$kgraph" changes --since 0 --json --store "$store" >>"$work/changes.jsonl"
expect_valid "kgraph changes --json is changes" changes "$work/changes.jsonl"

ok_source='"source":{"document":"check-refused"}'
expect_refused 'kind "merger"' '$.kind' \
  '{"kind":"merger","date":"2024-06-03","participants":[{"role":"party","name":"A"},{"role":"party","name":"B"}],'"$ok_source"'}'
expect_refused 'a partnership with role investor' '$.participants[0].role' \
  '{"kind":"partnership","date":"2024-06-03","participants":[{"role":"investor","name":"A"},{"role":"party","name":"B"}],'"$ok_source"'}'
expect_refused 'date "2024-13-01"' '$.date' \
  '{"kind":"partnership","date":"2024-13-01","participants":[{"role":"party","name":"A"},{"role":"party","name":"B"}],'"$ok_source"'}'
expect_refused 'date "2023-02-29"' '$.date' \
  '{"kind":"partnership","date":"2023-02-29","participants":[{"role":"party","name":"A"},{"role":"party","name":"B"}],'"$ok_source"'}'
expect_refused 'a missing source' '$' \
  '{"kind":"partnership","date":"2024-06-03","participants":[{"role":"party","name":"A"},{"role":"party","name":"B"}]}'
expect_refused 'a partnership of one' '$.participants' \
  '{"kind":"partnership","date":"2024-06-03","participants":[{"role":"party","name":"A"}],'"$ok_source"'}'
expect_refused 'a blank participant name' '$.participants[1].name' \
  '{"kind":"partnership","date":"2024-06-03","participants":[{"role":"party","name":"A"},{"role":"party","name":"  "}],'"$ok_source"'}'
expect_refused 'a ban without a target' '$.participants' \
  '{"kind":"ban","date":"2025-02","participants":[{"role":"imposer","name":"A"}],'"$ok_source"'}'
expect_refused 'a retraction without retracts' '$' \
  '{"kind":"retraction",'"$ok_source"'}'
expect_refused 'an escape sequence in a name' '$.participants[0].name' \
  '{"kind":"partnership","date":"2024-06-03","participants":[{"role":"party","name":"A\u001b[2J"},{"role":"party","name":"B"}],'"$ok_source"'}'
expect_refused 'a line break in a document name' '$.source.document' \
  '{"kind":"partnership","date":"2024-06-03","participants":[{"role":"party","name":"A"},{"role":"party","name":"B"}],"source":{"document":"a\r\nb"}}'

if ! head="$("$kgraph" stats --json --store "$scratch" | python3 -c 'import json, sys; print(json.load(sys.stdin)["head"])' 2>/dev/null)"; then
  fail "kgraph stats --json gave no head for the scratch store"
elif [[ $head -ne 0 ]]; then
  fail "refused lines reached the scratch store (head $head)"
fi

echo "schemas: $passes passed, $failures failed"
[[ $failures -eq 0 ]]
