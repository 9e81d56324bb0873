"""Fare structures of public transport: what a journey costs, ride by ride, for routing with fares.

A :class:`FareStructure` says what each ride costs:

- **fare types** (a bus fare, a rail fare, a free feeder…): a base fare, or each route's own fare; rides of a
  type with *unlimited transfers* follow one another free (rail inside stations); a *feeder* type costs its
  fare (usually 0) and leaves the transfer state as it was (the rides before and after it are consecutive
  for the transfer rules);
- **route assignments**: which routes belong to which fare type, by ``route_id``, ``agency_id`` or mode
  (precedence: route, then agency, then mode; at one level the first listed);
- **transfer rules** from one fare type to another (``*`` = any): the next ride costs a ``price``, a
  ``discount`` (percent of its fare, at most ``max_discount``) or completes a ``total`` (the integrated fare
  of the chain: the rider pays what is missing), within a window in minutes, for the n-th discounted
  transfer (``transfers`` "1", "2-4"), counting or not towards ``max_discounted_transfers``;
- a **fare cap** per journey.

The window is measured from the previous boarding (r5r's convention, ``transfer_window_from`` =
``previous_boarding``) or from the boarding that started the integration (``first_boarding``: a full fare
starts a new chain, with its own window and transfer allowance, as Bogotá, São Paulo and Buenos Aires count).

Overlapping transfer rules: the rule naming both fare types applies first, then one naming the first type,
then one naming the second, then ``*`` → ``*``; then the one with the narrower ``transfers`` range; then the
first listed. Overlaps of equal precedence are reported (:class:`FareDiagnostics`).

Files: Conecta's JSON (``resources/fares/*.json``, documented in ``docs/algorithms/fares.md``) or r5r's fare
structure (a zip or folder of ``global_settings.csv``, ``fares_per_type.csv``, ``fares_per_transfer.csv``,
``fares_per_route.csv``, as ``r5r::write_fare_structure`` writes it).

Money is counted in integer hundredths (cents, centavos) as R5 does (``Math.round(fare * 100)``).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ..definitions import route_type_modes
from ..errors import QT_TR_NOOP, InputError, examples

PREVIOUS, FIRST = "previous_boarding", "first_boarding"
"""Where a transfer window starts: the previous boarding (r5r) or the boarding that started the chain."""
PRICE, DISCOUNT, TOTAL = 0, 1, 2
"""Kinds of transfer rule: the next ride's price, a percent off its fare, or the chain's integrated total."""
NO_REF = np.int32(2**30)
"""Window start of a state whose window cannot matter any more (no discount left, or it cannot expire)."""
EXPIRED = np.int32(-(2**30))
"""Window start of a state whose window has expired."""
R5R_MODES = {"subway": "metro", "gondola": "aerial_lift", "cable_car": "cable_tram"}
"""R5's mode names that differ from Conecta's (BUS, RAIL, TRAM, FERRY, FUNICULAR are the same words)."""
NO_LIMIT = 1_000_000.0
"""Transfer window (minutes) of a structure whose window is null or "Inf": no time limit."""


@dataclass
class FareType:
    """A fare type: what a ride of it costs and how rides of it chain."""

    name: str
    fare: float
    unlimited_transfers: bool = False
    """Rides of this type after one another are free (r5r ``unlimited_transfers``: rail inside stations)."""
    same_route_transfer: bool = True
    """A transfer rule applies between two vehicles of one route (r5r ``allow_same_route_transfer``)."""
    route_fares: bool = False
    """Each route's own fare (``fare`` of its assignment) instead of the type's (r5r ``use_route_fare``)."""
    feeder: bool = False
    """A free feeder: costs ``fare`` and leaves the transfer state unchanged (not a transfer, no new chain)."""


@dataclass
class RouteFare:
    """Routes of a fare type, chosen by ``route_id``, ``agency_id`` or ``mode`` (one of them)."""

    fare_type: str
    route_id: str = ""
    agency_id: str = ""
    mode: str = ""
    fare: Optional[float] = None
    """The route's own fare (used when its type has ``route_fares``)."""
    line: int = 0
    """Position in the file (1-based), for messages and precedence."""


@dataclass
class TransferRule:
    """What the next ride costs after a ride of ``from_type`` (``*`` = any type)."""

    from_type: str
    to_type: str
    kind: int
    """:data:`PRICE`, :data:`DISCOUNT` or :data:`TOTAL`."""
    value: float
    """The price, the percent off, or the integrated total."""
    max_discount: Optional[float] = None
    """Largest amount a percent discount takes off (Buenos Aires: the minimum bus fare)."""
    window: Optional[float] = None
    """Minutes (None: the structure's ``transfer_window``)."""
    transfers: Tuple[int, int] = (1, 10**6)
    """Which discounted transfers it applies to (1 = the first), both ends included."""
    counts: bool = True
    """Whether it uses one of the ``max_discounted_transfers`` (a rule that does not applies at any count)."""
    line: int = 0


