"""Fleet mix per route from a FLEET table, each vehicle class resolved to a documented factor class.

FLEET has one row per vehicle class and route: ``route_id`` (empty = the default mix for every route not
listed), ``size`` (micro, midi, standard, articulated, biarticulated), ``fuel`` (diesel, cng, hybrid,
electric), ``euro`` (I-VI, 1-6 or "Euro V") and/or ``model_year``, and ``share`` (fraction of the route's
bus-km). Shares must sum to 1 per route (±0.005, for rounding): a table that does not is rejected with the
route and its sum, because normalising it silently could hide a typing error (60 instead of 0.6, a missing
row). A class the chosen factor source does not document (Euro VII, model year 2024, a CNG articulated
bus) is replaced by the nearest documented one and reported in the diagnostics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

import numpy as np
import pandas as pd

from ..errors import QT_TR_NOOP, InputError, examples
from .factors import CETESB_CALENDAR_YEAR
from .tables import EURO_NUMBERS, FUELS, SIZES, factor_table

SOURCES = ("cetesb", "emep", "scaled")
SHARE_TOLERANCE = 0.005
EURO_NAMES = {number: name for name, number in EURO_NUMBERS.items()}
CNG_EURO = {1.0: "I", 2.0: "II", 3.0: "III", 5.5: "EEV"}
ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass
class Substitution:
    """A fleet class replaced by the nearest class the factor source documents."""

    kind: str
    """What was replaced: ``size``, ``euro``, ``model_year``, ``calendar_year``."""
    given: str
    used: str
    rows: int
    """FLEET rows affected."""
    reason: str


@dataclass
class FleetDiagnostics:
    """What the algorithm reports about the fleet table (counts, examples, substitutions)."""

    routes_default_mix: int = 0
    """Activity routes without their own FLEET rows, given the default mix."""
    routes_default_mix_examples: List[str] = field(default_factory=list)
    fleet_routes_not_in_activity: List[str] = field(default_factory=list)
    substitutions: List[Substitution] = field(default_factory=list)


@dataclass
class FleetMix:
    """Vehicle classes and the share of each route's bus-km per class."""

    classes: pd.DataFrame
    """One row per class: ``class_id, size, fuel, euro, model_year`` as given, and the documented class
    used for the factors: ``factor_size, factor_euro, factor_model_year``."""
    shares: pd.DataFrame
    """Index: route_id (text) of every activity route; columns: class_id; each row sums to 1."""
    diagnostics: FleetDiagnostics


def id_text(values: pd.Series) -> pd.Series:
    """Identifiers as text; floats holding integers lose their '.0' (a CSV route id 101.0 → '101'); empty → None."""

    def one(value):
        if value is None or (isinstance(value, (float, np.floating)) and np.isnan(value)):
            return None
        if isinstance(value, (float, np.floating)) and float(value).is_integer():
            return str(int(value))
        text = str(value).strip()
        return text or None

    return values.map(one)


def _roman(text: str) -> Optional[int]:
    if not re.fullmatch(r"[IVX]+", text):
        return None
    total = 0
    for i, char in enumerate(text):
        value = ROMAN[char]
        total += -value if i + 1 < len(text) and ROMAN[text[i + 1]] > value else value
    return total


