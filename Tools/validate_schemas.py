#!/usr/bin/env python3
"""Validate JSON Lines files against the kgraph JSON Schemas in Schemas/.

Usage: python3 Tools/validate_schemas.py SCHEMA_NAME FILE.jsonl [FILE...]
       python3 Tools/validate_schemas.py --document SCHEMA_NAME FILE.json [FILE...]

SCHEMA_NAME is interchange (`kgraph append` input, `kgraph export` output), envelope
(`kgraph log --json`), stats (`kgraph stats --json`), projections (`kgraph projections --json`), query (any query command with --json),
articles, show, events, search, orgs, changes (those commands with --json or --format json),
gazetteer or lexicon-josa/-triggers/-cues/-patterns/-segmentation (with --document). FILE may be - for standard input.

With --document each FILE is one JSON document (the lexicon files under
Sources/Extraction/Lexicon/), checked whole and reported as line 1.

Prints FILE:LINE: JSON_PATH: MESSAGE for each invalid line, then "N passed, M failed".
Exits 0 only when every line is valid and at least one line was checked; 1 when a line is
invalid, a file cannot be read or nothing was checked; 2 on a usage or schema error.
"""

import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError, best_match
    from referencing import Registry, Resource
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012
except ImportError:
    # referencing ships with jsonschema 4.18 and later, so an old jsonschema lands here too.
    print("validate_schemas.py: needs the Python package jsonschema 4.18 or later: pip install jsonschema", file=sys.stderr)
    sys.exit(2)

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "Schemas"
BASE_URI = "https://kgraph.dev/schemas/"
NAMES = ("interchange", "envelope", "stats", "projections", "query", "articles", "show", "events", "search", "orgs",
         "changes", "view", "gazetteer", "lexicon-josa", "lexicon-triggers", "lexicon-cues", "lexicon-patterns",
         "lexicon-segmentation")
# The reader (JSONParser in Sources/Events/JSON.swift) refuses values nested this deep.
MAX_DEPTH = 64
MAX_MESSAGE = 300


class SetupError(Exception):
    pass


def strict_object(pairs):
    # Python's json keeps the last of duplicate keys; kgraph refuses the line, so do the same.
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f'duplicate key "{key}"')
        obj[key] = value
    return obj


def refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def too_deep(value, depth=0):
    if depth >= MAX_DEPTH:
        return True
    if isinstance(value, dict):
        return any(too_deep(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(too_deep(v, depth + 1) for v in value)
    return False


def parse_line(text):
    """Parses one line by the reader's rules, which are stricter than Python's json module."""
    value = json.loads(text, object_pairs_hook=strict_object, parse_constant=refuse_constant)
    try:
        # \ud800-style escapes decode to lone surrogates, which cannot be encoded as UTF-8.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("lone surrogate escape") from None
    if too_deep(value):
        raise ValueError(f"nested {MAX_DEPTH} levels deep or more")
    return value


def walk_refs(node):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from walk_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_refs(value)


def load_registry():
    """Reads every schema under Schemas/, checks it, and registers it under its $id."""
    if not SCHEMA_DIR.is_dir():
        raise SetupError(f"no schema directory at {SCHEMA_DIR}")
    schemas = {}
    for path in sorted(SCHEMA_DIR.rglob("*.json")):
        rel = path.relative_to(SCHEMA_DIR).as_posix()
        try:
            schema = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=strict_object)
        except (OSError, ValueError) as e:
            raise SetupError(f"{path}: {e}") from None
        # Relative $refs resolve against $id, so an $id that disagrees with the file's place
        # would make references work here but break for anyone resolving from the files.
        expected = BASE_URI + rel
        if not isinstance(schema, dict) or schema.get("$id") != expected:
            raise SetupError(f"{path}: $id must be {expected}")
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as e:
            raise SetupError(f"{path}: not a valid draft 2020-12 schema: {e.message}") from None
        schemas[expected] = schema
    if not schemas:
        raise SetupError(f"no schemas under {SCHEMA_DIR}")
    registry = Registry().with_resources(
        (uri, Resource.from_contents(schema, default_specification=DRAFT202012)) for uri, schema in schemas.items()
    ).crawl()
    # A broken $ref only fails when an instance reaches it; check them all up front.
    for uri, schema in schemas.items():
        resolver = registry.resolver(base_uri=uri)
        for ref in walk_refs(schema):
            try:
                resolver.lookup(ref)
            except Unresolvable:
                raise SetupError(f"{uri}: $ref {ref} does not resolve") from None
    return registry


def shorten(message):
    # Values are quoted with repr, so their own white space is escaped or meaningful: keep it.
    message = message.replace("\n", " ")
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def describe(instance):
    """A short stand-in for a value too long to quote whole in a one-line report."""
    if isinstance(instance, str) and len(instance) > 40:
        return f"{instance[:30]!r}… ({len(instance)} characters)"
    if isinstance(instance, list) and len(repr(instance)) > 60:
        return f"an array of {len(instance)} item{'' if len(instance) == 1 else 's'}"
    if isinstance(instance, dict) and len(repr(instance)) > 60:
        return "the object"
    return repr(instance)


def explain(error):
    """The most specific error worth reporting, and its message."""
    # Optional fields are anyOf [null, X]. Both branches fail equally, so best_match stops at
    # "is not valid under any of the given schemas"; the X branch says what is actually wrong.
    while error.context:
        branches = {}
        for e in error.context:
            if e.validator == "type" and e.validator_value == "null":
                continue
            branches.setdefault(e.relative_schema_path[0], []).append(e)
        if len(branches) != 1:
            break
        error = best_match(next(iter(branches.values())))
    message = error.message
    if error.validator == "pattern" and isinstance(error.schema, dict) and "title" in error.schema:
        # A raw regex tells a reader little; the definition's title says what is expected.
        message = f"{describe(error.instance)} does not match: {error.schema['title']}"
    else:
        quoted = repr(error.instance)
        if message.startswith(quoted):
            message = describe(error.instance) + message[len(quoted):]
    return error, shorten(message)


def check_file(validator, path, report):
    """Returns (passed, failed), or None when the file cannot be read."""
    label = "<stdin>" if path == "-" else path
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as e:
        print(f"{label}: cannot read: {e.strerror}", file=sys.stderr)
        return None
    passed = failed = 0
    with stream:
        for number, raw in enumerate(stream, start=1):
            line = raw.rstrip(b"\n")
            if line.endswith(b"\r"):
                line = line[:-1]
            # kgraph append skips lines of only spaces and tabs; they are not events.
            if not line.strip(b" \t"):
                continue
            try:
                instance = parse_line(line.decode("utf-8"))
            except UnicodeDecodeError:
                report(f"{label}:{number}: $: the line is not valid UTF-8")
                failed += 1
                continue
            except ValueError as e:
                report(f"{label}:{number}: $: invalid JSON: {shorten(str(e))}")
                failed += 1
                continue
            errors = list(validator.iter_errors(instance))
            if not errors:
                passed += 1
                continue
            failed += 1
            best, message = explain(best_match(errors))
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            report(f"{label}:{number}: {best.json_path}: {message}{more}")
    return passed, failed


def check_document(validator, path, report):
    """Validates one whole JSON document; returns (passed, failed), or None when unreadable."""
    label = "<stdin>" if path == "-" else path
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        print(f"{label}: cannot read: {e.strerror}", file=sys.stderr)
        return None
    try:
        instance = parse_line(raw.decode("utf-8"))
    except UnicodeDecodeError:
        report(f"{label}:1: $: the file is not valid UTF-8")
        return 0, 1
    except ValueError as e:
        report(f"{label}:1: $: invalid JSON: {shorten(str(e))}")
        return 0, 1
    errors = list(validator.iter_errors(instance))
    if not errors:
        return 1, 0
    best, message = explain(best_match(errors))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    report(f"{label}:1: {best.json_path}: {message}{more}")
    return 0, 1


def main(argv):
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    check = check_file
    if argv[:1] == ["--document"]:
        check, argv = check_document, argv[1:]
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    name, files = argv[0], argv[1:]
    if name not in NAMES:
        print(f"validate_schemas.py: unknown schema {name!r}; use one of {', '.join(NAMES)}", file=sys.stderr)
        return 2
    try:
        registry = load_registry()
    except SetupError as e:
        print(f"validate_schemas.py: {e}", file=sys.stderr)
        return 2
    uri = f"{BASE_URI}{name}.schema.json"
    validator = Draft202012Validator(registry.contents(uri), registry=registry)

    passed = failed = 0
    unreadable = False
    for path in files:
        result = check(validator, path, print)
        if result is None:
            unreadable = True
            continue
        passed += result[0]
        failed += result[1]
    print(f"{passed} passed, {failed} failed")
    if passed + failed == 0:
        print("validate_schemas.py: no lines were checked", file=sys.stderr)
        return 1
    return 0 if failed == 0 and not unreadable else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