@dataclass
class FareStructure:
    """A city's fare rules (see the module docstring), with where they come from."""

    fare_types: List[FareType]
    routes: List[RouteFare] = field(default_factory=list)
    transfers: List[TransferRule] = field(default_factory=list)
    max_discounted_transfers: int = 1
    transfer_window: float = 120.0
    """Minutes (r5r ``transfer_time_allowance``)."""
    transfer_window_from: str = PREVIOUS
    fare_cap: Optional[float] = None
    default_type: str = ""
    """Fare type of routes no assignment names ("" = such routes are an error)."""
    name: str = ""
    currency: str = ""
    valid_from: str = ""
    sources: List[dict] = field(default_factory=list)
    notes: str = ""
    city: str = ""
    monthly_passes: List[dict] = field(default_factory=list)
    """Monthly passes: name, price and, for a bundle of trips, ``trips`` (for affordability)."""

    def type_index(self) -> Dict[str, int]:
        """Fare type name → index."""
        return {t.name: k for k, t in enumerate(self.fare_types)}


# --------------------------------------------------------------------------------------------- reading


def _flag(value, default: bool = False) -> bool:
    """A yes/no value from JSON or CSV (true/false, TRUE/FALSE, 1/0)."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "t", "yes", "1")
    return bool(value)


def _amount(value, what: str) -> Optional[float]:
    """A money amount (None when absent; "Inf" as None); a text that is not a number is an InputError."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(
            "fare_not_number",
            QT_TR_NOOP("The fare structure gives {what} as '{value}', not a number."),
            what=what,
            value=value,
        ) from None
    return None if np.isinf(number) or np.isnan(number) else number


def _required(value, what: str) -> float:
    """A money amount that must be given (empty or infinite is an InputError)."""
    number = _amount(value, what)
    if number is None:
        raise InputError(
            "fare_not_number",
            QT_TR_NOOP("The fare structure gives {what} as '{value}', not a number."),
            what=what,
            value=value,
        )
    return number


def _whole(value, what: str, default: int) -> int:
    """A count (``default`` when absent); a number that is not whole is an InputError."""
    number = _amount(value, what)
    if number is None:
        return default
    if number != int(number):
        raise InputError(
            "fare_not_whole",
            QT_TR_NOOP("The fare structure gives {what} as '{value}', not a whole number."),
            what=what,
            value=value,
        )
    return int(number)


def _window(value, what: str) -> float:
    """The structure's transfer window in minutes (null or "Inf": :data:`NO_LIMIT`)."""
    minutes = _amount(value, what)
    return NO_LIMIT if minutes is None else minutes


def _type_fare(value, name) -> float:
    """A fare type's fare (NaN when absent or infinite: :func:`check_structure` refuses it)."""
    fare = _amount(value, f"fare of {name}")
    return float("nan") if fare is None else fare


def _records(data: dict, key: str) -> list:
    """The list of objects under ``key`` of Conecta's JSON (an InputError when it is something else)."""
    items = data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise InputError(
            "fare_layout",
            QT_TR_NOOP(
                "In the fare structure, {part} must be a list of objects (see docs/algorithms/fares.md)."
            ),
            part=key,
        )
    return items


def _transfer_range(text) -> Tuple[int, int]:
    """The ``transfers`` field: "2", "2-4", "3-" or empty (all)."""
    text = "" if text is None else str(text).strip()
    if not text:
        return (1, 10**6)
    match = re.fullmatch(r"(\d+)\s*(?:-\s*(\d*))?", text)
    if not match or int(match.group(1)) < 1:
        raise InputError(
            "fare_bad_range",
            QT_TR_NOOP("The transfers of a transfer rule must be like 1, 2-4 or 3- (got '{text}')."),
            text=text,
        )
    low = int(match.group(1))
    if match.group(2) is None:
        return (low, low)
    return (low, int(match.group(2)) if match.group(2) else 10**6)


def _rule_from_dict(item: dict, line: int) -> TransferRule:
    """One transfer rule of Conecta's JSON."""
    given = [k for k in ("price", "discount", "total") if _amount(item.get(k), k) is not None]
    if len(given) != 1:
        raise InputError(
            "fare_rule_kind",
            QT_TR_NOOP("Transfer rule {line} must give exactly one of price, discount or total."),
            line=line,
        )
    kind = {"price": PRICE, "discount": DISCOUNT, "total": TOTAL}[given[0]]
    return TransferRule(
        from_type=str(item.get("from", "*")),
        to_type=str(item.get("to", "*")),
        kind=kind,
        value=_amount(item[given[0]], given[0]),
        max_discount=_amount(item.get("max_discount"), "max_discount"),
        window=_amount(item.get("window"), "window"),
        transfers=_transfer_range(item.get("transfers")),
        counts=_flag(item.get("counts"), True),
        line=line,
    )


