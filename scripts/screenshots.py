"""`make screenshots`: docs/img from the real QGIS desktop, in English, Spanish and Brazilian Portuguese.

Runs the desktop session of the test tier (tests/desktop/drive_desktop.py: sample city, pipeline, Indicators
dock on the result) under Xvfb with the packaged plugin, and copies its full-height dock screenshots to
``docs/img/analysis_dock_<lang>.png`` and ``docs/img/indicators_dock_<lang>.png``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from desktop import build_package, missing_tools, run_desktop  # noqa: E402

LANGUAGES = ("en", "es", "pt_BR")


def main() -> int:
    missing = missing_tools()
    if missing:
        print(f"not installed: {', '.join(missing)} (make setup installs them)", file=sys.stderr)
        return 1
    folder = REPO / "build" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    package = build_package(folder / "conecta.zip")
    driver = REPO / "tests" / "desktop" / "drive_desktop.py"
    for language in LANGUAGES:
        run = run_desktop(package, driver, folder / language, language=language)
        if run.returncode != 0:
            print(run.output[-3000:], file=sys.stderr)
            return 1
        for dock in ("analysis", "indicators"):
            target = REPO / "docs" / "img" / f"{dock}_dock_{language}.png"
            shutil.copyfile(run.out / f"docs_{dock}_dock.png", target)
            print(target.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
