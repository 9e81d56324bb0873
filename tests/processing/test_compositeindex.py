"""conecta:compositeindex and conecta:bivariatemap on small layers with hand-computed values."""

import numpy as np
import processing
import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingException
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QImage

from feedback_log import Log
from layers import memory_layer


def layer_with(columns, kinds=None):
    """A point layer with one double field per column (None → NULL)."""
    kinds = kinds or {}
    spec = "".join(f"&field={name}:{kinds.get(name, 'double')}" for name in columns)
    n = len(next(iter(columns.values())))
    rows = [
        (f"POINT({500000 + 10 * i} 6700000)", [i] + [values[i] for values in columns.values()])
        for i in range(n)
    ]
    return memory_layer(f"Point?crs=EPSG:31982&field=fid_:integer{spec}", rows, "input")


def value(v):
    return None if v is None or (isinstance(v, QVariant) and v.isNull()) else v


def composite(layer, fields, **extra):
    parameters = {"INPUT": layer, "FIELDS": fields, "METHOD": 0, "INDEX_FIELD": "index", "OUTPUT": "memory:"}
    parameters.update(extra)
    out = processing.run("conecta:compositeindex", parameters)["OUTPUT"]
    return sorted(out.getFeatures(), key=lambda f: f["fid_"])


def test_composite_min_max_inverted_weighted(conecta_plugin):
    # jobs reachable (higher is better) and travel time (lower is better)
    layer = layer_with({"jobs": [1, 2, 3, 5], "time": [10, 20, 30, 40]})
    rows = composite(layer, ["jobs", "time"], INVERT_FIELDS=["time"], WEIGHTS="2, 1")
    # by hand: jobs_n = (x - 1) / 4 = 0, .25, .5, 1; time_n = 1 - (t - 10) / 30 = 1, 2/3, 1/3, 0
    assert [f["jobs_n"] for f in rows] == pytest.approx([0, 0.25, 0.5, 1])
    assert [f["time_n"] for f in rows] == pytest.approx([1, 2 / 3, 1 / 3, 0])
    # index = (2 jobs_n + time_n) / 3
    assert [f["index"] for f in rows] == pytest.approx([1 / 3, (0.5 + 2 / 3) / 3, (1 + 1 / 3) / 3, 2 / 3])
    assert rows[0].geometry().asPoint().x() == 500000


def test_composite_z_score_and_rank(conecta_plugin):
    jobs = [1.0, 2.0, 2.0, 5.0]
    layer = layer_with({"jobs": jobs, "schools": [4.0, 0.0, 8.0, 8.0]})
    rows = composite(layer, ["jobs", "schools"], METHOD=1)
    a, b = np.array(jobs), np.array([4.0, 0.0, 8.0, 8.0])
    expected = ((a - a.mean()) / a.std() + (b - b.mean()) / b.std()) / 2  # numpy std: ddof 0
    assert [f["index"] for f in rows] == pytest.approx(expected)
    rows = composite(layer, ["jobs"], METHOD=2)
    # average ranks 1, 2.5, 2.5, 4 → (rank - 1) / 3
    assert [f["jobs_n"] for f in rows] == pytest.approx([0, 0.5, 0.5, 1])


def test_composite_missing_values(conecta_plugin):
    layer = layer_with({"a": [0.0, 10.0, 5.0], "b": [None, 2.0, 0.0]})
    rows = composite(layer, ["a", "b"])
    # a_n = 0, 1, .5; b_n = NULL, 1, 0: the first row uses a alone
    assert [value(f["index"]) for f in rows] == pytest.approx([0.0, 1.0, 0.25])
    rows = composite(layer, ["a", "b"], MISSING=1)
    assert value(rows[0]["index"]) is None and rows[1]["index"] == pytest.approx(1.0)


def test_composite_bad_input(conecta_plugin):
    layer = layer_with({"a": [1.0, 2.0], "b": [3.0, 4.0], "name": ["x", "y"]}, {"name": "string"})
    with pytest.raises(QgsProcessingException, match="one weight per indicator field: 3 weights for 2"):
        composite(layer, ["a", "b"], WEIGHTS="1, 2, 3")
    with pytest.raises(QgsProcessingException, match="must also be indicator fields: b"):
        composite(layer, ["a"], INVERT_FIELDS=["b"])
    with pytest.raises(QgsProcessingException, match="numbers separated by commas"):
        composite(layer, ["a", "b"], WEIGHTS="1; two")
    with pytest.raises(QgsProcessingException, match="must not be negative and must not all be zero"):
        composite(layer, ["a", "b"], WEIGHTS="-1, 2")
    with pytest.raises(QgsProcessingException, match="An indicator field is listed twice"):
        composite(layer, ["a", "a"])
    with pytest.raises(QgsProcessingException, match="Give a name for the index field"):
        composite(layer, ["a"], INDEX_FIELD=" ")
    with pytest.raises(QgsProcessingException, match="Field name holds text that is not a number, e.g. 'x'"):
        composite(layer, ["a", "name"])
    # a field the input already has is replaced by the new values (the bridge's policy, with a warning)
    rows = composite(layer_with({"a": [1.0, 3.0], "a_n": [2.0, 2.0]}), ["a"])
    assert [f["a_n"] for f in rows] == [0.0, 1.0]