def fare_structure_from_dict(data: dict) -> FareStructure:
    """A :class:`FareStructure` from Conecta's JSON layout (see ``docs/algorithms/fares.md``)."""
    if not isinstance(data, dict):
        raise InputError(
            "fare_not_object",
            QT_TR_NOOP(
                "The fare structure must be a JSON object with fare_types, routes and transfers (see docs/algorithms/fares.md)."
            ),
        )
    types = [
        FareType(
            name=str(t.get("id") or ""),
            fare=_type_fare(t.get("fare"), t.get("id")),
            unlimited_transfers=_flag(t.get("unlimited_transfers")),
            same_route_transfer=_flag(t.get("same_route_transfer"), True),
            route_fares=_flag(t.get("route_fares")),
            feeder=_flag(t.get("feeder")),
        )
        for t in _records(data, "fare_types")
    ]
    routes = [
        RouteFare(
            fare_type=str(r.get("fare_type", "")),
            route_id=str(r.get("route_id", "") or ""),
            agency_id=str(r.get("agency_id", "") or ""),
            mode=str(r.get("mode", "") or ""),
            fare=_amount(r.get("fare"), "fare of route {}".format(r.get("route_id", ""))),
            line=k + 1,
        )
        for k, r in enumerate(_records(data, "routes"))
    ]
    rules = [_rule_from_dict(item, k + 1) for k, item in enumerate(_records(data, "transfers"))]
    return FareStructure(
        fare_types=types,
        routes=routes,
        transfers=rules,
        max_discounted_transfers=_whole(data.get("max_discounted_transfers"), "max_discounted_transfers", 1),
        transfer_window=_window(data.get("transfer_window", 120), "transfer_window"),
        transfer_window_from=str(data.get("transfer_window_from", PREVIOUS)),
        fare_cap=_amount(data.get("fare_cap"), "fare_cap"),
        default_type=str(data.get("default_type", "") or ""),
        name=str(data.get("name", "")),
        currency=str(data.get("currency", "")),
        valid_from=str(data.get("valid_from", "")),
        sources=_records(data, "sources"),
        notes=str(data.get("notes", "")),
        city=str(data.get("city", "")),
        monthly_passes=_records(data, "monthly_passes"),
    )


def _r5r_tables(path: Path) -> Dict[str, pd.DataFrame]:
    """The CSV tables of r5r's fare structure (a zip or a folder), by file stem."""
    tables = {}
    if path.is_dir():
        for csv in path.glob("*.csv"):
            tables[csv.stem] = pd.read_csv(csv, dtype=str, keep_default_na=False)
        return tables
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            stem = Path(name).name
            if stem.endswith(".csv") and not name.startswith("__MACOSX") and not stem.startswith("._"):
                with zf.open(name) as handle:
                    tables[stem[:-4]] = pd.read_csv(
                        io.BytesIO(handle.read()), dtype=str, keep_default_na=False
                    )
    return tables


def r5r_fare_structure(tables: Dict[str, pd.DataFrame]) -> FareStructure:
    """A :class:`FareStructure` from r5r's tables: ``total`` transfer fares, windows from the previous boarding,
    discounts counted over the whole journey (r5r's ``RuleBasedInRoutingFareCalculator``)."""
    missing = [n for n in ("global_settings", "fares_per_type", "fares_per_route") if n not in tables]
    if missing:
        raise InputError(
            "fare_r5r_missing",
            QT_TR_NOOP("The r5r fare structure lacks {files}."),
            files=", ".join(f"{m}.csv" for m in missing),
        )
    settings = dict(zip(tables["global_settings"]["setting"], tables["global_settings"]["value"]))
    types = [
        FareType(
            name=row["type"],
            fare=_type_fare(row["fare"], row["type"]),
            unlimited_transfers=_flag(row.get("unlimited_transfers")),
            same_route_transfer=_flag(row.get("allow_same_route_transfer")),
            route_fares=_flag(row.get("use_route_fare")),
        )
        for row in tables["fares_per_type"].to_dict("records")
    ]
    routes = [
        RouteFare(
            fare_type=row["fare_type"],
            route_id=row["route_id"],
            fare=_amount(row.get("route_fare"), "route_fare of {}".format(row["route_id"])),
            line=k + 1,
        )
        for k, row in enumerate(tables["fares_per_route"].to_dict("records"))
    ]
    per_transfer = tables.get("fares_per_transfer", pd.DataFrame(columns=["first_leg", "second_leg", "fare"]))
    rules = [
        TransferRule(
            row["first_leg"],
            row["second_leg"],
            TOTAL,
            _required(row["fare"], "fare of {} → {}".format(row["first_leg"], row["second_leg"])),
            line=k + 1,
        )
        for k, row in enumerate(per_transfer.to_dict("records"))
    ]
    cap = _amount(settings.get("fare_cap"), "fare_cap")
    return FareStructure(
        fare_types=types,
        routes=routes,
        transfers=rules,
        max_discounted_transfers=_whole(
            settings.get("max_discounted_transfers"), "max_discounted_transfers", 1
        ),
        transfer_window=_window(settings.get("transfer_time_allowance", 120), "transfer_time_allowance"),
        transfer_window_from=PREVIOUS,
        fare_cap=cap if cap is not None and cap > 0 else None,
        name="r5r fare structure",
    )


