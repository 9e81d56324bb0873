"""Tables whose numbers arrive as text (OGR reads every CSV column as String): typed on read, the same
results as with numeric fields, and a clear message for a field of real text."""

import math

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from feedback_log import Log
from layers import table_layer


def csv_layer(path, text):
    """A CSV file opened the way QGIS opens ``file.csv`` by default (OGR: every field is text)."""
    path.write_text(text, encoding="utf-8")
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid()
    assert {f.typeName() for f in layer.fields()} == {"String"}, "OGR was expected to read text fields"
    return layer


def test_a_column_of_numbers_numeric_text_and_null(conecta_plugin):
    from conecta.processing.bridge.numbers import read_numbers

    def values(column):
        return [None if math.isnan(v) else v for v in read_numbers(column).values]

    # numbers stay numbers; text is stripped; empty, NA and NULL are NULL
    assert values([3, 2.5, "69.6", " 1234 ", "", "NA", None, "-0.5", "1e3"]) == [
        3.0,
        2.5,
        69.6,
        1234.0,
        None,
        None,
        None,
        -0.5,
        1000.0,
    ]
    # thousands with commas and a decimal point
    assert values(["1,234.5", "1,234", "12", "1,234,567"]) == [1234.5, 1234.0, 12.0, 1234567.0]
    # decimal commas, thousands with dots: "1.234" is then one thousand two hundred and thirty-four
    assert values(["69,6", "0,472", "1.234", "1.234,5"]) == [69.6, 0.472, 1234.0, 1234.5]
    # thousands with spaces, as QLocale writes them in some languages
    assert values(["21 798", "21\u00a0798,5"]) == [21798.0, 21798.5]
    # nothing shows the separator: "1.234" has a decimal point (as CSV writes numbers), "1,234" is ambiguous
    assert values(["1.234", "15"]) == [1.234, 15.0]
    typed = read_numbers(["1,234", "15"])
    assert typed.ambiguous == ["1,234"] and math.isnan(typed.values[0])
    typed = read_numbers(["12", "centro", True])
    assert typed.bad == ["centro", True] and typed.values[0] == 12.0


def test_check_numeric_reads_a_csv_field_of_numbers_and_refuses_real_text(conecta_plugin, tmp_path):
    from conecta.processing.bridge.numbers import check_numeric

    layer = csv_layer(
        tmp_path / "zones.csv",
        'id,population,name,share\n1," 1,234 ",Centro,"69,6"\n2,"2,500.5",Norte,"0,5"\n3,,Sul,\n',
    )
    check_numeric(layer, "population")
    check_numeric(layer, "share")
    with pytest.raises(
        QgsProcessingException, match="Field name holds text that is not a number, e.g. 'Centro'"
    ):
        check_numeric(layer, "name")
    ambiguous = csv_layer(tmp_path / "ambiguous.csv", 'id,jobs\n1,"1,234"\n2,15\n')
    with pytest.raises(QgsProcessingException, match="Field jobs holds '1,234', which reads as a decimal"):
        check_numeric(ambiguous, "jobs")


def test_mode_split_of_a_csv_od_table_with_text_numbers(conecta_plugin, tmp_path):
    od_csv = csv_layer(tmp_path / "od.csv", 'from_id,to_id,trips\n1,2,"1,000.5"\n2,1, 50 \n1,1,10\n')
    walk_csv = csv_layer(
        tmp_path / "walk.csv", "from_id,to_id,travel_time\n1,1,5\n1,2,30.0\n2,1, 30 \n2,2,5.0\n"
    )
    od = table_layer(
        ["from_id:integer", "to_id:integer", "trips:double"], [(1, 2, 1000.5), (2, 1, 50.0), (1, 1, 10.0)]
    )
    walk = table_layer(
        ["from_id:integer", "to_id:integer", "travel_time:double"],
        [(1, 1, 5.0), (1, 2, 30.0), (2, 1, 30.0), (2, 2, 5.0)],
    )
    car = tmp_path / "car.csv"
    car.write_text("from_id,to_id,travel_time\n1,2,10\n2,1,10\n", encoding="utf-8")

    def split(od_layer, walk_layer):
        log = Log()
        result = processing.run(
            "conecta:modesplit",
            {
                "OD": od_layer,
                "WALK_MATRIX": walk_layer,
                "CAR_MATRIX": str(car),
                "COEFFICIENTS": ["walk", 0, -0.1, 0, "car", -0.5, -0.05, 0],
                "OUTPUT": "memory:",
                "SHARES": "memory:",
            },
            feedback=log,
        )
        out = {
            (str(f["from_id"]), str(f["to_id"])): (f["trips_walk"], f["trips_car"])
            for f in result["OUTPUT"].getFeatures()
        }
        return out, log

    from_text, log = split(od_csv, walk_csv)
    from_numbers, _ = split(od, walk)
    assert "left out" not in log.text()
    # V_walk = -0.1 × 30 = -3, V_car = -0.5 - 0.05 × 10 = -1: P_walk = 1 / (1 + e²); pair 1→1 walks only
    p_walk = 1 / (1 + math.exp(2))
    assert from_text[("1", "2")] == pytest.approx((1000.5 * p_walk, 1000.5 * (1 - p_walk)))
    assert from_text[("2", "1")] == pytest.approx((50 * p_walk, 50 * (1 - p_walk)))
    assert from_text[("1", "1")] == pytest.approx((10.0, 0.0))
    assert sum(sum(v) for v in from_text.values()) == pytest.approx(1060.5)
    assert from_text.keys() == from_numbers.keys()
    for pair, trips in from_numbers.items():
        assert from_text[pair] == pytest.approx(trips)
