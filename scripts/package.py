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
    "batch",
    "resources",
    "i18n",
]
EXCLUDE_SUFFIXES = {".pyc", ".ts", ".tmp"}
HELP = ("en", "es", "pt_BR")
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


PLACEHOLDERS = ("example.", "placeholder", "changeme", "your.name")


def release_problems() -> list[str]:
    """What metadata.txt lacks for an upload to plugins.qgis.org (the maintainer's e-mail, mainly)."""
    import configparser

    metadata = configparser.ConfigParser()
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    problems = []
    email = general.get("email", "").strip()
    if not email or "@" not in email or any(word in email for word in PLACEHOLDERS):
        problems.append("set email= in metadata.txt to the maintainer's real address")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "dist" / "conecta.zip")
    parser.add_argument(
        "--release", action="store_true", help="also check metadata.txt is ready for plugins.qgis.org"
    )
    args = parser.parse_args(argv)
    if args.release:
        problems = release_problems()
        if problems:
            print("not ready for plugins.qgis.org: " + "; ".join(problems), file=sys.stderr)
            return 1
    files = plugin_files()
    built = ("i18n/conecta_es.qm", "i18n/conecta_pt_BR.qm", *(f"resources/help/{c}/index.html" for c in HELP))
    missing = [name for name in built if Path(name) not in files]
    if missing:
        print(f"built files missing ({', '.join(missing)}): run `make qm help`", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(args.output, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            archive.write(REPO / relative, f"conecta/{relative.as_posix()}")
    print(f"{args.output}: {len(files)} files, {args.output.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
