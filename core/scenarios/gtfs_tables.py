"""A GTFS zip as text tables, for editing without losing anything: every ``.txt`` file is read as strings
(``dtype=str``, empty cells stay empty strings), and files the editor does not change are written back byte
for byte; changed files keep every column and every value they had, in their order.

The source zip is only read. :func:`write_tables` writes the new zip beside its target name first and moves
it into place when complete, so a failed run leaves no half-written feed.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..gtfs import parse_time

REQUIRED_FILES = ("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
"""Files a GTFS feed must have (``missing_required_file`` otherwise)."""
EDITOR_COLUMNS = {
    "stops.txt": ("stop_id",),
    "routes.txt": ("route_id",),
    "trips.txt": ("route_id", "service_id", "trip_id"),
    "stop_times.txt": ("trip_id", "stop_id", "stop_sequence"),
}
"""Columns without which a feed cannot be edited (``missing_required_column`` otherwise)."""


@dataclass
class GtfsTables:
    """The text tables of a feed by file name (``stops.txt`` …), with what is needed to write it back."""

    tables: Dict[str, pd.DataFrame]
    """Every ``.txt`` file of the zip as a string DataFrame (header names stripped)."""
    members: Dict[str, str] = field(default_factory=dict)
    """Zip member name of each file (files in a sub-folder keep it)."""
    raw: Dict[str, bytes] = field(default_factory=dict)
    """The original bytes of every member, written back unchanged unless the file is in ``changed``."""
    order: List[str] = field(default_factory=list)
    """Members in their order in the source zip."""
    changed: set = field(default_factory=set)
    """Files edited (written from their DataFrame)."""
    newline: Dict[str, str] = field(default_factory=dict)
    """Line ending of each file (``\\r\\n`` or ``\\n``), kept when it is rewritten."""
    appended: Dict[str, List[pd.DataFrame]] = field(default_factory=dict)
    """Rows only appended to an otherwise unchanged file: written after its original bytes."""

    def get(self, name: str) -> Optional[pd.DataFrame]:
        """The table of ``name`` or None."""
        return self.tables.get(name)

    def set(self, name: str, table: pd.DataFrame) -> None:
        """Replace (or add) the table of ``name`` and mark it changed."""
        self.tables[name] = table.reset_index(drop=True)
        self.changed.add(name)
        self.appended.pop(name, None)
        if name not in self.members:
            folder = self._folder()
            self.members[name] = folder + name

    def append(self, name: str, rows: pd.DataFrame) -> None:
        """Add ``rows`` at the end of ``name`` (created if absent); an unchanged file whose columns cover the
        rows' is written as its original bytes followed by the new rows."""
        table = self.tables.get(name)
        in_place = (
            table is not None
            and (name not in self.changed or name in self.appended)
            and set(rows.columns) <= set(table.columns)
            and name in self.members
        )
        pending = self.appended.get(name, [])
        self.set(name, with_rows(table if table is not None else rows.iloc[:0], rows))
        if in_place:
            self.appended[name] = [*pending, rows.reindex(columns=table.columns, fill_value="")]

    def _folder(self) -> str:
        stops = self.members.get("stops.txt", "stops.txt")
        return stops[: len(stops) - len("stops.txt")]

    def copy(self) -> GtfsTables:
        """A copy whose tables can be replaced without touching this one's."""
        return GtfsTables(
            tables=dict(self.tables),
            members=dict(self.members),
            raw=self.raw,
            order=list(self.order),
            changed=set(self.changed),
            newline=dict(self.newline),
            appended={k: list(v) for k, v in self.appended.items()},
        )


def _parse(raw: bytes) -> pd.DataFrame:
    if not raw.strip():
        return pd.DataFrame()
    df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df.columns = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    return df


