"""Run the real QGIS desktop under Xvfb with the packaged plugin in a throw-away profile.

Used by the desktop test tier (tests/desktop) and by ``make screenshots`` (docs/img). The ZIP of
``make package`` is unpacked into a new profile, Conecta is enabled there, and ``qgis --code SCRIPT`` runs on a
virtual screen of the size asked for, in the language asked for:
- "en": QGIS's default (no locale set);
- "es": ``qgis --lang es``, the command-line switch;
- "pt_BR": the locale override of QGIS's options (Settings → Options → General), as a planner sets it.
HOME points into the run's folder (never under /tmp: QGIS treats files there as temporary layers).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def missing_tools() -> list[str]:
    """The programs the desktop run needs that are not installed."""
    return [name for name in ("qgis", "xvfb-run") if shutil.which(name) is None]


def build_package(target: Path) -> Path:
    """The plugin ZIP, as ``make package`` writes it."""
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(target)],
        check=True,
        capture_output=True,
    )
    return target


@dataclass
class DesktopRun:
    """What a QGIS desktop session left: exit code, console output and its output folder."""

    returncode: int
    output: str
    out: Path
    home: Path


def run_desktop(
    package: Path,
    script: Path,
    folder: Path,
    language: str = "en",
    screen: str = "1920x1080x24",
    timeout: float = 900,
) -> DesktopRun:
    """Start QGIS on a virtual screen with a fresh profile holding ``package``; run ``script`` with --code."""
    if folder.exists():
        shutil.rmtree(folder)
    profile = folder / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(package).extractall(plugins)
    settings = ["[PythonPlugins]", "conecta=true", "", "[qgis]", "checkVersion=false", "showTips=false"]
    if language == "pt_BR":
        settings += ["", "[locale]", "overrideFlag=true", f"userLocale={language}"]
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text("\n".join(settings) + "\n", encoding="utf-8")
    home = folder / "home"
    out = folder / "out"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QGIS_", "LC_", "LANG"))}
    # QGIS embeds Python and takes its standard library from the first python3 on PATH: its own folder first
    qgis = shutil.which("qgis") or "/usr/bin/qgis"
    env["PATH"] = os.pathsep.join([str(Path(qgis).resolve().parent), env.get("PATH", "")])
    env.update(
        HOME=str(home),
        CONECTA_DESKTOP_OUT=str(out),
        XDG_RUNTIME_DIR=str(home),
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=os.pathsep.join(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p),
    )
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}", "qgis", "--profiles-path", str(folder)]
    command += ["--nologo", "--noversioncheck", "--code", str(script)]
    if language == "es":
        command += ["--lang", "es"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        output, _ = process.communicate(timeout=timeout)
        return DesktopRun(process.returncode, output, out, home)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # xvfb-run, Xvfb and QGIS with it
        output, _ = process.communicate()
        return DesktopRun(-9, (output or "") + "\n[timed out]", out, home)
