"""The report's print layout places long, wide and tall tables so that every text lies whole on a page."""

from qgis.core import QgsPrintLayout, QgsProject

from pdf_words import pdf_pages_words, words_outside


def test_wide_and_tall_tables_go_on_landscape_pages_and_continue_with_their_header(conecta_plugin, tmp_path):
    from conecta.processing.report import layout as rl

    # twelve columns of long headers: no portrait page holds them, a landscape page does
    wide = rl.Table(
        "Wide",
        ["Measure"] + [f"Population reachable within {10 * k} minutes by bicycle" for k in range(1, 12)],
        [["Mean accessibility (population-weighted)"] + [f"{k}0.5" for k in range(1, 12)]],
        [False] + [True] * 11,
    )
    # 120 rows: more than a page holds
    tall = rl.Table("Tall", ["Zone", "Value"], [[f"zone{n}", f"{n}.25"] for n in range(120)], [False, True])
    assert rl.column_widths(wide, 210 - 2 * rl.MARGIN) is None
    assert rl.column_widths(wide, 297 - 2 * rl.MARGIN) is not None
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().clear()
    builder = rl.PageBuilder(layout)
    builder.flow_tables([wide, tall], None, 0.0, rl.Section(builder, "Indicators"))
    builder.footers("footer")
    assert rl.export_pdf(layout, tmp_path / "tables.pdf")
    boxes = pdf_pages_words(tmp_path / "tables.pdf")
    assert not words_outside(boxes)
    pages = [(width, height, [word[0] for word in words]) for width, height, words in boxes]
    assert pages[0][0] > pages[0][1], "the wide table needs a landscape page"
    words = [w for _, _, page_words in pages for w in page_words]
    # every value of both tables, whole
    for k in range(1, 12):
        assert f"{k}0.5" in words
    assert all(f"zone{n}" in words and f"{n}.25" in words for n in range(120))
    # the tall table goes on over pages, its header repeated on each
    tall_pages = [page_words for _, _, page_words in pages if any(w.startswith("zone") for w in page_words)]
    assert len(tall_pages) >= 2 and all("Zone" in page_words for page_words in tall_pages)