def read_tables(path: Union[str, Path]) -> GtfsTables:
    """Read every ``.txt`` file of a GTFS zip as text tables; the zip itself is never modified."""
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(
            "unreadable_feed",
            "The GTFS feed {path} cannot be opened as a zip file ({reason}).",
            path=str(path),
            reason=str(exc),
        ) from exc
    out = GtfsTables(tables={})
    with zf:
        for member in zf.namelist():
            if member.endswith("/"):
                continue
            out.order.append(member)
            out.raw[member] = zf.read(member)
            base = member.rsplit("/", 1)[-1].lower()
            if base.endswith(".txt") and base not in out.tables:
                out.members[base] = member
                out.newline[base] = "\r\n" if b"\r\n" in out.raw[member][:4096] else "\n"
                out.tables[base] = _parse(out.raw[member])
    missing = [f for f in REQUIRED_FILES if f not in out.tables]
    if missing:
        raise InputError(
            "missing_required_file",
            "The GTFS feed {path} lacks the required file(s) {files}.",
            path=str(path),
            files=", ".join(missing),
        )
    lacking = [
        f"{name} {col}"
        for name, cols in EDITOR_COLUMNS.items()
        for col in cols
        if col not in out.tables[name]
    ]
    if lacking:
        raise InputError(
            "missing_required_column",
            "The GTFS feed {path} lacks required column(s): {columns}.",
            path=str(path),
            columns=", ".join(lacking),
        )
    return out


def _csv_bytes(table: pd.DataFrame, newline: str, header: bool = True) -> bytes:
    buf = io.StringIO()
    table.to_csv(buf, index=False, header=header, lineterminator=newline)
    return buf.getvalue().encode("utf-8")


def _file_bytes(tables: GtfsTables, name: str, member: str) -> bytes:
    newline = tables.newline.get(name, "\n")
    pending = tables.appended.get(name)
    if not pending:
        return _csv_bytes(tables.tables[name], newline)
    raw = tables.raw[member].rstrip(b"\r\n") + newline.encode()
    return raw + b"".join(_csv_bytes(rows, newline, header=False) for rows in pending)


def write_tables(tables: GtfsTables, path: Union[str, Path]) -> Path:
    """Write the feed as a zip at ``path`` (changed files from their tables, the others byte for byte)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = set()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=str(path.parent))
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            changed_members = {tables.members[name]: name for name in tables.changed}
            for member in tables.order:
                name = changed_members.get(member)
                if name is None:
                    zf.writestr(member, tables.raw[member])
                else:
                    zf.writestr(member, _file_bytes(tables, name, member))
                written.add(member)
            for member, name in changed_members.items():
                if member not in written:
                    zf.writestr(member, _file_bytes(tables, name, member))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path


def column(table: Optional[pd.DataFrame], name: str, length: Optional[int] = None) -> pd.Series:
    """A column of a text table as strings, empty strings when the column (or the table) is absent."""
    if table is not None and name in table.columns:
        return table[name]
    n = len(table) if table is not None else (length or 0)
    return pd.Series(np.full(n, "", dtype=object), index=None if table is None else table.index)


def _by_unique(values: pd.Series, parse) -> np.ndarray:
    """``parse`` applied to the distinct values only (GTFS columns repeat a few thousand values)."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    parsed = np.asarray(parse(pd.Series(uniques, dtype=object)), dtype=float)
    out = np.full(len(codes), np.nan)
    ok = codes >= 0
    out[ok] = parsed[codes[ok]]
    return out


def numbers(values: pd.Series) -> np.ndarray:
    """Text → float (NaN where blank or unreadable)."""
    return _by_unique(values, lambda u: pd.to_numeric(u.replace("", np.nan), errors="coerce"))


def seconds(values: pd.Series) -> np.ndarray:
    """GTFS times ``H:MM:SS`` → seconds (NaN where blank or unreadable)."""
    return _by_unique(values, parse_time)


def with_rows(table: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """``table`` with ``rows`` appended; columns only ``rows`` has are added (empty for the old rows)."""
    rows = rows.astype(object).where(rows.notna(), "")
    for col in rows.columns:
        if col not in table.columns:
            table = table.assign(**{col: ""})
    rows = rows.reindex(columns=table.columns, fill_value="")
    if not len(table):
        return rows.reset_index(drop=True)
    return pd.concat([table, rows], ignore_index=True)


def unique_ids(candidates: Sequence[str], taken: set) -> List[str]:
    """``candidates`` made unique among themselves and against ``taken`` (updated) by a ``_2``, ``_3`` … suffix."""
    out = []
    for cid in candidates:
        new, k = cid, 2
        while new in taken:
            new, k = f"{cid}_{k}", k + 1
        taken.add(new)
        out.append(new)
    return out