def parse_euro(value) -> Optional[float]:
    """A Euro class as a number: 'V', '5', 'Euro V', 'EURO-5' → 5; 'EEV' → 5.5; empty → None."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = re.sub(r"^EURO[\s_-]*", "", str(value).strip().upper())
    if text == "":
        return None
    if text == "EEV":
        return 5.5
    if re.fullmatch(r"\d+(\.0+)?", text):
        return float(int(float(text)))
    number = _roman(text)
    if number is None:
        raise InputError(
            "fleet_bad_euro",
            QT_TR_NOOP("Euro class '{value}' in FLEET is not a Euro class (write I-VI, 1-6 or EEV)."),
            value=value,
        )
    return float(number)


def _nearest(number: float, available: Iterable[float]) -> float:
    """The nearest available value; ties go to the newer (larger) one."""
    return min(available, key=lambda a: (abs(a - number), -a))


def _euro_text(number: float) -> str:
    """A Euro class number as text: 5 → 'V', 5.5 → 'EEV', 7 → 'VII', 0 → 'pre-Euro'."""
    if number == 5.5:
        return "EEV"
    if number < 1:
        return "pre-Euro"
    romans = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    return romans[int(number) - 1] if int(number) <= len(romans) else f"{number:g}"


def _first(bad: pd.Series) -> Tuple[object, int]:
    """Index label and 1-based row number of the first True in ``bad``."""
    position = int(np.flatnonzero(bad.to_numpy())[0])
    return bad.index[position], position + 1


def _refuse_first(
    bad: pd.Series, table: pd.DataFrame, column: str, code: str, template: str, /, **values
) -> None:
    """InputError(code, template) for the first row flagged ``bad``, if any: ``{row}`` is its 1-based number
    and ``{value}`` its ``column`` in ``table`` as given; ``values`` fill the rest of the template."""
    if bad.any():
        row, number = _first(bad)
        raise InputError(code, template, row=number, value=table.loc[row, column], **values)


def _read_fleet(fleet: pd.DataFrame) -> pd.DataFrame:
    """FLEET normalised: lower-case names, route_id text (None = default), euro as number, model_year."""
    table = fleet.rename(columns=lambda c: str(c).strip().lower())
    missing = [c for c in ("size", "fuel", "share") if c not in table.columns]
    if missing or ("euro" not in table.columns and "model_year" not in table.columns):
        need = missing + (
            [] if "euro" in table.columns or "model_year" in table.columns else ["euro or model_year"]
        )
        raise InputError(
            "fleet_missing_fields",
            QT_TR_NOOP("FLEET lacks the field(s) {fields}; its fields are {present}."),
            fields=", ".join(need),
            present=", ".join(str(c) for c in fleet.columns),
        )
    out = pd.DataFrame(index=table.index)
    out["route_id"] = id_text(table["route_id"]) if "route_id" in table.columns else None
    for name, allowed in (("size", SIZES), ("fuel", FUELS)):
        out[name] = table[name].astype(str).str.strip().str.lower()
        _refuse_first(
            ~out[name].isin(allowed),
            table,
            name,
            "fleet_bad_value",
            QT_TR_NOOP("FLEET row {row}: {field} '{value}' is not one of {allowed}."),
            field=name,
            allowed=", ".join(allowed),
        )
    out["share"] = pd.to_numeric(table["share"], errors="coerce")
    _refuse_first(
        out["share"].isna() | (out["share"] < 0),
        table,
        "share",
        "fleet_bad_share",
        QT_TR_NOOP("FLEET row {row}: share '{value}' is not a number from 0 to 1."),
    )
    out["euro"] = table["euro"].map(parse_euro) if "euro" in table.columns else None
    out["model_year"] = None
    if "model_year" in table.columns:
        years = pd.to_numeric(table["model_year"], errors="coerce")
        _refuse_first(
            years.isna() & table["model_year"].notna() & (table["model_year"].astype(str).str.strip() != ""),
            table,
            "model_year",
            "fleet_bad_year",
            QT_TR_NOOP("FLEET row {row}: model_year '{value}' is not a year."),
        )
        out["model_year"] = years.round().astype("Int64")
    no_class = out["euro"].isna() & out["model_year"].isna() & (out["fuel"] != "electric")
    if no_class.any():
        raise InputError(
            "fleet_no_class",
            QT_TR_NOOP("FLEET row {row}: give the bus's euro class or model_year."),
            row=_first(no_class)[1],
        )
    return out


def _check_sums(rows: pd.DataFrame) -> None:
    key = rows["route_id"].fillna("")
    sums = rows.groupby(key)["share"].sum()
    bad = sums[(sums - 1.0).abs() > SHARE_TOLERANCE]
    if not bad.empty:
        listed = "; ".join(
            f"{'(empty route_id)' if route == '' else route}: {total:.4g}"
            for route, total in bad.head(5).items()
        )
        raise InputError(
            "fleet_share_sum",
            QT_TR_NOOP(
                "FLEET shares must sum to 1 per route; they do not for {n} route(s) (route: sum of shares): {examples}."
            ),
            n=len(bad),
            examples=listed,
        )


@dataclass
class _Resolved:
    size: str
    euro: Optional[str]
    model_year: Optional[int]
    notes: List[Tuple[str, str, str, str]] = field(default_factory=list)


def _cetesb_years() -> pd.DataFrame:
    table = factor_table("cetesb")
    years = table.loc[table["pollutant"] == "co2", ["model_year", "euro"]].copy()
    years["number"] = years["euro"].map(lambda e: 0.0 if e == "PRE" else float(EURO_NUMBERS[e]))
    return years


def _model_year_euro(model_year: int, years: pd.DataFrame) -> float:
    clamped = int(np.clip(model_year, years["model_year"].min(), years["model_year"].max()))
    return float(years.loc[years["model_year"] == clamped, "number"].iloc[0])


def _resolve_cetesb(
    size: str, euro: Optional[float], model_year: Optional[int], years: pd.DataFrame
) -> _Resolved:
    notes = []
    used_size = {"midi": "standard", "biarticulated": "articulated"}.get(size, size)
    if used_size != size:
        notes.append(("size", size, used_size, "CETESB has micro, standard and articulated buses"))
    if model_year is None:
        number = _nearest(euro, years["number"].unique())
        year = int(years.loc[years["number"] == number, "model_year"].max())
        notes.append(
            ("model_year", f"Euro {_euro_text(euro)}", str(year), "newest CETESB model year of that class")
        )
        return _Resolved(used_size, None, year, notes)
    low, high = int(years["model_year"].min()), int(years["model_year"].max())
    year = int(np.clip(model_year, low, high))
    if year != model_year:
        notes.append(("model_year", str(model_year), str(year), f"CETESB covers model years {low}-{high}"))
    return _Resolved(used_size, None, year, notes)


def _resolve_emep(
    size: str, fuel: str, euro: Optional[float], model_year: Optional[int], years: pd.DataFrame
) -> _Resolved:
    notes = []
    if euro is None:
        euro = _model_year_euro(model_year, years)
        notes.append(
            (
                "euro",
                f"model year {model_year}",
                _euro_text(euro),
                "Euro class by Brazil's PROCONVE equivalence",
            )
        )
    if fuel == "diesel":
        used_size = {"micro": "midi", "biarticulated": "articulated"}.get(size, size)
        available = [float(n) for n in EURO_NAMES]
    else:
        used_size = "standard"
        available = list(CNG_EURO) if fuel == "cng" else [6.0]
    if used_size != size:
        notes.append(("size", size, used_size, f"EMEP/EEA has no {fuel} {size} bus"))
    used = _nearest(euro, available)
    if used != euro:
        notes.append(("euro", _euro_text(euro), _euro_text(used), f"EMEP/EEA {fuel} bus classes"))
    return _Resolved(used_size, CNG_EURO[used] if fuel == "cng" else EURO_NAMES[int(used)], None, notes)


def _resolve(row, source: str, years: pd.DataFrame) -> _Resolved:
    euro = None if pd.isna(row.euro) else float(row.euro)
    model_year = None if pd.isna(row.model_year) else int(row.model_year)
    if row.fuel == "electric":
        return _Resolved(row.size, None, None)
    if source == "cetesb":
        return _resolve_cetesb(row.size, euro, model_year, years)
    emep = _resolve_emep(row.size, row.fuel, euro, model_year, years)
    if source == "emep":
        return emep
    local = _resolve_cetesb(row.size, euro, model_year, years)
    return _Resolved(emep.size, emep.euro, local.model_year, local.notes + emep.notes)


def _check_source(rows: pd.DataFrame, source: str) -> None:
    if source not in SOURCES:
        raise ValueError(f"Unknown emission factor source '{source}'; use one of {', '.join(SOURCES)}.")
    if source in ("cetesb", "scaled"):
        other = rows[~rows["fuel"].isin(("diesel", "electric"))]
        if not other.empty:
            fuels = ", ".join(sorted(other["fuel"].unique()))
            raise InputError(
                "fleet_source_fuel",
                QT_TR_NOOP(
                    "CETESB factors cover diesel buses only; FLEET rows with fuel {fuels} need the EMEP/EEA source."
                ),
                fuels=fuels,
            )


def _class_keys(rows: pd.DataFrame) -> pd.Series:
    """One text key per class: size|fuel|euro|model_year (electric buses by size only)."""
    electric = rows["fuel"] == "electric"
    euro = rows["euro"].map(lambda e: "" if pd.isna(e) else _euro_text(e)).where(~electric, "")
    year = rows["model_year"].map(lambda y: "" if pd.isna(y) else str(int(y))).where(~electric, "")
    return rows["size"] + "|" + rows["fuel"] + "|" + euro + "|" + year


def _classes(
    rows: pd.DataFrame, source: str, calendar_year: int
) -> Tuple[pd.DataFrame, pd.Series, List[Substitution]]:
    """The distinct classes (resolved for ``source``), each FLEET row's class_id, and the substitutions."""
    codes, _ = pd.factorize(_class_keys(rows), sort=True)
    class_ids = pd.Series([f"c{code}" for code in codes], index=rows.index)
    electric = rows["fuel"] == "electric"
    first = (
        rows.assign(
            euro=rows["euro"].where(~electric, None), model_year=rows["model_year"].where(~electric, pd.NA)
        )
        .groupby(codes)
        .first()
    )
    counts = pd.Series(codes).value_counts().sort_index()
    years = _cetesb_years()
    resolved = [_resolve(row, source, years) for row in first.itertuples()]
    classes = pd.DataFrame(
        {
            "class_id": [f"c{code}" for code in first.index],
            "size": first["size"].to_numpy(),
            "fuel": first["fuel"].to_numpy(),
            "euro": [None if pd.isna(e) else _euro_text(e) for e in first["euro"]],
            "model_year": pd.array(first["model_year"].to_numpy(), dtype="Int64"),
            "factor_size": [r.size for r in resolved],
            "factor_euro": [r.euro for r in resolved],
            "factor_model_year": pd.array([r.model_year for r in resolved], dtype="Int64"),
        }
    )
    merged: Dict[Tuple[str, str, str, str], int] = {}
    for r, count in zip(resolved, counts):
        for note in r.notes:
            merged[note] = merged.get(note, 0) + int(count)
    if source in ("cetesb", "scaled") and calendar_year != CETESB_CALENDAR_YEAR:
        merged[("calendar_year", str(calendar_year), str(CETESB_CALENDAR_YEAR), "CETESB table")] = len(rows)
    notes = [
        Substitution(kind, given, used, count, reason)
        for (kind, given, used, reason), count in merged.items()
    ]
    return classes, class_ids, notes


