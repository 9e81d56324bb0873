"""The processing bridge as planners meet it, through conecta:accessibility (the worked example of the
bridge): invalid geometry the way QGIS's own algorithms handle it, in its three settings; outputs complete
or absent; output folders created or refused with a message."""

import os
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from feedback_log import CancelAbove, Log
from layers import memory_layer, table_layer

CRS = "crs=EPSG:31982"
BOW_TIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"  # self-intersecting: invalid for GEOS
SQUARE = "POLYGON((200 0, 300 0, 300 100, 200 100, 200 0))"
OTHER = "POLYGON((400 0, 500 0, 500 100, 400 100, 400 0))"


def zones_with_a_bow_tie():
    """Three zones; the first (feature id 1) is a bow tie."""
    return memory_layer(
        f"Polygon?{CRS}&field=id:integer&field=jobs:double&field=pop:double",
        [(BOW_TIE, [1, 10.0, 100.0]), (SQUARE, [2, 20.0, 200.0]), (OTHER, [3, 40.0, 400.0])],
        name="census zones",
    )


def matrix():
    # every zone reaches every zone within 20 minutes
    rows = [[o, d, 5.0 if o == d else 20.0] for o in (1, 2, 3) for d in (1, 2, 3)]
    return table_layer(["from_id:integer", "to_id:integer", "travel_time:double"], rows, "matrix")


def run(zones, check, output="memory:", feedback=None):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(check)
    parameters = {
        "TRAVEL_MATRIX": matrix(),
        "ZONES": zones,
        "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"],
        "POPULATION": "pop",
        "CUTOFF": "30",
        "OUTPUT": output,
    }
    return processing.run("conecta:accessibility", parameters, context=context, feedback=feedback or Log())


def qgis_own_message(layer):
    """What QGIS's own algorithm says about the same layer with the default setting."""
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("native:centroids", {"INPUT": layer, "OUTPUT": "memory:"}, context=context)
    return str(raised.value)


def test_stop_gives_qgis_own_message_and_qgis_lives_on(conecta_plugin):
    zones = zones_with_a_bow_tie()
    expected = qgis_own_message(zones)
    assert expected.startswith("Feature (1) from “census zones” has invalid geometry")
    with pytest.raises(QgsProcessingException) as raised:
        run(zones, QgsFeatureRequest.GeometryAbortOnInvalid)
    assert str(raised.value) == expected
    # the interpreter and QGIS are fine: the same process runs again, on valid zones
    zones.dataProvider().deleteFeatures([1])
    out = run(zones, QgsFeatureRequest.GeometryAbortOnInvalid)["OUTPUT"]
    assert sorted(f["acc_jobs_30"] for f in out.getFeatures()) == [60.0, 60.0]


def test_skip_leaves_the_feature_out_and_counts_it(conecta_plugin):
    log = Log()
    out = run(zones_with_a_bow_tie(), QgsFeatureRequest.GeometrySkipInvalid, feedback=log)["OUTPUT"]
    # zone 1 is not read: its jobs are not counted either (20 + 40 reachable from 2 and 3)
    assert {f["id"]: f["acc_jobs_30"] for f in out.getFeatures()} == {2: 60.0, 3: 60.0}
    assert "Feature (1) from “census zones” has invalid geometry and has been skipped" in log.text()
    assert "1 features of census zones have an invalid geometry and were skipped (ids 1)." in log.warnings


def test_no_check_keeps_the_feature(conecta_plugin):
    out = run(zones_with_a_bow_tie(), QgsFeatureRequest.GeometryNoCheck)["OUTPUT"]
    values = {f["id"]: f["acc_jobs_30"] for f in out.getFeatures()}
    assert values == {1: 70.0, 2: 70.0, 3: 70.0}
    bow_tie = next(f for f in out.getFeatures() if f["id"] == 1).geometry()
    assert not bow_tie.isGeosValid()  # the input's geometry is copied as it is, never changed


class CancelWhileWriting(QgsProcessingFeedback):
    """Cancels once the output is being written (after the progress reached 90 %)."""

    def isCanceled(self):
        return self.progress() >= 90 or super().isCanceled()


def test_a_cancelled_run_leaves_no_file(conecta_plugin, tmp_path):
    target = tmp_path / "access.gpkg"
    zones = memory_layer(
        f"Polygon?{CRS}&field=id:integer&field=jobs:double&field=pop:double",
        [(SQUARE, [1, 1.0, 1.0]), (OTHER, [2, 1.0, 1.0])],
    )
    feedback = CancelWhileWriting()
    feedback.setProgress(95)
    result = run(zones, QgsFeatureRequest.GeometryAbortOnInvalid, str(target), feedback)
    assert result.get("OUTPUT") is None
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no staging folder or part file left behind