def bivariate(layer, tmp_path, **extra):
    parameters = {
        "INPUT": layer,
        "FIELD_X": "x",
        "FIELD_Y": "y",
        "CLASS_FIELD": "biv",
        "OUTPUT": "memory:",
        "LEGEND": str(tmp_path / "legend.png"),
    }
    parameters.update(extra)
    result = processing.run("conecta:bivariatemap", parameters)
    return result, [f["biv"] for f in sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["fid_"])]


def test_bivariate_terciles_breaks_and_legend(conecta_plugin, tmp_path):
    x = [1.0, 2, 3, 4, 5, 6, 7, 8, 9]
    layer = layer_with({"x": x, "y": x[::-1]})
    result, codes = bivariate(layer, tmp_path)
    # terciles of 1..9 are 3.67 and 6.33: x classes 1,1,1,2,2,2,3,3,3; y the reverse
    assert codes == ["1-3"] * 3 + ["2-2"] * 3 + ["3-1"] * 3
    # explicit breaks: a value on a break goes to the lower class
    _, codes = bivariate(layer, tmp_path, BREAKS_X="2, 5", BREAKS_Y="4,4.5")
    assert codes == ["1-3", "1-3", "2-3", "2-3", "2-3", "3-1", "3-1", "3-1", "3-1"]
    image = QImage(result["LEGEND"])
    assert not image.isNull() and image.width() > 180
    # the top-right cell is "3-3" (both high), the bottom-left "1-1" (Stevens' pink-blue scheme)
    assert image.pixelColor(90 + 150, 20 + 30).name() == QColor("#574249").name()
    assert image.pixelColor(90 + 30, 20 + 150).name() == QColor("#e8e8e8").name()


def test_bivariate_style_and_missing(conecta_plugin, tmp_path):
    from conecta.processing.algorithms.bivariatemap import bivariate_style

    layer = layer_with({"x": [1.0, None, 3.0], "y": [1.0, 2.0, 3.0]})
    result, codes = bivariate(layer, tmp_path)
    assert codes[0] == "1-1" and value(codes[1]) is None and codes[2] == "3-3"
    out = result["OUTPUT"]
    palette = {"1-1": "#e8e8e8", "3-3": "#574249"}
    bivariate_style("biv", palette, {"1-1": "low", "3-3": "high"})(out)
    categories = {c.value(): c.symbol().color().name() for c in out.renderer().categories()}
    assert categories == palette


def test_bivariate_bad_breaks(conecta_plugin, tmp_path):
    layer = layer_with({"x": [1.0, 2.0], "y": [1.0, 2.0]})
    with pytest.raises(QgsProcessingException, match="breaks of x must be two increasing numbers"):
        bivariate(layer, tmp_path, BREAKS_X="5, 2")
    with pytest.raises(QgsProcessingException, match="at least one value that is not NULL"):
        bivariate(layer_with({"x": [None, None], "y": [1.0, 2.0]}), tmp_path)
    with pytest.raises(QgsProcessingException, match="Give a name for the class field"):
        bivariate(layer, tmp_path, CLASS_FIELD=" ")
    (tmp_path / "taken.png").mkdir()  # a folder where the legend should go
    with pytest.raises(QgsProcessingException, match="Cannot write the legend image .*taken.png"):
        bivariate(layer, tmp_path, LEGEND=str(tmp_path / "taken.png"))


BOW_TIE = "POLYGON((500000 6700000, 500100 6700100, 500100 6700000, 500000 6700100, 500000 6700000))"


@pytest.mark.parametrize("algorithm", ["compositeindex", "bivariatemap"])
def test_invalid_geometry_in_the_three_settings(conecta_plugin, tmp_path, algorithm):
    """The input layer's geometry is only copied, but the read follows QGIS's setting as QGIS's own
    algorithms do: stop with QGIS's message, skip and count, or keep it as it is."""
    square = "POLYGON((500200 6700000, 500300 6700000, 500300 6700100, 500200 6700100, 500200 6700000))"
    rows = [(BOW_TIE, [1.0, 1.0]), (square, [2.0, 3.0]), (square, [3.0, 2.0])]
    layer = memory_layer("Polygon?crs=EPSG:31982&field=x:double&field=y:double", rows, "blocks")
    parameters = {"INPUT": layer, "FIELDS": ["x", "y"], "FIELD_X": "x", "FIELD_Y": "y", "OUTPUT": "memory:"}
    if algorithm == "bivariatemap":
        parameters["LEGEND"] = str(tmp_path / "legend.png")
    else:
        parameters.pop("FIELD_X"), parameters.pop("FIELD_Y")

    def run_with(check, log=None):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(check)
        return processing.run(f"conecta:{algorithm}", parameters, context=context, feedback=log or Log())[
            "OUTPUT"
        ]

    with pytest.raises(QgsProcessingException, match="Feature \\(1\\) from “blocks” has invalid geometry"):
        run_with(QgsFeatureRequest.GeometryAbortOnInvalid)
    log = Log()
    assert run_with(QgsFeatureRequest.GeometrySkipInvalid, log).featureCount() == 2
    assert "1 features of blocks have an invalid geometry and were skipped (ids 1)." in log.warnings
    kept = run_with(QgsFeatureRequest.GeometryNoCheck)
    assert kept.featureCount() == 3
    assert not next(kept.getFeatures()).geometry().isGeosValid()  # copied as it is