def fleet_mix(
    fleet: pd.DataFrame,
    route_ids: Iterable,
    source: str = "cetesb",
    calendar_year: int = CETESB_CALENDAR_YEAR,
) -> FleetMix:
    """Shares of each activity route's bus-km by vehicle class, with classes resolved for ``source``."""
    source = str(source).strip().lower()
    rows = _read_fleet(fleet)
    _check_source(rows, source)
    _check_sums(rows)
    routes = pd.Index(pd.unique(id_text(pd.Series(list(route_ids), dtype=object))), name="route_id")
    classes, class_ids, notes = _classes(rows, source, calendar_year)
    rows = rows.assign(class_id=class_ids)
    specific = rows[rows["route_id"].notna()]
    table = specific.pivot_table(index="route_id", columns="class_id", values="share", aggfunc="sum")
    shares = table.reindex(index=routes, columns=classes["class_id"])
    listed = shares.notna().any(axis=1)
    default_rows = rows[rows["route_id"].isna()]
    missing = routes[~listed.to_numpy()]
    if len(missing) and default_rows.empty:
        raise InputError(
            "fleet_no_default",
            QT_TR_NOOP(
                "{n} route(s) of the activity have no FLEET rows and FLEET has no default rows (empty route_id): e.g. {examples}. Add rows with an empty route_id for the other routes."
            ),
            n=len(missing),
            examples=examples(missing),
        )
    default = default_rows.groupby("class_id")["share"].sum().reindex(classes["class_id"]).fillna(0.0)
    shares.loc[~listed.to_numpy(), :] = default.to_numpy()
    diagnostics = FleetDiagnostics(
        routes_default_mix=len(missing),
        routes_default_mix_examples=[str(r) for r in missing[:5]],
        fleet_routes_not_in_activity=sorted(set(specific["route_id"]) - set(routes)),
        substitutions=notes,
    )
    return FleetMix(classes=classes, shares=shares.fillna(0.0), diagnostics=diagnostics)


def dominant_size(fleet: pd.DataFrame, route_ids: Iterable) -> pd.Series:
    """Per route (text id), the bus size with the largest share of its bus-km in FLEET (ties: the first size of
    :data:`SIZES`), for algorithms that need one size per route (e-bus energy)."""
    mix = fleet_mix(fleet, route_ids, source="emep")
    sizes = mix.classes.set_index("class_id")["size"]
    by_size = mix.shares.T.groupby(sizes.reindex(mix.shares.columns).to_numpy()).sum().T
    by_size = by_size.reindex(columns=[s for s in SIZES if s in by_size.columns])
    return by_size.idxmax(axis=1) if len(by_size) else pd.Series(dtype=object)