def test_a_finished_file_output_is_complete_and_replaces_the_old_one(conecta_plugin, tmp_path):
    target = tmp_path / "access.gpkg"
    target.write_bytes(b"an older file of the same name")
    out = run(zones_with_a_bow_tie(), QgsFeatureRequest.GeometrySkipInvalid, str(target))["OUTPUT"]
    assert out == str(target)
    layer = QgsVectorLayer(str(target), "access", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    assert layer.name() == "access"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["access.gpkg"]


def test_a_missing_output_folder_is_created(conecta_plugin, tmp_path):
    target = tmp_path / "new" / "folder" / "access.gpkg"
    run(zones_with_a_bow_tie(), QgsFeatureRequest.GeometrySkipInvalid, str(target))
    assert QgsVectorLayer(str(target), "access", "ogr").featureCount() == 2


def test_an_output_folder_that_cannot_be_created_is_refused_before_any_work(conecta_plugin):
    target = "/proc/conecta/access.gpkg"  # /proc refuses new folders, even to root
    log = Log()
    with pytest.raises(QgsProcessingException) as raised:
        run(zones_with_a_bow_tie(), QgsFeatureRequest.GeometrySkipInvalid, target, log)
    message = str(raised.value) + log.text()
    assert (
        "The folder /proc/conecta of output 'Accessibility' does not exist and cannot be created" in message
    )
    assert not any("zones read" in line for line in log.lines)  # refused before reading anything


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_read_only_output_folder_is_refused(conecta_plugin, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    log = Log()
    with pytest.raises(QgsProcessingException) as raised:
        run(zones_with_a_bow_tie(), QgsFeatureRequest.GeometrySkipInvalid, str(folder / "a.gpkg"), log)
    assert "the folder or file is read-only" in str(raised.value) + log.text()
    assert not Path(folder / "a.gpkg").exists()


def test_a_parquet_matrix_gives_the_csv_matrix_results(conecta_plugin, tmp_path):
    import pandas as pd

    rows = [[o, d, 5.0 if o == d else 20.0 + o] for o in (1, 2, 3) for d in (1, 2, 3)]
    frame = pd.DataFrame(rows, columns=["from_id", "to_id", "travel_time"])
    frame.to_parquet(tmp_path / "m.parquet", index=False)
    frame.to_csv(tmp_path / "m.csv", index=False)
    zones = memory_layer(
        f"Polygon?{CRS}&field=id:integer&field=jobs:double&field=pop:double",
        [(SQUARE, [1, 10.0, 1.0]), (OTHER, [2, 20.0, 1.0]), (BOW_TIE, [3, 40.0, 1.0])],
    )
    results = {}
    for name in ("m.parquet", "m.csv"):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        out = processing.run(
            "conecta:accessibility",
            {"TRAVEL_MATRIX": str(tmp_path / name), "ZONES": zones, "ZONES_ID": "id", "OPPORTUNITIES": ["jobs"],
             "CUTOFF": "22", "OUTPUT": "memory:"},
            context=context,
        )["OUTPUT"]  # fmt: skip
        results[name] = {f["id"]: f["acc_jobs_22"] for f in out.getFeatures()}
    # within 22 min: zone 1 reaches all (21 min), zone 2 only itself (22 min is the cutoff: included), zone 3 itself
    assert results["m.parquet"] == results["m.csv"] == {1: 70.0, 2: 70.0, 3: 40.0}


def test_a_parquet_matrix_without_the_columns_is_named(conecta_plugin, tmp_path):
    import pandas as pd

    pd.DataFrame({"origin": [1], "destination": [2], "minutes": [3.0]}).to_parquet(tmp_path / "m.parquet")
    with pytest.raises(
        QgsProcessingException, match="The table m.parquet has no column from_id, to_id, travel_time"
    ):
        run_with_matrix(str(tmp_path / "m.parquet"))


def run_with_matrix(matrix_value):
    zones = memory_layer(f"Polygon?{CRS}&field=id:integer&field=jobs:double", [(SQUARE, [1, 1.0])])
    return processing.run(
        "conecta:accessibility",
        {
            "TRAVEL_MATRIX": matrix_value,
            "ZONES": zones,
            "ZONES_ID": "id",
            "OPPORTUNITIES": ["jobs"],
            "OUTPUT": "memory:",
        },
    )


def test_one_wkb_walker_reads_lines_and_polygons_with_z_multi_parts_and_collections():
    """The bridge's WKB walker (lines for the network readers, rings for zonal statistics), vertices
    written by hand: Z values dropped, multi-parts and collections walked, a point refused."""
    from qgis.core import QgsGeometry

    from conecta.processing.bridge.geometry import wkb_parts
    from conecta.processing.bridge.raster import _wkb_polygons

    def wkb(wkt):
        return bytes(QgsGeometry.fromWkt(wkt).asWkb())

    lines = wkb_parts(wkb("MultiLineStringZ((0 0 5, 10 0 6), (10 0 6, 10 20 7, 0 20 8))"), 2)
    assert [part.tolist() for part in lines] == [[[0, 0], [10, 0]], [[10, 0], [10, 20], [0, 20]]]
    collection = wkb_parts(wkb("GeometryCollection(LineString(1 2, 3 4))"), 2)
    assert [part.tolist() for part in collection] == [[[1, 2], [3, 4]]]

    polygons = _wkb_polygons(
        wkb("MultiPolygon(((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2)), ((20 0, 30 0, 30 5, 20 0)))")
    )
    assert len(polygons) == 2
    assert [len(ring) for ring in polygons[0]] == [5, 4]  # exterior and hole
    assert polygons[1][0].tolist() == [[20, 0], [30, 0], [30, 5], [20, 0]]

    with pytest.raises(ValueError, match="unsupported WKB type 1"):
        wkb_parts(wkb("Point(1 2)"), 2)
    with pytest.raises(ValueError, match="unsupported WKB type 2"):
        wkb_parts(wkb("LineString(0 0, 1 1)"), 3)


class CancelAfterTheStops(Log):
    """Cancels the run when conecta:gtfsstops says its first output (the stops) is written, before the routes."""

    def pushInfo(self, info):
        super().pushInfo(info)
        if "stops written" in info:
            self.cancel()


def test_a_run_cancelled_after_its_first_output_leaves_neither_output_and_the_old_file(
    conecta_plugin, tmp_path
):
    """Outputs are complete or absent for the run as a whole: gtfsstops writes the stops, then the route
    shapes; a cancel in between leaves no route file, no new stops file (the planner's older file of that name
    stays byte for byte) and nothing staged."""
    stops, routes = tmp_path / "stops.gpkg", tmp_path / "routes.gpkg"
    stops.write_bytes(b"the planner's older stops")
    parameters = {
        "GTFS": str(Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs" / "poa_eptc.zip"),
        "DATE": "2019-05-13",
        "OUTPUT": str(stops),
        "ROUTES": str(routes),
    }
    log = CancelAfterTheStops()
    result = processing.run("conecta:gtfsstops", parameters, feedback=log)
    assert any("stops written" in line for line in log.infos)  # the first output was finished
    assert result.get("OUTPUT") is None and result.get("ROUTES") is None
    assert "Cancelled: no output was written." in log.infos
    assert stops.read_bytes() == b"the planner's older stops"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stops.gpkg"]

    complete = processing.run("conecta:gtfsstops", parameters, feedback=Log())  # the same run, not cancelled
    assert complete["OUTPUT"] == str(stops) and complete["ROUTES"] == str(routes)
    assert QgsVectorLayer(str(stops), "stops", "ogr").featureCount() > 0
    assert QgsVectorLayer(str(routes), "routes", "ogr").featureCount() > 0


def test_a_cancel_after_the_last_output_is_written_still_leaves_no_output(conecta_plugin, tmp_path):
    """Cancel pressed when gtfsstops has written both outputs and reports 100 %, just before it returns: the
    run counts as cancelled, so neither file is put in place and the log says so."""
    stops, routes = tmp_path / "stops.gpkg", tmp_path / "routes.gpkg"
    parameters = {
        "GTFS": str(Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs" / "poa_eptc.zip"),
        "DATE": "2019-05-13",
        "OUTPUT": str(stops),
        "ROUTES": str(routes),
    }
    log = CancelAbove(99.0)  # gtfsstops reports 100 % after its last write
    result = processing.run("conecta:gtfsstops", parameters, feedback=log)
    assert any("stops written" in line for line in log.infos)
    assert result == {} or (result.get("OUTPUT") is None and result.get("ROUTES") is None)
    assert "Cancelled: no output was written." in log.infos
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_cannot_be_put_in_place_is_named_and_leaves_nothing_staged(conecta_plugin, tmp_path):
    """A folder stands where gtfsstops' route shapes should go: the stops are put in place (they come first),
    the routes cannot be, the run stops with a message naming the path, and nothing staged is left behind."""
    stops, routes = tmp_path / "stops.gpkg", tmp_path / "routes.gpkg"
    routes.mkdir()
    (routes / "keep.txt").write_text("the planner's file")
    parameters = {
        "GTFS": str(Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs" / "poa_eptc.zip"),
        "DATE": "2019-05-13",
        "OUTPUT": str(stops),
        "ROUTES": str(routes),
    }
    with pytest.raises(
        QgsProcessingException, match=r"A finished output could not be put in place \(.*routes\.gpkg"
    ):
        processing.run("conecta:gtfsstops", parameters, feedback=Log())
    assert (routes / "keep.txt").read_text() == "the planner's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routes.gpkg", "stops.gpkg"]
    assert QgsVectorLayer(str(stops), "stops", "ogr").featureCount() > 0
