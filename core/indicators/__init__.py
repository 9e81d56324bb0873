"""SDG 11 indicators and composite indices, one module per indicator (by stage of the method):

- :mod:`.served`: the streets reached on foot from stops or entrances, and the population served;
- :mod:`.sdg1121`: SDG 11.2.1, stop capacity classes, the frequency rule, the scenarios, the indicator;
- :mod:`.sdg1131`: SDG 11.3.1, built-up area from rasters and LCR / PGR / LCRPGR;
- :mod:`.sdg1171`: SDG 11.7.1, open public space;
- :mod:`.composite`: normalised and weighted composite indices;
- :mod:`.bivariate`: 3 × 3 bivariate classes.

Geometry (service areas, served shares of polygons, built-up polygons) is computed by the Processing layer;
these modules turn those numbers into the indicators as defined in the UN SDG metadata (11.2.1 of
2021-09-01, 11.3.1 and 11.7.1 of 2021-03-01). Results are tidy pandas tables plus diagnostics (counts,
flags, positions) for the caller to report. The names below are those of the former ``core/indicators.py``.
"""

from ..definitions import (  # noqa: F401 (re-exported: the SDG 11.2.1 vocabulary)
    BASIC_ROUTE_TYPES,
    DEFAULT_CAPACITY,
    EXTENDED_EXCEPTIONS,
    EXTENDED_ROUTE_TYPE_RANGES,
    HIGH,
    LOW,
    route_type_modes,
)
from .bivariate import BIVARIATE_PALETTE, BivariateResult, bivariate_classes  # noqa: F401
from .composite import MINMAX, RANK, ZSCORE, CompositeResult, composite_index, normalise  # noqa: F401
from .sdg1121 import (  # noqa: F401
    HIGH_WORDS,
    LOW_WORDS,
    MODE_ALIASES,
    class_of_mode,
    class_of_value,
    route_capacity,
    sdg_1121,
    stop_capacity,
)
from .sdg1131 import LINEAR, LOGARITHMIC, Sdg1131Result, sdg_1131  # noqa: F401
from .sdg1171 import Sdg1171Result, sdg_1171  # noqa: F401
from .served import ArrayLike, ServedPopulationResult, served_population  # noqa: F401
