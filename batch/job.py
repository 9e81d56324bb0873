"""The job file of ``conecta-batch``: a TOML file naming the inputs, the modes, the measure and its cutoffs, and
the outputs; read and checked here (unknown keys and missing inputs are refused, naming the key).

Example (``resources/batch/sample_city.toml``)::

    [network]
    path = "../sample/porto_alegre.gpkg"
    layer = "network"

    [zones]
    path = "../sample/porto_alegre.gpkg"
    layer = "zones"
    id = "id"

    [accessibility]
    modes = ["walk"]
    measure = "cumulative"
    opportunities = ["jobs"]
    cutoffs = [30, 60]

    [output]
    directory = "sample_city_results"

Paths are relative to the job file. :func:`job_text` writes such a file (the QGIS dock's "Export batch job").
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

MODES = ("walk", "bicycle", "car", "transit")
MEASURES = ("cumulative", "interval", "gravity", "closest", "passive", "2sfca", "bfca", "e2sfca", "3sfca")
"""Measures the batch runner computes (those reduced chunk by chunk; see :mod:`conecta.core.streamed`)."""
DECAYS = ("binary", "exponential", "power", "linear", "logistic")
FORMATS = ("parquet", "csv")
BACKENDS = ("processes", "dask")


class JobError(ValueError):
    """A job file that cannot be run (the message names the key or the file)."""


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _texts(value) -> bool:
    return isinstance(value, list) and bool(value) and all(_text(v) for v in value)


def _numbers(value) -> bool:
    return isinstance(value, list) and bool(value) and all(_number(v) and v >= 0 for v in value)


def _whole(value) -> bool:
    return _number(value) and float(value).is_integer() and value >= 0


def _positive(value) -> bool:
    return _number(value) and value > 0


def _decay(value) -> bool:
    return isinstance(value, dict)


def clock_seconds(text: str) -> int:
    """Seconds after midnight of a time written HH:MM or HH:MM:SS (hours past 24 allowed); ValueError if not."""
    parts = str(text).strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a time: {text!r}")
    hours, minutes, seconds = (int(p) for p in parts + ["0"] * (3 - len(parts)))
    if minutes > 59 or seconds > 59:
        raise ValueError(f"not a time: {text!r}")
    return hours * 3600 + minutes * 60 + seconds


def _clock(value) -> bool:
    try:
        clock_seconds(value)
    except ValueError:
        return False
    return True


def _date(value) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


SCHEMA: Dict[str, Dict[str, tuple]] = {
    "network": {
        "path": (_text, "a file path (GeoPackage, GeoJSON, shapefile or OSM .pbf)"),
        "layer": (_text, "a layer name"),
        "highway_field": (_text, "a field name"),
        "speed_field": (_text, "a field name"),
        "snap_tolerance": (_number, "a distance in metres"),
        "walk_speed": (_positive, "a speed in km/h"),
        "bicycle_speed": (_positive, "a speed in km/h"),
    },
    "zones": {
        "path": (_text, "a file path (GeoPackage, GeoJSON, shapefile or CSV)"),
        "layer": (_text, "a layer name"),
        "id": (_text, "the id field"),
        "x": (_text, "the CSV column of x or longitude"),
        "y": (_text, "the CSV column of y or latitude"),
        "crs": (_text, "a CRS such as EPSG:4326"),
    },
    "gtfs": {
        "feeds": (_texts, "a list of GTFS zip files"),
        "date": (_date, "a date as 2024-05-13"),
        "departure": (_clock, "a time as 07:00"),
        "window": (lambda v: _whole(v) and v >= 1, "whole minutes, 1 or more"),
        "percentile": (lambda v: _whole(v) and 1 <= v <= 100, "a percentile between 1 and 100"),
        "max_trip_duration": (_positive, "minutes"),
        "max_transfers": (_whole, "a whole number"),
        "max_walk": (_positive, "minutes"),
    },
    "accessibility": {
        "modes": (_texts, f"a list of modes among {', '.join(MODES)}"),
        "measure": (_text, f"one of {', '.join(MEASURES)}"),
        "opportunities": (_texts, "a list of opportunity fields"),
        "population": (_text, "the population field"),
        "cutoffs": (_numbers, "a list of minutes"),
        "interval": (_numbers, "[start, end] in minutes"),
        "decay": (_decay, "a table such as {function = 'exponential', value = 0.05}"),
        "n": (_whole, "a whole number of opportunities"),
        "passive": (lambda v: isinstance(v, bool), "true or false"),
        "max_time": (_positive, "minutes"),
    },
    "output": {
        "directory": (_text, "a folder"),
        "format": (lambda v: v in FORMATS, f"one of {', '.join(FORMATS)}"),
    },
    "run": {
        "backend": (lambda v: v in BACKENDS, f"one of {', '.join(BACKENDS)}"),
        "workers": (_whole, "a whole number (0: one per core)"),
        "chunk_size": (_whole, "a whole number of origins (0: chosen from the memory available)"),
        "scheduler": (_text, "a Dask scheduler address such as tcp://host:8786"),
    },
}
REQUIRED = {"zones": ("path", "id"), "accessibility": ("modes", "measure")}
DECAY_KEYS = ("function", "value", "sd")


@dataclass
class Job:
    """A checked job: its sections as read (paths resolved against the job file's folder)."""

    path: Path
    network: Dict[str, object] = field(default_factory=dict)
    zones: Dict[str, object] = field(default_factory=dict)
    gtfs: Dict[str, object] = field(default_factory=dict)
    accessibility: Dict[str, object] = field(default_factory=dict)
    output: Dict[str, object] = field(default_factory=dict)
    run: Dict[str, object] = field(default_factory=dict)

    @property
    def modes(self) -> List[str]:
        """The modes to compute."""
        return list(self.accessibility["modes"])

    @property
    def max_time(self) -> float:
        """The longest trip routed (minutes): ``max_time``, else the largest cutoff or interval end, else 60."""
        if "max_time" in self.accessibility:
            return float(self.accessibility["max_time"])
        limits = list(self.accessibility.get("cutoffs", [])) + list(self.accessibility.get("interval", []))
        return float(max(limits)) if limits else 60.0

    def section_key(self, *sections: str) -> str:
        """A hash of the given sections (what a result depends on), for naming its files."""
        text = json.dumps({name: getattr(self, name) for name in sections}, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _check_section(name: str, values) -> Dict[str, object]:
    """One section: a table with known keys of the right kind."""
    if not isinstance(values, dict):
        raise JobError(f"[{name}] must be a table of keys")
    for key, value in values.items():
        if key not in SCHEMA[name]:
            known = ", ".join(SCHEMA[name])
            raise JobError(f"unknown key '{name}.{key}' in the job file: [{name}] takes {known}")
        check, expected = SCHEMA[name][key]
        if not check(value):
            raise JobError(f"'{name}.{key}' must be {expected} (got {value!r})")
    for key in REQUIRED.get(name, ()):
        if key not in values:
            raise JobError(f"missing key '{name}.{key}' in the job file")
    return dict(values)


def _resolve(job: Job, section: str, key: str, base: Path) -> None:
    """Make a path of the job absolute (against the job file's folder) and check that it exists."""
    values = getattr(job, section)
    if key not in values:
        return
    paths = values[key] if isinstance(values[key], list) else [values[key]]
    resolved = []
    for text in paths:
        path = (base / Path(str(text)).expanduser()).resolve()
        if not path.exists():
            raise JobError(f"'{section}.{key}': input file {text} does not exist (looked for {path})")
        resolved.append(str(path))
    values[key] = resolved if isinstance(values[key], list) else resolved[0]


def _missing(key: str, measure: str) -> JobError:
    return JobError(f"missing key 'accessibility.{key}' in the job file: the {measure} measure needs it")


def _check_accessibility(job: Job) -> None:
    """The modes, the measure and what it needs."""
    a = job.accessibility
    measure = a["measure"]
    unknown = [mode for mode in a["modes"] if mode not in MODES]
    if unknown:
        raise JobError(f"'accessibility.modes': unknown mode {unknown[0]!r}: use {', '.join(MODES)}")
    if measure not in MEASURES:
        raise JobError(
            f"'accessibility.measure': {measure!r} is not computed by the batch runner: use {', '.join(MEASURES)}"
        )
    if "transit" in a["modes"] and not job.gtfs.get("feeds"):
        raise JobError("mode 'transit' needs the GTFS feeds: add [gtfs] with feeds = [...]")
    if any(mode != "transit" for mode in a["modes"]) and "path" not in job.network:
        raise JobError(
            "missing key 'network.path' in the job file: walking, cycling and car need a street network"
        )
    passive = measure == "passive" or a.get("passive", False)
    wanted = {
        "opportunities": not passive,
        "population": passive or measure in ("2sfca", "bfca", "e2sfca", "3sfca"),
        "cutoffs": measure == "cumulative" or (measure == "passive" and "decay" not in a),
        "interval": measure == "interval",
        "decay": measure in ("gravity", "2sfca", "bfca"),
    }
    for key, needed in wanted.items():
        if needed and key not in a:
            raise _missing(key, measure)
    if measure == "interval" and (len(a["interval"]) != 2 or a["interval"][0] >= a["interval"][1]):
        raise JobError("'accessibility.interval' must be [start, end] in minutes, start before end")
    decay = a.get("decay", {})
    for key in decay:
        if key not in DECAY_KEYS:
            raise JobError(
                f"unknown key 'accessibility.decay.{key}' in the job file: use {', '.join(DECAY_KEYS)}"
            )
    if decay and decay.get("function") not in DECAYS:
        raise JobError(f"'accessibility.decay.function' must be one of {', '.join(DECAYS)}")
    if decay and not (_number(decay.get("value")) or _numbers(decay.get("value"))):
        raise JobError("'accessibility.decay.value' must be a number or a list of numbers")


def read_job(path) -> Job:
    """Read and check a job file (:class:`JobError` naming the key or the file when it cannot be run)."""
    import tomllib

    path = Path(path)
    if not path.is_file():
        raise JobError(f"job file {path} does not exist")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise JobError(f"{path.name} is not a valid TOML file: {error}") from error
    for name in data:
        if name not in SCHEMA:
            raise JobError(f"unknown section [{name}] in the job file: use {', '.join(SCHEMA)}")
    for name in REQUIRED:
        if name not in data:
            raise JobError(f"missing section [{name}] in the job file")
    job = Job(path.resolve(), **{name: _check_section(name, values) for name, values in data.items()})
    base = job.path.parent
    for section, key in (("network", "path"), ("zones", "path"), ("gtfs", "feeds")):
        _resolve(job, section, key, base)
    _check_accessibility(job)
    return job


def _toml_value(value) -> str:
    """A value as TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)


def job_text(sections: Dict[str, Dict[str, object]], comment: str = "") -> str:
    """A job file's text from its sections (keys as in :data:`SCHEMA`); ``comment`` heads the file."""
    lines = [f"# {line}" for line in comment.splitlines()]
    for name in SCHEMA:
        values = {k: v for k, v in (sections.get(name) or {}).items() if v is not None}
        if not values:
            continue
        lines += ["", f"[{name}]"] + [f"{key} = {_toml_value(value)}" for key, value in values.items()]
    return "\n".join(lines).lstrip("\n") + "\n"


def output_directory(job: Job, override: Optional[str] = None) -> Path:
    """Where results go: ``--out``, else ``output.directory`` (relative to the job file), else ``results``."""
    if override:
        return Path(override).expanduser().resolve()
    return (job.path.parent / str(job.output.get("directory", "results"))).resolve()
