"""What a golden output is made of, and how two are compared: every field and value of every feature (rows in
a stable order), a geometry summary per feature (type, parts, vertices, area, length, centroid), the numbers an
algorithm returns, CSV tables row by row and JSON summaries key by key."""

from __future__ import annotations

import json
import math
from pathlib import Path

TOLERANCE = 1e-9
VOLATILE_KEYS = {"date", "generated", "created", "run_date", "timestamp", "html", "pdf", "path", "folder"}
"""JSON keys whose value changes from run to run (dates, paths): compared by presence only."""


def plain(value):
    """A QGIS attribute as JSON: NULL → None, QDate/QDateTime → ISO text, numbers as they are."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if isinstance(value, QDateTime) else value.toString()
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return value


def geometry_summary(geometry) -> list:
    """Type, parts, vertices, area, length and centroid of a geometry (None for no geometry)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    centroid = geometry.centroid().asPoint()
    parts = geometry.constGet().partCount() if geometry.constGet() is not None else 0
    return [
        geometry.wkbType(),
        parts,
        geometry.constGet().nCoordinates(),
        geometry.area(),
        geometry.length(),
        centroid.x(),
        centroid.y(),
    ]


def sort_key(row: list) -> str:
    """A stable order of rows: their values as text (numbers rounded so that 1e-12 noise keeps the order)."""
    return json.dumps([round(v, 6) if isinstance(v, float) else v for v in row], default=str)


def layer_fingerprint(layer) -> dict:
    """Fields, feature count and every feature's attributes and geometry summary of a vector layer."""
    fields = [[f.name(), f.typeName()] for f in layer.fields()]
    rows = []
    for feature in layer.getFeatures():
        values = [plain(v) for v in feature.attributes()]
        if fields and fields[0][0] == "fid":
            values = values[1:]  # GeoPackage feature ids depend on the writer, not on the method
        rows.append(values + [geometry_summary(feature.geometry()) if layer.isSpatial() else None])
    rows.sort(key=sort_key)
    if fields and fields[0][0] == "fid":
        fields = fields[1:]
    return {"fields": fields, "count": len(rows), "rows": rows}


def csv_fingerprint(path: Path) -> dict:
    """A CSV table: header and rows in a stable order."""
    import csv

    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [[_number(v) for v in row] for row in reader]
    rows.sort(key=sort_key)
    return {"fields": header, "count": len(rows), "rows": rows}


def _number(text: str):
    try:
        return float(text)
    except ValueError:
        return text


def json_fingerprint(path: Path) -> dict:
    """A JSON file with run-dependent keys blanked."""

    def clean(value):
        if isinstance(value, dict):
            return {k: ("<volatile>" if k in VOLATILE_KEYS else clean(v)) for k, v in sorted(value.items())}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    return clean(json.loads(Path(path).read_text(encoding="utf-8")))


def differences(expected, actual, where: str = "", limit: int = 20) -> list[str]:
    """Where ``actual`` differs from ``expected`` (numbers to TOLERANCE, relative or absolute)."""
    out: list[str] = []

    def walk(a, b, path):
        if len(out) >= limit:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            if set(a) != set(b):
                out.append(f"{path}: keys {sorted(set(a) ^ set(b))}")
            for key in sorted(set(a) & set(b)):
                walk(a[key], b[key], f"{path}.{key}")
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                out.append(f"{path}: {len(a)} items expected, {len(b)} found")
                return
            for k, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{path}[{k}]")
        elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
            if not math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
                out.append(f"{path}: {a!r} expected, {b!r} found")
        elif a != b:
            out.append(f"{path}: {a!r} expected, {b!r} found")

    walk(expected, actual, where)
    return out
