"""Which ``raise`` statements of the plugin no test runs: every error message a planner can meet must be
raised by a test through the algorithm a planner runs (issue 14).

Reads the coverage data that ``make test`` writes (``pytest --cov=conecta``), finds every ``raise`` in the
plugin's own code (core/, processing/, ui/, plugin.py, translation.py) and prints those no test executed.
``tests/uncovered_raises.txt`` lists the ones left uncovered on purpose, each with its reason
(``path | raise line as written | reason``). Exits 1 when fewer than ``--min`` percent are covered, and with
``--explained`` also when an uncovered raise is not listed there.

    .venv/bin/python scripts/raise_coverage.py [--data .coverage] [--min 90] [--explained]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PARTS = ("core", "processing", "ui")
FILES = ("plugin.py", "translation.py", "__init__.py")
ALLOWED = REPO / "tests" / "uncovered_raises.txt"


def plugin_files() -> list:
    """The plugin's own Python files, relative to the repository."""
    files = [REPO / name for name in FILES]
    for part in PARTS:
        files += sorted((REPO / part).rglob("*.py"))
    return [f.relative_to(REPO).as_posix() for f in files if f.exists()]


def raises(path: Path) -> list:
    """(line, first line of source) of every ``raise`` statement in ``path``."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    return [
        (node.lineno, lines[node.lineno - 1].strip())
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Raise)
    ]


def executed_lines(data_file: Path) -> dict:
    """Executed line numbers per plugin file (relative path), from the coverage data."""
    import coverage

    data = coverage.CoverageData(basename=str(data_file))
    data.read()
    out: dict = {}
    root = REPO.resolve().as_posix() + "/"
    for measured in data.measured_files():
        normalised = measured.replace("\\", "/")
        if normalised.startswith(root):  # coverage records the real path behind the plugin's symlink
            relative = normalised[len(root) :]
        elif "/conecta/" in normalised:
            relative = normalised.split("/conecta/", 1)[1]
        else:
            continue
        out.setdefault(relative, set()).update(data.lines(measured) or ())
    return out


def allowed() -> dict:
    """(path, raise text) → reason, from tests/uncovered_raises.txt."""
    out = {}
    if ALLOWED.exists():
        for line in ALLOWED.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                path, text, reason = (part.strip() for part in line.split(" | ", 2))
                out[(path, text)] = reason
    return out


def first_lines(path: Path, line: int, executed: set) -> bool:
    """Whether the statement starting at ``line`` ran: the tracer may record any line of a multi-line raise."""
    text = path.read_text(encoding="utf-8").splitlines()
    node_end = line
    for node in ast.walk(ast.parse("\n".join(text))):
        if isinstance(node, ast.Raise) and node.lineno == line:
            node_end = node.end_lineno or line
    return any(n in executed for n in range(line, node_end + 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / ".coverage")
    parser.add_argument("--min", type=float, default=90.0)
    parser.add_argument(
        "--explained", action="store_true", help="fail on an uncovered raise without a reason"
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"raise coverage: no coverage data at {args.data}")
        return 1
    executed = executed_lines(args.data)
    reasons = allowed()
    total, missing = 0, []
    for relative in plugin_files():
        path = REPO / relative
        for line, text in raises(path):
            total += 1
            if not first_lines(path, line, executed.get(relative, set())):
                missing.append((relative, line, text))
    covered = total - len(missing)
    share = 100.0 * covered / total if total else 100.0
    unexplained = [m for m in missing if (m[0], m[2]) not in reasons]
    print(f"raise coverage: {covered} of {total} raise statements run by a test ({share:.1f} %)")
    for relative, line, text in missing:
        reason = reasons.get((relative, text))
        print(f"  {relative}:{line}: {text}" + (f"  [{reason}]" if reason else "  [NOT EXPLAINED]"))
    print(
        f"raise coverage: {len(unexplained)} uncovered raises without a reason in tests/uncovered_raises.txt"
    )
    if share < args.min or (args.explained and unexplained):
        print(f"raise coverage: below {args.min:g} %" + (" or unexplained raises" if args.explained else ""))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