def read_fare_structure(path: Union[str, Path]) -> FareStructure:
    """A fare structure from Conecta's JSON file or r5r's zip (or folder) of CSV files, checked."""
    path = Path(path)
    if not path.exists():
        raise InputError(
            "fare_file_missing", QT_TR_NOOP("Fare structure file not found: {path}"), path=str(path)
        )
    try:
        if path.is_dir() or zipfile.is_zipfile(path):
            structure = r5r_fare_structure(_r5r_tables(path))
        else:
            structure = fare_structure_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, pd.errors.ParserError) as error:
        raise InputError(
            "fare_unreadable",
            QT_TR_NOOP("The fare structure {path} cannot be read: {details}"),
            path=path.name,
            details=str(error),
        ) from error
    check_structure(structure)
    return structure


# --------------------------------------------------------------------------------------------- checking


def _negatives(structure: FareStructure) -> List[str]:
    """Where the structure gives a negative amount (type, route, rule or cap)."""
    found = [f"{t.name}: {t.fare:g}" for t in structure.fare_types if t.fare < 0]
    found += [
        f"{r.route_id or r.agency_id or r.mode}: {r.fare:g}" for r in structure.routes if (r.fare or 0) < 0
    ]
    found += [f"{r.from_type} → {r.to_type}: {r.value:g}" for r in structure.transfers if r.value < 0]
    found += [
        f"{r.from_type} → {r.to_type}: {r.max_discount:g}"
        for r in structure.transfers
        if (r.max_discount or 0) < 0
    ]
    if structure.fare_cap is not None and structure.fare_cap < 0:
        found.append(f"fare_cap: {structure.fare_cap:g}")
    return found


def _check_types(structure: FareStructure) -> None:
    """Refuse fare types without an id or a fare, types defined twice and assignments naming no route."""
    if not structure.fare_types:
        raise InputError("fare_no_types", QT_TR_NOOP("The fare structure has no fare type."))
    incomplete = [
        t.name or f"#{k}"
        for k, t in enumerate(structure.fare_types, 1)
        if not t.name or not np.isfinite(t.fare)
    ]
    if incomplete:
        raise InputError(
            "fare_type_incomplete",
            QT_TR_NOOP("Every fare type needs an id and a fare (0 for a free type): {types}."),
            types=examples(incomplete),
        )
    names = [t.name for t in structure.fare_types]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise InputError(
            "fare_duplicate_types",
            QT_TR_NOOP("The fare structure defines fare types more than once: {types}."),
            types=examples(twice),
        )
    aimless = [r.line for r in structure.routes if not (r.route_id or r.agency_id or r.mode)]
    if aimless:
        raise InputError(
            "fare_route_no_target",
            QT_TR_NOOP("Route assignments {lines} name no route_id, agency_id or mode."),
            lines=examples(aimless),
        )


def _check_rules(structure: FareStructure) -> None:
    """Refuse discounts outside 0-100 %, negative windows or transfer counts and an unknown window start."""
    bad = [
        f"{r.from_type} → {r.to_type}" for r in structure.transfers if r.kind == DISCOUNT and r.value > 100
    ]
    if bad:
        raise InputError(
            "fare_bad_discount",
            QT_TR_NOOP("A discount is a percent from 0 to 100: {rules}."),
            rules=examples(bad),
        )
    windows = [structure.transfer_window] + [r.window for r in structure.transfers if r.window is not None]
    if structure.max_discounted_transfers < 0 or min(windows) < 0:
        raise InputError(
            "fare_bad_limits",
            QT_TR_NOOP("The number of discounted transfers and the transfer window cannot be negative."),
        )
    if structure.transfer_window_from not in (PREVIOUS, FIRST):
        raise InputError(
            "fare_bad_window_from",
            QT_TR_NOOP("transfer_window_from must be previous_boarding or first_boarding (got '{value}')."),
            value=structure.transfer_window_from,
        )


