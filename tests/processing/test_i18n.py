"""Conecta speaks Spanish and Brazilian Portuguese, following QGIS's own locale setting."""

import ast
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsApplication, QgsProcessingException

from conftest import REPO

TS_FILES = {"es": REPO / "i18n" / "conecta_es.ts", "pt_BR": REPO / "i18n" / "conecta_pt_BR.ts"}


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_every_translation_is_finished(language):
    unfinished = []
    for context, message in messages(TS_FILES[language]):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete") or not (translation.text or "").strip():
            unfinished.append(f"[{context}] {message.findtext('source')[:60]}")
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:10]}"


def _tr_calls(node, owner, path, found):
    """Collect (context, text, path) of tr()/translate() calls with literal text under ``node``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _tr_calls(child, child.name, path, found)
            continue
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
            args = child.args
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
            qualifier = child.func.value.id if isinstance(child.func.value, ast.Name) else None
            context = owner if qualifier in (None, "self", "cls") else qualifier
            if child.func.attr == "tr" and literal[:1] == [True] and context:
                found.add((context, args[0].value, str(path)))
            elif child.func.attr == "translate" and literal[:2] == [True, True]:
                found.add((args[0].value, args[1].value, str(path)))
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id == "QT_TR_NOOP":
            found.add(("@default", child.args[0].value, str(path)))  # core's messages (core/errors.py)
        elif (
            isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id.endswith("tr")
        ):
            if (
                child.args
                and isinstance(child.args[0], ast.Constant)
                and isinstance(child.args[0].value, str)
            ):
                found.add(("<pylupdate5 cannot see a bare tr() call>", child.args[0].value, str(path)))
        _tr_calls(child, owner, path, found)


def source_strings():
    """(context, text) of every tr()/translate() call with literal text in the plugin sources."""
    found = set()
    for path in REPO.rglob("*.py"):
        if not {".venv", "build", "tests", "bench", "scripts"} & set(path.relative_to(REPO).parts):
            _tr_calls(ast.parse(path.read_text(encoding="utf-8")), None, path, found)
    return found


def test_ts_files_cover_every_string_in_the_sources():
    """Every tr() string in the sources is in the .ts files (else run `make translations`; note that
    pylupdate5 skips a translate() call whose arguments end with a trailing comma)."""
    wanted = source_strings()
    assert len(wanted) > 10
    for language, path in TS_FILES.items():
        have = {(context, m.findtext("source")) for context, m in messages(path)}
        missing = sorted((c, t[:60], p) for c, t, p in wanted if (c, t) not in have)
        assert not missing, f"{language}: {len(missing)} strings not in the .ts: {missing[:5]}"


def algorithm_texts():
    provider = QgsApplication.processingRegistry().providerById("conecta")
    return {
        alg.id(): (alg.displayName(), alg.group(), alg.shortHelpString()) for alg in provider.algorithms()
    }


def test_algorithms_follow_qgis_locale(conecta_plugin, ui_language):
    english = algorithm_texts()
    assert ui_language("es").endswith("conecta_es.qm")
    spanish = algorithm_texts()
    assert spanish["conecta:loadsamplecity"][0] == "Cargar ciudad de ejemplo (Porto Alegre)"
    assert spanish["conecta:loadsamplecity"][1] == "Datos de ejemplo"
    assert ui_language("pt_BR").endswith("conecta_pt_BR.qm")
    portuguese = algorithm_texts()
    assert portuguese["conecta:loadsamplecity"][0] == "Carregar cidade de exemplo (Porto Alegre)"
    for alg_id, texts in english.items():
        for en, es, pt in zip(texts, spanish[alg_id], portuguese[alg_id]):
            assert es != en and pt != en, f"{alg_id}: not translated: {en[:50]}"


def test_locale_falls_back_to_two_letter_code(ui_language):
    assert ui_language("es_AR").endswith("conecta_es.qm")
    assert ui_language("pt_PT").endswith("conecta_pt_BR.qm")
    assert ui_language("de") is None


def test_missing_optional_library_gets_a_translated_install_hint(ui_language):
    from conecta.processing.bridge.deps import require

    ui_language("es")
    with pytest.raises(QgsProcessingException) as error:
        require("conecta_no_such_library")
    assert "no está instalada" in str(error.value) and "pip install conecta_no_such_library" in str(
        error.value
    )


def test_core_messages_are_said_in_the_planners_language(conecta_plugin, ui_language):
    """A problem found in core (no Qt there) reaches the planner translated, numbers in the locale."""
    import processing
    from qgis.core import QgsProcessingException

    from layers import table_layer

    zones = table_layer(
        ["id:integer", "productions:double", "attractions:double"], [(1, 10.0, 10.0), (2, 10.0, 10.0)]
    )
    costs = table_layer(
        ["from_id:integer", "to_id:integer", "travel_time:double"],
        [(1, 1, 1.0), (1, 2, -5.0), (2, 1, 5.0), (2, 2, 1.0)],
    )
    parameters = {"ZONES": zones, "ZONES_ID": "id", "COST_MATRIX": costs, "OUTPUT": "memory:"}
    for code, expected in (
        ("es", "La matriz de costos tiene 1 costos negativos"),
        ("pt_BR", "A matriz de custos tem 1 custos negativos"),
        ("en", "The cost matrix has 1 negative costs"),
    ):
        ui_language(code)
        with pytest.raises(QgsProcessingException, match=expected):
            processing.run("conecta:tripdistribution", parameters)
