"""`make package`: dist/conecta.zip for QGIS's "Install from ZIP" (a conecta/ folder, .qm included)."""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INCLUDE = [
    "metadata.txt",
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "*.py",
    "core",
    "processing",
    "ui",
    "resources",
    "i18n",
]
EXCLUDE_SUFFIXES = {".pyc", ".ts", ".tmp"}
EXCLUDE_PARTS = {"__pycache__"}


def plugin_files() -> list[Path]:
    """Files that belong in the installable plugin (no tests, bench, dev files, .ts sources)."""
    files: list[Path] = []
    for pattern in INCLUDE:
        for path in sorted(REPO.glob(pattern)):
            candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
            for candidate in candidates:
                relative = candidate.relative_to(REPO)
                if candidate.suffix in EXCLUDE_SUFFIXES or EXCLUDE_PARTS & set(relative.parts):
                    continue
                files.append(relative)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "dist" / "conecta.zip")
    args = parser.parse_args(argv)
    files = plugin_files()
    missing_qm = [name for name in ("i18n/conecta_es.qm", "i18n/conecta_pt_BR.qm") if Path(name) not in files]
    if missing_qm:
        print(f"compiled translations missing ({', '.join(missing_qm)}): run `make qm`", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(args.output, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            archive.write(REPO / relative, f"conecta/{relative.as_posix()}")
    print(f"{args.output}: {len(files)} files, {args.output.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
