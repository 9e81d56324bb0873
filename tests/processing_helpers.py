"""Helpers of the Processing tests: a file's digest, a context with an invalid-geometry check (and the three
checks as a parametrisation), the steps of a Processing model built as a planner builds it in the modeler."""

import hashlib

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject


def digest(path) -> str:
    """SHA-256 of a file's bytes (to show that a run left it as it was)."""
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def context_with(check):
    """A Processing context on the current project with the invalid-geometry ``check``."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(check)
    return context


every_invalid_geometry_check = pytest.mark.parametrize(
    "check",
    [
        QgsFeatureRequest.GeometryAbortOnInvalid,
        QgsFeatureRequest.GeometrySkipInvalid,
        QgsFeatureRequest.GeometryNoCheck,
    ],
    ids=["stop", "skip", "do not filter"],
)
"""A test runs once with each of QGIS's invalid-geometry settings (``check``)."""


def static(value) -> list:
    """A model step's parameter source: a fixed value."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def from_step(child_id: str, output: str) -> list:
    """A model step's parameter source: an output of an earlier step."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def model_step(child_id: str, algorithm: str, sources: dict, outputs=()):
    """A step of a Processing model: ``algorithm`` fed by ``sources``, its ``outputs`` made model outputs
    (named ``child_id:output`` in the model's results)."""
    from qgis.core import QgsProcessingModelChildAlgorithm, QgsProcessingModelOutput

    step = QgsProcessingModelChildAlgorithm(algorithm)
    step.setChildId(child_id)
    for key, value in sources.items():
        step.addParameterSources(key, value)
    results = {}
    for name in outputs:
        results[name] = QgsProcessingModelOutput(name, name)
        results[name].setChildOutputName(name)
        results[name].setChildId(child_id)
    step.setModelOutputs(results)
    return step


def walking_matrix(network, zones, max_time, **output) -> dict:
    """conecta:traveltimematrix on foot (MODE 0) from every zone of ``zones`` (ids in field id) within
    ``max_time`` minutes, written where ``output`` says (OUTPUT= or OUTPUT_FILE=); Processing's results."""
    import processing

    parameters = {"NETWORK": network, "ORIGINS": zones, "ORIGINS_ID": "id", "MODE": 0, "MAX_TIME": max_time}
    return processing.run("conecta:traveltimematrix", {**parameters, **output})


def jobs_within_30_minutes(matrix, zones, **extra):
    """conecta:accessibility: the jobs each zone (ids in field id) reaches within 30 minutes on ``matrix`` (a
    path), as a memory layer (field acc_jobs_30)."""
    import processing

    parameters = {
        "TRAVEL_MATRIX": str(matrix),
        "ZONES": zones,
        "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"],
        "MEASURE": 0,
        "CUTOFF": "30",
        "OUTPUT": "memory:",
    }
    return processing.run("conecta:accessibility", {**parameters, **extra})["OUTPUT"]


def accessibility(zones, matrix, measure, feedback=None, **extra):
    """conecta:accessibility of the jobs of ``zones`` (ids in field id, field population) on ``matrix`` by
    ``measure``, ``extra`` parameters added; the output memory layer."""
    import processing

    parameters = {
        "TRAVEL_MATRIX": matrix,
        "ZONES": zones,
        "ZONES_ID": "id",
        "OPPORTUNITIES": ["jobs"],
        "POPULATION": "population",
        "MEASURE": measure,
        "OUTPUT": "memory:",
    }
    return processing.run("conecta:accessibility", {**parameters, **extra}, feedback=feedback)["OUTPUT"]


def one_minute_from_eight(feed_path, origins, **extra) -> dict:
    """conecta:transitmatrix's parameters: one feed, Monday 2019-05-13, one departure minute at 08:00, the
    median, from ``origins`` (ids in field id) to a memory layer; ``extra`` added."""
    return {
        "GTFS": [feed_path],
        "DATE": "2019-05-13",
        "DEPARTURE_TIME": "08:00",
        "TIME_WINDOW": 1,
        "PERCENTILES": "50",
        "ORIGINS": origins,
        "ORIGINS_ID": "id",
        "OUTPUT": "memory:",
        **extra,
    }


def sample_city_sdg1121(gpkg, **outputs) -> dict:
    """conecta:sdg1121's parameters on the sample city GeoPackage ``gpkg``: its network, its stops (field mode),
    the population of its zones; ``outputs`` added."""
    g = str(gpkg)
    return {
        "NETWORK": g + "|layername=network",
        "STOPS": g + "|layername=stops",
        "MODE_FIELD": "mode",
        "POPULATION_LAYER": g + "|layername=zones",
        "POPULATION_FIELDS": ["population"],
        **outputs,
    }
