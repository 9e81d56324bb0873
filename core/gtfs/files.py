"""The text files of a GTFS zip (or folder), read lean: every text column as a pandas categorical (each
distinct id or time string stored once), numbers and times parsed once per distinct text, no per-row Python.

Values are stripped of surrounding spaces; an empty field is missing (category code -1). Each row keeps its
line in the file (line 1 is the header) for the diagnostics. A row with more fields than the header is
skipped and reported with its line, except in the tables read for a few columns only (stop_times.txt,
shapes.txt), where its extra fields are simply not read. A file that is not UTF-8 is read as Latin-1.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import warnings
import zipfile
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from ..errors import QT_TR_NOOP, InputError
from .feed import GtfsDiagnostics

TIME = re.compile(r"^(\d{1,3}):([0-5]?\d):([0-5]?\d)$")
BAD_LINE = re.compile(r"Skipping line (\d+)")
CHUNK_ROWS = 1_000_000
"""Rows parsed at a time (bounded memory; their categories are united at the end)."""


def parse_time(values: Union[pd.Series, Sequence[str]]) -> np.ndarray:
    """GTFS times ``H:MM:SS`` (hours may exceed 24) → seconds as float; NaN when empty or unparsable."""
    s = pd.Series(values, dtype="object").astype(str).str.strip()
    parts = s.str.extract(TIME.pattern)
    h = pd.to_numeric(parts[0], errors="coerce")
    m = pd.to_numeric(parts[1], errors="coerce")
    sec = pd.to_numeric(parts[2], errors="coerce")
    return (h * 3600 + m * 60 + sec).to_numpy(dtype=float)


# --------------------------------------------------------------------------------------------- columns


def codes(column: pd.Series) -> Tuple[np.ndarray, np.ndarray]:
    """(codes, categories) of a categorical column: code -1 where the value is missing."""
    return column.cat.codes.to_numpy(), column.cat.categories.to_numpy(dtype=object)


def text(column: pd.Series) -> np.ndarray:
    """A text column as an object array ("" where missing); equal values share one string object."""
    if not isinstance(column.dtype, pd.CategoricalDtype):
        return column.fillna("").astype(str).to_numpy(dtype=object)
    code, categories = codes(column)
    return np.append(categories, "").astype(object)[code]


def numbers(column: pd.Series) -> np.ndarray:
    """A numeric column as floats, NaN where missing or not a number (parsed once per distinct text)."""
    if not isinstance(column.dtype, pd.CategoricalDtype):
        return column.to_numpy(dtype=float)
    code, categories = codes(column)
    values = pd.to_numeric(pd.Series(categories, dtype=object), errors="coerce").to_numpy(dtype=float)
    return np.append(values, np.nan)[code]


def seconds(column: pd.Series) -> np.ndarray:
    """A GTFS time column as seconds, NaN where missing or unparsable (parsed once per distinct text)."""
    code, categories = codes(column)
    return np.append(parse_time(categories), np.nan)[code]


def present(column: pd.Series) -> np.ndarray:
    """True where the field is not empty."""
    return column.notna().to_numpy()


# --------------------------------------------------------------------------------------------- zip


class Archive:
    """A GTFS zip (or a folder of .txt files) opened for reading its tables by file name."""

    def __init__(self, path: Union[str, Path], diagnostics: GtfsDiagnostics) -> None:
        self.path = Path(path)
        self.diagnostics = diagnostics
        if self.path.is_dir():
            self.zip = None
            members = {f.name: f for f in self.path.glob("*.txt")}
        else:
            try:
                self.zip = zipfile.ZipFile(self.path)
            except zipfile.BadZipFile as error:
                raise InputError(
                    "gtfs_not_zip",
                    QT_TR_NOOP("{name} is not a GTFS zip file: {details}"),
                    name=self.path.name,
                    details=str(error),
                ) from error
            members = {m: m for m in self.zip.namelist()}
        self.members: Dict[str, Union[str, Path]] = {}
        for member, handle in members.items():
            base = str(member).rsplit("/", 1)[-1].lower()
            if base.endswith(".txt") and base not in self.members:
                self.members[base] = handle

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *error) -> None:
        if self.zip is not None:
            self.zip.close()

    def has(self, file: str) -> bool:
        """True when the feed holds ``file``."""
        return file in self.members

    def columns(self, file: str) -> List[str]:
        """The column names of ``file`` (read from its header only)."""
        try:
            return self._header_of(file, "utf-8-sig")
        except UnicodeDecodeError:
            return self._header_of(file, "latin-1")

    def _header_of(self, file: str, encoding: str) -> List[str]:
        with self._open(file) as handle:
            try:
                header = pd.read_csv(handle, nrows=0, encoding=encoding, skipinitialspace=True).columns
            except pd.errors.EmptyDataError:
                return []
            except pd.errors.ParserError as error:
                raise self._unreadable(file, error) from error
        return [_header(c) for c in header]

    def _unreadable(self, file: str, error: Exception) -> InputError:
        """The error for a table the CSV reader cannot parse (an unclosed quote, …)."""
        return InputError(
            "gtfs_unreadable",
            QT_TR_NOOP("{file} of {name} cannot be read as a table: {details}"),
            file=file,
            name=self.path.name,
            details=str(error).strip(),
        )

    def _open(self, file: str):
        member = self.members[file]
        return self.zip.open(member) if self.zip is not None else open(member, "rb")

    def table(
        self, file: str, columns: Optional[Iterable[str]] = None, floats: Iterable[str] = ()
    ) -> Optional[pd.DataFrame]:
        """``file`` as a DataFrame (None when absent): text columns categorical (stripped, "" missing),
        ``floats`` as floats when every value is a number, and a ``line`` column (int32)."""
        if file not in self.members:
            return None
        wanted = None if columns is None else set(columns)
        floats = [f for f in floats if wanted is None or f in wanted]
        try:
            frame, bad = self._parse(file, wanted, floats, "utf-8-sig")
        except UnicodeDecodeError:
            self.diagnostics.latin1_files.append(file)
            frame, bad = self._parse(file, wanted, floats, "latin-1")
        self.diagnostics.skip(file, bad, "wrong number of fields")
        for name in frame.columns:
            if isinstance(frame[name].dtype, pd.CategoricalDtype):
                frame[name] = _clean(frame[name])
        frame["line"] = _lines(len(frame), bad)
        return frame

    def optional_text_table(self, file: str, columns: Iterable[str]) -> pd.DataFrame:
        """An optional ``file`` read whole through :func:`as_text` with every one of ``columns`` present: no
        rows (only ``line``) when the feed lacks the file."""
        frame = self.table(file)
        return as_text(
            frame if frame is not None else pd.DataFrame({"line": pd.Series([], dtype="int32")}), columns
        )

    def _parse(self, file: str, wanted, floats: List[str], encoding: str) -> Tuple[pd.DataFrame, np.ndarray]:
        """Read ``file`` with the given encoding; when a number column holds text, every column is read as
        text (the readers then report the rows whose value is not a number)."""
        try:
            return self._csv(file, wanted, floats, encoding)
        except ValueError as error:
            if isinstance(error, UnicodeDecodeError) or not floats:
                raise
            return self._csv(file, wanted, [], encoding)

    def _csv(self, file: str, wanted, floats: List[str], encoding: str) -> Tuple[pd.DataFrame, np.ndarray]:
        options = dict(keep_default_na=False, na_values=[""], encoding=encoding)
        with self._open(file) as handle:
            try:
                header = pd.read_csv(handle, nrows=0, **options).columns
            except pd.errors.EmptyDataError:
                return pd.DataFrame({}), np.zeros(0, dtype=np.int64)
        keep = [name for name in header if wanted is None or _header(name) in wanted]
        dtype = {name: (float if _header(name) in floats else "category") for name in keep}
        # usecols only when some columns are left out: with it, pandas does not report rows with extra fields
        options.update(dtype=dtype, usecols=None if wanted is None else keep, chunksize=CHUNK_ROWS)
        with self._open(file) as handle, _bad_lines() as bad:
            try:
                chunks = list(pd.read_csv(handle, on_bad_lines="warn", low_memory=False, **options))
            except pd.errors.ParserError as error:
                raise self._unreadable(file, error) from error
        frame = _concat(chunks, keep)
        frame.columns = [_header(c) for c in frame.columns]
        frame = frame.loc[:, ~frame.columns.duplicated()]
        return frame, np.asarray(sorted(bad), dtype=np.int64)


def _concat(chunks: list, columns: list) -> pd.DataFrame:
    """The chunks of a table as one: categorical columns united (sorted categories), floats concatenated."""
    if len(chunks) == 1:
        return chunks[0].reset_index(drop=True)
    if not chunks:
        return pd.DataFrame({name: pd.Series([], dtype="category") for name in columns})
    out = {}
    for name in columns:
        parts = [chunk[name] for chunk in chunks]
        if isinstance(parts[0].dtype, pd.CategoricalDtype):
            out[name] = union_categoricals(parts, sort_categories=True)
        else:
            out[name] = np.concatenate([part.to_numpy() for part in parts])
        for chunk in chunks:
            del chunk[name]
    return pd.DataFrame(out)


def _header(name) -> str:
    return str(name).strip().lstrip("\ufeff")


def _clean(column: pd.Series) -> pd.Series:
    """Categories stripped of spaces, "" as missing, equal values merged, sorted."""
    code, categories = codes(column)
    stripped = np.asarray([str(c).strip() for c in categories], dtype=object)
    uniq, inverse = np.unique(stripped, return_inverse=True) if len(stripped) else (stripped, stripped)
    inverse = np.asarray(inverse, dtype=np.int64)
    if len(uniq) and uniq[0] == "":
        uniq, inverse = uniq[1:], inverse - 1
    mapping = np.append(inverse, -1).astype(np.int32)
    new_codes = mapping[code]
    return pd.Series(
        pd.Categorical.from_codes(new_codes, categories=pd.Index(uniq, dtype=object)), index=column.index
    )


def _lines(n_rows: int, bad: np.ndarray) -> np.ndarray:
    """Line numbers of the rows kept when the lines ``bad`` were skipped (line 1 is the header)."""
    if len(bad) == 0:
        return np.arange(2, n_rows + 2, dtype=np.int32)
    every = np.arange(2, n_rows + len(bad) + 2, dtype=np.int64)
    return np.setdiff1d(every, bad)[:n_rows].astype(np.int32)


class _Capture(io.StringIO):
    """stderr while pandas parses: its "Skipping line N" reports are kept, anything else passed on."""

    def __init__(self, stream) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        if not BAD_LINE.search(text) and self.stream is not None:
            self.stream.write(text)
        return super().write(text)


@contextlib.contextmanager
def _bad_lines():
    """The line numbers pandas skips as malformed (reported on stderr by pandas 1.x, as warnings by 2.x)."""
    found: list = []
    capture = _Capture(sys.stderr)
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(capture):
        warnings.simplefilter("always")
        try:
            yield found
        finally:
            texts = [capture.getvalue()] + [str(w.message) for w in caught]
            for w in caught:
                if not BAD_LINE.search(str(w.message)):
                    warnings.showwarning(w.message, w.category, w.filename, w.lineno)
            found.extend(int(m) for t in texts for m in BAD_LINE.findall(t))


# --------------------------------------------------------------------------------------------- small tables


def as_text(frame: pd.DataFrame, columns: Iterable[str] = ()) -> pd.DataFrame:
    """``frame`` with its categorical columns as text ("" where missing) and every column of ``columns``
    present (empty text when the file lacks it); ``line`` and float columns as they are."""
    out = pd.DataFrame(index=frame.index)
    for name in frame.columns:
        column = frame[name]
        out[name] = text(column) if isinstance(column.dtype, pd.CategoricalDtype) else column
    for name in columns:
        if name not in out.columns:
            out[name] = ""
    return out


def drop_rows(frame: pd.DataFrame, bad, diag: GtfsDiagnostics, file: str, reason: str) -> pd.DataFrame:
    """``frame`` without the rows flagged ``bad``, which are recorded with their line."""
    bad = np.asarray(bad, dtype=bool)
    if bad.any():
        diag.skip(file, frame["line"].to_numpy()[bad], reason)
        frame = frame.loc[~bad]
    return frame


def with_prefix(frame: pd.DataFrame, columns: Iterable[str], prefix: str) -> pd.DataFrame:
    """``prefix`` put before every non-empty id of ``columns`` (several feeds read together)."""
    if not prefix:
        return frame
    frame = frame.copy()
    for name in columns:
        if name in frame.columns:
            values = frame[name].to_numpy(dtype=object)
            frame[name] = np.where(values != "", prefix + values, values)
    return frame


def whole_numbers(values: np.ndarray, default: int = 0, dtype=np.int64) -> np.ndarray:
    """Floats as integers, ``default`` where NaN."""
    return np.where(np.isnan(values), default, values).astype(dtype)


def to_numbers(column: pd.Series) -> np.ndarray:
    """A column of :func:`as_text`'s frame as floats: NaN where empty or not a number."""
    if column.dtype != object:
        return column.to_numpy(dtype=float)
    return pd.to_numeric(column.replace("", np.nan), errors="coerce").to_numpy(dtype=float)
