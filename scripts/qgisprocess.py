"""Run Conecta's algorithms through QGIS's command-line runner ``qgis_process`` in a throw-away profile."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def find_qgis_process() -> str:
    """qgis_process.bin where Debian's wrapper would pass --noversioncheck (rejected by 3.22)."""
    explicit = os.environ.get("QGIS_PROCESS")
    if explicit:
        return explicit
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("qgis_process not found: run `make setup` (installs QGIS)")


def plugin_path(plugin_dir: Path = REPO, where: Path | None = None) -> Path:
    """A folder holding the plugin as ``conecta`` (a symlink), for QGIS_PLUGINPATH."""
    where = where or REPO / "build" / "plugin_path"
    where.mkdir(parents=True, exist_ok=True)
    link = where / "conecta"
    if not link.exists():
        link.symlink_to(plugin_dir.resolve(), target_is_directory=True)
    return where


def qgis_environment(executable: str, extra_path: str = "") -> dict:
    """The environment qgis_process runs in: its own folder first on PATH.

    QGIS embeds Python and finds that Python's standard library from the first ``python3`` on PATH: with a
    pyenv or conda Python first it loads the wrong one and every run fails ("Couldn't load SIP module").
    """
    env = dict(os.environ)
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(name, None)
    folders = [str(Path(executable).resolve().parent), extra_path, env.get("PATH", "")]
    env["PATH"] = os.pathsep.join(f for f in folders if f)
    return env


class QgisProcess:
    """``qgis_process`` with Conecta on QGIS_PLUGINPATH, enabled in its own throw-away profile."""

    def __init__(
        self,
        executable: str | None = None,
        plugins: Path | None = None,
        profile: Path | None = None,
        extra_path: str = "",
    ):
        self.executable = executable or find_qgis_process()
        self.profile = Path(profile or tempfile.mkdtemp(prefix="conecta-qgis-profile-"))
        self.env = qgis_environment(self.executable, extra_path)
        self.env.update(
            QGIS_PLUGINPATH=str(plugins or plugin_path()),
            QGIS_CUSTOM_CONFIG_PATH=str(self.profile),
            QT_QPA_PLATFORM="offscreen",
            XDG_RUNTIME_DIR=str(self.profile),
        )
        self.env.pop("QGIS_OPTS", None)
        self.call(["plugins", "enable", "conecta"])

    def call(self, args: list[str], check: bool = True) -> subprocess.CompletedProcess:
        """Run ``qgis_process args`` and return the completed process (text output)."""
        result = subprocess.run(
            [self.executable, *args], env=self.env, capture_output=True, text=True, timeout=3600
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"qgis_process {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
            )
        return result

    def algorithms(self) -> list[str]:
        """Ids of the algorithms qgis_process lists."""
        out = self.call(["list"]).stdout
        return [line.split()[0] for line in out.splitlines() if line.strip().startswith("conecta:")]

    def run(self, algorithm: str, **parameters) -> dict:
        """Run ``algorithm`` with ``PARAMETER=value`` pairs; lists repeat the parameter; return its JSON result."""
        args = ["--json", "run", algorithm, "--"]
        for key, value in parameters.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                args.append(f"{key}={item}")
        result = self.call(args)
        text = result.stdout[result.stdout.index("{") :]
        return json.loads(text)

    def run_showing_progress(self, algorithm: str, **parameters) -> dict:
        """Run ``algorithm`` printing qgis_process's own progress (0...10...20...) and log as they come;
        return its results as ``run`` does (numbers as floats, everything else as text)."""
        args = [self.executable, "run", algorithm, "--"]
        for key, value in parameters.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                args.append(f"{key}={item}")
        process = subprocess.Popen(
            args, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        seen = []
        started = False
        while True:
            char = process.stdout.read(1)
            if not char:
                break
            seen.append(char)
            if not started and "".join(seen[-4:]) == "0...":
                started = True
                print("   0...", end="", flush=True)
            elif started and "".join(seen[-7:]) != "Results":
                print(char, end="", flush=True)
        output = "".join(seen)
        if process.wait() != 0:
            raise RuntimeError(
                f"qgis_process run {algorithm} failed ({process.returncode}):\n{output[-3000:]}"
            )
        results = {}
        for line in output.split("Results", 1)[-1].splitlines():
            key, tab, value = line.partition(":\t")
            if tab:
                try:
                    results[key.strip()] = float(value)
                except ValueError:
                    results[key.strip()] = value.strip()
        print(flush=True)
        return {"results": results}

    def command_line(self, algorithm: str, **parameters) -> str:
        """The equivalent shell command (for logs and the README)."""
        parts = [Path(self.executable).name, "run", algorithm, "--"]
        for key, value in parameters.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                parts.append(shlex.quote(f"{key}={item}"))
        return " ".join(parts)
