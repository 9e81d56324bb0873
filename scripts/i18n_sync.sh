#!/usr/bin/env bash
# Dev helper: refresh the .ts files from the committed/staged plugin sources only, then fill them from
# translation tables (scripts/ts_tool.py apply format) given as arguments, and rebuild the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(git ls-files --cached '*.py' | grep -vE '^(tests|bench|scripts)/' | tr '\n' ' ')
memory=$(mktemp --suffix=.json)
/usr/bin/python3 scripts/ts_tool.py memory > "$memory"   # strings that move to another context keep their translation
make translations SOURCES="$sources" >/dev/null
/usr/bin/python3 scripts/ts_tool.py apply "$memory" >/dev/null
rm -f "$memory"
for table in "$@"; do /usr/bin/python3 scripts/ts_tool.py apply "$table" >/dev/null; done
make qm >/dev/null
/usr/bin/python3 scripts/ts_tool.py todo