def check_structure(structure: FareStructure) -> None:
    """Refuse what cannot be a fare structure: no fare type, a type without an id or a fare or defined twice,
    negative amounts, assignments naming no route, unknown fare types named by assignments or rules, discounts
    outside 0-100 %, a negative window or transfer count."""
    _check_types(structure)
    negative = _negatives(structure)
    if negative:
        raise InputError(
            "fare_negative",
            QT_TR_NOOP("Fares cannot be negative: {n} negative amounts ({examples})."),
            n=len(negative),
            examples=examples(negative),
        )
    known = set(structure.type_index())
    named = [r.fare_type for r in structure.routes] + [structure.default_type] * bool(structure.default_type)
    named += [name for rule in structure.transfers for name in (rule.from_type, rule.to_type) if name != "*"]
    unknown = sorted(set(named) - known)
    if unknown:
        raise InputError(
            "fare_unknown_type",
            QT_TR_NOOP("The fare structure names fare types it does not define: {types}."),
            types=examples(unknown),
        )
    _check_rules(structure)


# --------------------------------------------------------------------------------------------- compiling


@dataclass
class FareDiagnostics:
    """What a fare structure names that the feed lacks, and the overlaps resolved by precedence."""

    unknown_routes: List[str] = field(default_factory=list)
    unknown_agencies: List[str] = field(default_factory=list)
    unknown_modes: List[str] = field(default_factory=list)
    overlapping_rules: List[Tuple[str, int, int]] = field(default_factory=list)
    """(fare types, line applied, line not applied) of transfer rules of equal precedence."""
    overlapping_routes: List[Tuple[str, int, int]] = field(default_factory=list)
    """(route id, line applied, line not applied) of assignments of equal precedence to other fare types."""
    routes_by_default: int = 0
    """Routes no assignment names, given the default fare type."""


@dataclass
class CompiledFares:
    """A fare structure laid out for routing: per trip pattern and per fare type, in hundredths."""

    pattern_type: np.ndarray
    pattern_route: np.ndarray
    pattern_fare: np.ndarray
    """Full fare (hundredths) of each pattern's route."""
    type_names: List[str]
    type_unlimited: np.ndarray
    type_same_route: np.ndarray
    type_feeder: np.ndarray
    rule_of: np.ndarray
    """(types + 1, types, max_discounted_transfers + 1): rule index by (previous type, next type, transfers
    used) (−1: none); previous type −1 (row ``types``) = no previous ride; the last column serves rules that
    do not count once the discounted transfers are used up."""
    rule_kind: np.ndarray
    rule_value: np.ndarray
    """Hundredths (price, total) or percent (discount)."""
    rule_max_discount: np.ndarray
    rule_window: np.ndarray
    """Seconds."""
    rule_counts: np.ndarray
    max_discounted: int
    from_first: bool
    cap: int
    """Hundredths (a huge number when there is none)."""
    route_ids: np.ndarray
    diagnostics: FareDiagnostics = field(default_factory=FareDiagnostics)

    def __post_init__(self) -> None:
        n_types = len(self.type_names)
        used = self.rule_of[:n_types] >= 0
        windows = self.rule_window[np.maximum(self.rule_of[:n_types], 0)]
        self.window_max = np.where(used, windows, -1).max(axis=(1, 2))
        """Longest window of the rules from each type (seconds; −1: none): past it, no rule applies."""
        self.window_min = int(np.where(used, windows, np.iinfo(np.int64).max // 4).min()) if used.any() else 0
        """Shortest window of any rule (seconds): a window that cannot close before the end of the search leaves
        every rule open (in ``first_boarding`` chains a window outlives the type that opened it)."""
        self.discount_left = used.any(axis=1)
        """(types, transfers used + 1): whether some rule may still apply."""
        totals = np.where(used, self.rule_kind[np.maximum(self.rule_of[:n_types], 0)] == TOTAL, False)
        self.total_left = totals.any(axis=1)

    @property
    def n_types(self) -> int:
        """Number of fare types."""
        return len(self.type_names)


def cents(value: float) -> int:
    """A money amount in hundredths, rounded as R5 rounds (``Math.round(fare * 100)``)."""
    return int(np.floor(float(value) * 100.0 + 0.5))


def _route_table(feed) -> pd.DataFrame:
    """route_id, agency_id (the feed's only agency where empty), mode and the ids without a feed prefix."""
    routes = feed.routes[["route_id", "agency_id", "route_type"]].copy()
    agencies = feed.agency["agency_id"].to_numpy() if len(feed.agency) else np.zeros(0, object)
    agency = routes["agency_id"].to_numpy(dtype=object)
    if len(agencies) == 1:
        agency = np.where(agency == "", agencies[0], agency)
    routes["agency_id"] = agency
    routes["mode"] = route_type_modes(routes["route_type"].to_numpy())
    prefix = r"^\d+:"
    routes["route_raw"] = routes["route_id"].str.replace(prefix, "", regex=True)
    routes["agency_raw"] = routes["agency_id"].astype(str).str.replace(prefix, "", regex=True)
    return routes.reset_index(drop=True)


def _mode_name(text: str) -> str:
    """A mode named in a fare structure as Conecta names it (R5's SUBWAY, GONDOLA, CABLE_CAR translated;
    a route_type number turned into its mode)."""
    text = text.strip().lower()
    if text.isdigit():
        return str(route_type_modes([int(text)])[0])
    return R5R_MODES.get(text, text)


def _assign_level(routes: pd.DataFrame, rules: List[RouteFare], level: str, diag: FareDiagnostics) -> tuple:
    """(fare type name or "", route fare or NaN, line) per route from the assignments of one level."""
    n = len(routes)
    names = np.full(n, "", dtype=object)
    fares = np.full(n, np.nan)
    lines = np.zeros(n, dtype=np.int64)
    for rule in rules:
        if level == "route":
            hit = (routes["route_id"] == rule.route_id) | (routes["route_raw"] == rule.route_id)
        elif level == "agency":
            hit = (routes["agency_id"] == rule.agency_id) | (routes["agency_raw"] == rule.agency_id)
        else:
            hit = routes["mode"] == _mode_name(rule.mode)
        hit = hit.to_numpy()
        if not hit.any():
            target = {
                "route": diag.unknown_routes,
                "agency": diag.unknown_agencies,
                "mode": diag.unknown_modes,
            }
            target[level].append(
                getattr(rule, {"route": "route_id", "agency": "agency_id"}.get(level, "mode"))
            )
            continue
        clash = hit & (names != "") & (names != rule.fare_type)
        for k in np.flatnonzero(clash)[:5]:
            diag.overlapping_routes.append((str(routes["route_id"].iat[k]), int(lines[k]), rule.line))
        free = hit & (names == "")
        names[free] = rule.fare_type
        fares[free] = np.nan if rule.fare is None else rule.fare
        lines[free] = rule.line
    return names, fares, lines


def _assign_routes(structure: FareStructure, routes: pd.DataFrame, diag: FareDiagnostics) -> tuple:
    """Fare type index and full fare (hundredths) of every feed route, by the precedence route > agency > mode."""
    by_level = {
        "route": [r for r in structure.routes if r.route_id],
        "agency": [r for r in structure.routes if not r.route_id and r.agency_id],
        "mode": [r for r in structure.routes if not r.route_id and not r.agency_id and r.mode],
    }
    names = np.full(len(routes), "", dtype=object)
    fares = np.full(len(routes), np.nan)
    for level in ("route", "agency", "mode"):
        level_names, level_fares, _ = _assign_level(routes, by_level[level], level, diag)
        free = names == ""
        names[free] = level_names[free]
        fares[free] = level_fares[free]
    missing = names == ""
    if missing.any() and structure.default_type:
        names[missing] = structure.default_type
        diag.routes_by_default = int(missing.sum())
    elif missing.any():
        raise InputError(
            "fare_routes_without_type",
            QT_TR_NOOP(
                "{n} routes of the feed have no fare in the fare structure ({examples}): assign them a fare type by route, agency or mode, or give a default fare type."
            ),
            n=int(missing.sum()),
            examples=examples(routes["route_id"].to_numpy()[missing]),
        )
    index = structure.type_index()
    type_of = np.asarray([index[name] for name in names], dtype=np.int64)
    type_fare = np.asarray([structure.fare_types[t].fare for t in type_of], dtype=float)
    use_route = np.asarray([structure.fare_types[t].route_fares for t in type_of], dtype=bool)
    full = np.where(use_route & ~np.isnan(fares), fares, type_fare)
    return type_of, np.asarray([cents(v) for v in full], dtype=np.int64)


def _precedence(rule: TransferRule) -> tuple:
    """Sort key of a transfer rule: both types named first, then the first, then the second, then neither;
    then the narrower range of transfers; then the first listed."""
    named = 2 * (rule.from_type != "*") + (rule.to_type != "*")
    return (-named, rule.transfers[1] - rule.transfers[0], rule.line)


def _rule_table(structure: FareStructure, diag: FareDiagnostics) -> np.ndarray:
    """(types + 1, types, K + 1) rule indices by precedence (see :class:`CompiledFares`)."""
    index = structure.type_index()
    n_types, k_max = len(index), structure.max_discounted_transfers
    table = np.full((n_types + 1, n_types, k_max + 1), -1, dtype=np.int64)
    order = sorted(range(len(structure.transfers)), key=lambda r: _precedence(structure.transfers[r]))
    names = [t.name for t in structure.fare_types]
    for a, from_name in enumerate(names):
        for b, to_name in enumerate(names):
            for used in range(k_max + 1):
                hits = [
                    r for r in order
                    if structure.transfers[r].from_type in ("*", from_name)
                    and structure.transfers[r].to_type in ("*", to_name)
                    and _applies_at(structure.transfers[r], used, k_max)
                ]  # fmt: skip
                if not hits:
                    continue
                table[a, b, used] = hits[0]
                same = [
                    r
                    for r in hits[1:]
                    if _precedence(structure.transfers[r])[:2]
                    == _precedence(structure.transfers[hits[0]])[:2]
                ]
                for r in same:
                    item = (
                        f"{from_name} → {to_name}",
                        structure.transfers[hits[0]].line,
                        structure.transfers[r].line,
                    )
                    if item not in diag.overlapping_rules:
                        diag.overlapping_rules.append(item)
    return table


def _applies_at(rule: TransferRule, used: int, k_max: int) -> bool:
    """Whether ``rule`` prices a transfer made after ``used`` discounted transfers."""
    if not rule.counts:
        return True
    return used < k_max and rule.transfers[0] <= used + 1 <= rule.transfers[1]


def compile_fares(structure: FareStructure, feed, pattern_route_ids: Sequence[str]) -> CompiledFares:
    """The structure against a feed's routes and a timetable's patterns (one route per pattern: build the
    timetable with ``by_route=True``). Routes without a fare are an :class:`InputError`; what the structure
    names but the feed lacks, and overlaps, are in ``diagnostics``."""
    diag = FareDiagnostics()
    routes = _route_table(feed)
    type_of, full = _assign_routes(structure, routes, diag)
    position = pd.Series(np.arange(len(routes)), index=routes["route_id"].to_numpy())
    pattern_route = position.reindex(np.asarray(pattern_route_ids, dtype=object)).to_numpy()
    pattern_route = np.where(np.isnan(pattern_route), 0, pattern_route).astype(np.int64)
    rules = structure.transfers or [TransferRule("*", "*", PRICE, 0.0)]
    window = [structure.transfer_window if r.window is None else r.window for r in rules]
    kinds = np.asarray([r.kind for r in rules], dtype=np.int64)
    values = np.asarray([r.value if r.kind == DISCOUNT else cents(r.value) for r in rules], dtype=float)
    big = np.iinfo(np.int64).max // 4
    return CompiledFares(
        pattern_type=type_of[pattern_route] if len(routes) else np.zeros(0, np.int64),
        pattern_route=pattern_route,
        pattern_fare=full[pattern_route] if len(routes) else np.zeros(0, np.int64),
        type_names=[t.name for t in structure.fare_types],
        type_unlimited=np.asarray([t.unlimited_transfers for t in structure.fare_types], dtype=bool),
        type_same_route=np.asarray([t.same_route_transfer for t in structure.fare_types], dtype=bool),
        type_feeder=np.asarray([t.feeder for t in structure.fare_types], dtype=bool),
        rule_of=_rule_table(structure, diag),
        rule_kind=kinds,
        rule_value=values,
        rule_max_discount=np.asarray(
            [big if r.max_discount is None else cents(r.max_discount) for r in rules], dtype=np.int64
        ),
        rule_window=np.asarray([int(round(w * 60)) for w in window], dtype=np.int64),
        rule_counts=np.asarray([r.counts for r in rules], dtype=bool),
        max_discounted=structure.max_discounted_transfers,
        from_first=structure.transfer_window_from == FIRST,
        cap=big if structure.fare_cap is None else cents(structure.fare_cap),
        route_ids=routes["route_id"].to_numpy(dtype=object),
        diagnostics=diag,
    )


# --------------------------------------------------------------------------------------------- pricing


@dataclass
class FareState:
    """What the fare of the next rides depends on, for many journeys at once (arrays of one length)."""

    fare: np.ndarray
    """Paid so far (hundredths)."""
    last_type: np.ndarray
    """Fare type of the last ride that was not a feeder (−1: none yet)."""
    last_route: np.ndarray
    """Its route (−1 when it cannot matter)."""
    used: np.ndarray
    """Discounted transfers used."""
    ref: np.ndarray
    """Start of the transfer window (seconds; :data:`NO_REF` or :data:`EXPIRED` when it cannot matter)."""
    chain: np.ndarray
    """Paid in the current integration chain (hundredths; what a ``total`` rule completes)."""

    @classmethod
    def start(cls, n: int) -> FareState:
        """The state of ``n`` journeys that have not boarded yet."""
        return cls(
            fare=np.zeros(n, np.int64),
            last_type=np.full(n, -1, np.int64),
            last_route=np.full(n, -1, np.int64),
            used=np.zeros(n, np.int64),
            ref=np.full(n, NO_REF, np.int64),
            chain=np.zeros(n, np.int64),
        )

    def take(self, index: np.ndarray) -> FareState:
        """The states at ``index``."""
        return FareState(*(getattr(self, f)[index] for f in FIELDS))


FIELDS = ("fare", "last_type", "last_route", "used", "ref", "chain")


def _rule_price(fares: CompiledFares, rule: np.ndarray, full: np.ndarray, chain: np.ndarray) -> np.ndarray:
    """What ``rule`` charges for a ride of fare ``full`` after ``chain`` paid in the chain (hundredths)."""
    r = np.maximum(rule, 0)
    kind = fares.rule_kind[r]
    value = fares.rule_value[r]
    off = np.minimum(np.floor(full * value / 100.0 + 0.5).astype(np.int64), fares.rule_max_discount[r])
    price = np.where(
        kind == PRICE, value, np.where(kind == DISCOUNT, full - off, np.maximum(value - chain, 0))
    )
    return price.astype(np.int64)


def board(fares: CompiledFares, state: FareState, pattern: np.ndarray, time: np.ndarray) -> FareState:
    """The states after boarding trips of ``pattern`` at ``time`` (seconds), fare paid included."""
    t = fares.pattern_type[pattern]
    route = fares.pattern_route[pattern]
    full = fares.pattern_fare[pattern]
    first = state.last_type < 0
    feeder = fares.type_feeder[t]
    unlimited = ~first & (state.last_type == t) & fares.type_unlimited[t]
    used = np.minimum(state.used, fares.max_discounted)
    rule = fares.rule_of[np.where(first, fares.n_types, state.last_type), t, used]
    ok = ~first & ~feeder & ~unlimited & (rule >= 0)
    same_route = (state.last_type == t) & ~fares.type_same_route[t] & (state.last_route == route)
    window = fares.rule_window[np.maximum(rule, 0)]
    ok &= ~same_route & ((state.ref == NO_REF) | (time - state.ref <= window)) & (state.ref != EXPIRED)
    price = np.where(
        feeder, full, np.where(unlimited, 0, np.where(ok, _rule_price(fares, rule, full, state.chain), full))
    )
    paid_full = ~feeder & ~unlimited & ~ok
    counts = ok & fares.rule_counts[np.maximum(rule, 0)]
    restart = paid_full & fares.from_first
    if fares.from_first:
        ref = np.where(restart, time, state.ref)
        chain = np.where(restart, full, np.where(ok, state.chain + price, state.chain))
    else:
        ref = np.where(feeder | unlimited, state.ref, time)
        chain = np.where(feeder, state.chain, full)
    return FareState(
        fare=np.minimum(state.fare + price, fares.cap),
        last_type=np.where(feeder, state.last_type, t),
        last_route=np.where(feeder, state.last_route, route),
        used=np.where(restart, 0, state.used + counts),
        ref=ref,
        chain=chain,
    )


def normalize(fares: CompiledFares, state: FareState, arrival: np.ndarray, horizon: np.ndarray) -> FareState:
    """The same states with what cannot change a future fare set to one value (so that journeys differing
    only there compare as equals): the route when no same-route rule can apply, the window start when no
    discount is left, when it has expired at ``arrival`` or cannot expire before ``horizon`` (seconds), the
    chain paid when no ``total`` rule can apply."""
    last = state.last_type
    known = last >= 0
    lt = np.maximum(last, 0)
    used = np.minimum(state.used, fares.max_discounted)
    left = known & fares.discount_left[lt, used] & (state.fare < fares.cap)
    wmax = fares.window_max[lt]
    ref = np.where(~left | (state.ref + fares.window_min >= horizon), NO_REF, state.ref)
    ref = np.where(left & (state.ref != NO_REF) & (arrival > state.ref + wmax), EXPIRED, ref)
    keep_route = left & ~fares.type_same_route[lt]
    return FareState(
        fare=state.fare,
        last_type=last,
        last_route=np.where(keep_route, state.last_route, -1),
        used=state.used,
        ref=ref,
        chain=np.where(known & fares.total_left[lt, used] & (state.fare < fares.cap), state.chain, 0),
    )


def journey_fare(fares: CompiledFares, patterns: Sequence[int], times: Sequence[float]) -> float:
    """The fare (in money units) of one journey riding ``patterns`` boarded at ``times`` (seconds)."""
    state = FareState.start(1)
    for pattern, time in zip(patterns, times):
        state = board(fares, state, np.asarray([pattern]), np.asarray([int(time)], dtype=np.int64))
    return float(state.fare[0]) / 100.0


def minimum_fare(fares: CompiledFares) -> float:
    """The lowest fare of a first ride that costs something (money units; 0 when every route is free)."""
    paid = fares.pattern_fare[fares.pattern_fare > 0]
    return float(paid.min()) / 100.0 if paid.size else 0.0
