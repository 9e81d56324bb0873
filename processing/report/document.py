"""Writing a city report and a city sheet: charts, maps and print layout drawn in a work folder, then the
HTML page, the PDF and the summary put in place only when everything is ready (complete or absent).

Stateless: every call gets the figures (:mod:`conecta.core.report`), the texts in the report's language
(:class:`content.ReportText`) and the folders; nothing is kept between runs.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import List, Optional

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QDate

from ...core import report as core
from ...core.inequality import access_by_income_decile, gini_index, lorenz_curve
from ...core.progress import Cancelled
from ..bridge.messages import ConectaBridge
from . import charts, maps, scenario
from . import fleet as fleet_section
from . import layout as rl
from .content import REFERENCES, ReportText
from .html import HtmlPage, html_figures, html_table, image, write_text

SHEET_NAME = "city_sheet"
"""File name (without suffix) of the city sheet in a runs folder."""


class ReportMessages(ConectaBridge):
    """Messages of the report's writing, in QGIS's language (the planner's log)."""


@dataclass
class ReportJob:
    """Everything read and computed before any output is written."""

    zones: object
    """The zones as the bridge read them (:class:`readers.Zones`): features for the maps."""
    figures: core.ReportFigures
    sdg: List[dict]
    facts: dict
    """layer, zones, population_field, income_field, inequality and sdg table names (see ReportText.notes)."""
    city: str
    language: str
    crs: QgsCoordinateReferenceSystem
    transform_context: object
    html_path: Path
    pdf_path: Optional[Path] = None
    scenario: Optional[object] = None
    """The summary table of conecta:comparescenarios (a DataFrame, :func:`scenario.read_summary`) or None."""
    fleet: Optional[fleet_section.FleetTables] = None
    """The fleet and industry tables (None: no such section)."""
    sections: List[object] = field(default_factory=list)
    """More sections (e.g. :class:`emissions.EmissionsSection`): ``extend(content, work, project)``."""


def check(feedback, progress: float) -> None:
    """Report ``progress``; stop when the run is cancelled."""
    if feedback is not None:
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(progress)


def move_into_place(staged: Path, target: Path) -> None:
    """Move a finished file from the work folder to ``target`` (renamed there in one step)."""
    partial = target.with_name(f".{target.name}.part")
    shutil.move(str(staged), str(partial))
    partial.replace(target)


# --------------------------------------------------------------------------------------------- charts


def chart_rows(job: ReportJob, text: ReportText, work: Path, feedback) -> List[rl.ChartRow]:
    """Per field: the population histogram and the income-decile / Lorenz chart."""
    number = charts.qlocale_number(text.locale)
    population = job.zones.frame[job.facts["population_field"]].to_numpy(dtype=np.float64)
    income_field = job.facts["income_field"]
    income = job.zones.frame[income_field].to_numpy(dtype=np.float64) if income_field else None
    rows = []
    for i, summary in enumerate(job.figures.summaries):
        check(feedback, 15 + 20 * i / len(job.figures.summaries))
        figure = charts.histogram_figure(
            summary.access, population, text.histogram_texts(summary.label), number
        )
        histogram = charts.save_png(figure, work / f"histogram_{i}.png")
        deciles = None
        if income is not None and np.isfinite(income).any():
            deciles = access_by_income_decile(summary.access, population, income)
        texts = text.inequality_texts(gini_index(summary.access, population))
        lorenz = lorenz_curve(summary.access, population)
        picture = charts.inequality_png(work / f"inequality_{i}.png", lorenz, texts, deciles, number)
        widths = [1.0, 2.0] if deciles is not None and len(deciles) else [1.0, 1.0]
        rows.append(rl.ChartRow(summary.label, [histogram, picture], widths))
    return rows


# --------------------------------------------------------------------------------------------- maps


def map_panels(job: ReportJob, text: ReportText, project: QgsProject, feedback) -> List[rl.MapPanel]:
    """One choropleth page per field, with its key figures (the first also with SDG 11.2.1's)."""
    base = maps.base_layer(job.zones) if maps.is_polygon(job.zones) else None
    if base is not None:
        project.addMapLayer(base, False)
    sdg_line = text.sdg_line(job.sdg)
    panels = []
    for i, summary in enumerate(job.figures.summaries):
        check(feedback, 35 + 15 * i / len(job.figures.summaries))
        layer = maps.field_layer(job.zones, summary, text.locale)
        project.addMapLayer(layer, False)
        figures = text.key_figures(summary, sdg_line if i == 0 else None)
        title, heading = text.map_title(summary.label), text.headings()["key_figures"]
        panels.append(rl.MapPanel(layer, title, heading, figures, base, summary.label))
    return panels


# --------------------------------------------------------------------------------------------- report


def html_page(job: ReportJob, text: ReportText, content: rl.ReportContent, map_pngs: List[Path]) -> HtmlPage:
    """The report's HTML page: key figures, maps, charts, tables, notes and references."""
    headings = text.headings()
    page = HtmlPage(job.language, content.title, content.subtitle, content.footer)
    figures = [f"<h3>{escape(p.legend_title)}</h3>{html_figures(p.key_figures)}" for p in content.maps]
    page.add(headings["key_figures"], "\n".join(figures))
    page.add(
        headings["maps"],
        "\n".join(
            f"<h3>{escape(p.legend_title)}</h3><p>{image(png, p.legend_title)}</p>"
            for p, png in zip(content.maps, map_pngs)
        ),
    )
    page.add(
        headings["charts"],
        "\n".join(
            f"<h3>{escape(row.caption)}</h3><p>"
            + "".join(f"{image(png, row.caption)} " for png in row.images)
            + "</p>"
            for row in content.charts
        ),
    )
    page.add(
        headings["indicators"],
        "\n".join(
            f"<h3>{escape(t.title)}</h3>{html_table(t.header, t.rows, t.numeric)}"
            for t in (content.tables[:-1] if job.scenario is not None else content.tables)
        ),
    )
    if job.scenario is not None:
        page.add(*scenario_html(content))
    references = "".join(f"<li>{escape(r)}</li>" for r in content.references)
    notes = "".join(f"<p>{escape(n)}</p>" for n in content.notes)
    page.add(
        headings["notes"],
        f'<div class="notes">{notes}</div><h3>{escape(headings["references"])}</h3>'
        f'<ol class="references">{references}</ol>',
    )
    return page


def scenario_html(content: rl.ReportContent) -> tuple:
    """(heading, body) of the HTML page's Scenario section: its table (the last one) and its chart (the chart
    row captioned like it)."""
    table = content.tables[-1]
    rows = [row for row in content.charts if row.caption == table.title]
    images = "".join(f"<p>{image(png, row.caption)}</p>" for row in rows for png in row.images)
    return table.title, images + html_table(table.header, table.rows, table.numeric)


def report_content(job: ReportJob, text: ReportText, work: Path, project, feedback) -> rl.ReportContent:
    """Everything the report shows, translated, formatted and drawn (charts) in ``work``; the Scenario section's
    chart and table come last."""
    headings = text.headings()
    layer = job.facts["layer"]
    charts_rows = chart_rows(job, text, work, feedback)
    tables = text.tables(job.figures.summaries, job.sdg)
    extra = fleet_section.FleetSection([], [], [], [])
    if job.fleet is not None:
        extra = fleet_section.FleetText(text).section(job.fleet, work)
    content = rl.ReportContent(
        title=text.title(job.city),
        subtitle=text.subtitle(QDate.currentDate(), layer, job.figures.population),
        footer=text.footer(job.city or layer),
        crs=job.crs,
        maps=map_panels(job, text, project, feedback),
        charts_title=headings["charts"],
        charts=charts_rows + extra.charts,
        tables_title=headings["indicators"],
        tables=tables + extra.tables,
        notes_title=headings["notes"],
        notes=text.notes(job.facts, job.figures.summaries) + extra.notes,
        references_title=headings["references"],
        references=list(REFERENCES) + extra.references,
        locale=text.locale,
    )
    for section in job.sections:
        section.extend(content, work, project)
    if job.scenario is not None:
        scenario_rows, scenario_table = scenario.section(job.scenario, text, work)
        content.charts += scenario_rows
        content.tables.append(scenario_table)
    return content


def write_report(job: ReportJob, text: ReportText, work: Path, feedback=None) -> dict:
    """Draw and write the report: its HTML page, its PDF (when asked) and the summary of key figures (JSON,
    next to the HTML). Returns their paths ("html", "pdf", "summary") and the summary's text ("text")."""
    project = QgsProject()
    project.setCrs(job.crs)
    project.setTransformContext(job.transform_context)
    content = report_content(job, text, work, project, feedback)
    layout, regions = rl.build_report(project, content)
    map_pngs = []
    for i, region in enumerate(regions):
        path = work / f"map_{i}.png"
        if not rl.export_region_png(layout, region, path):
            raise QgsProcessingException(
                ReportMessages.tr("The map of {} could not be drawn.").format(content.maps[i].legend_title)
            )
        map_pngs.append(path)
    check(feedback, 65)
    if job.pdf_path is not None and not rl.export_pdf(layout, work / "report.pdf"):
        raise QgsProcessingException(
            ReportMessages.tr("The PDF could not be written to {}.").format(str(job.pdf_path))
        )
    check(feedback, 85)
    page = html_page(job, text, content, map_pngs)
    summary = core.report_summary(
        job.figures,
        job.sdg,
        job.facts["zones"],
        city=job.city,
        date=QDate.currentDate().toString("yyyy-MM-dd"),
        language=job.language,
        travel_mode=text.mode,
        zones_layer=job.facts["layer"],
        html=str(job.html_path),
        pdf=str(job.pdf_path) if job.pdf_path is not None else None,
    )
    if job.scenario is not None:
        summary["scenario"] = job.scenario.replace({np.nan: None}).to_dict("records")
    if job.fleet is not None:
        summary["fleet"] = fleet_section.summary(job.fleet)
    summary_text = json.dumps(summary, ensure_ascii=False, indent=1)
    # everything is ready: put the outputs in place
    write_text(job.html_path, page.render())
    if job.pdf_path is not None:
        move_into_place(work / "report.pdf", job.pdf_path)
    summary_path = write_text(job.html_path.with_suffix(".json"), summary_text)
    return {"html": job.html_path, "pdf": job.pdf_path, "summary": summary_path, "text": summary_text}


# --------------------------------------------------------------------------------------------- city sheet


def sheet_chart(sheet: core.CitySheet, text: ReportText, field: str, path: Path) -> Optional[Path]:
    """Bars of the mean and the Gini index of ``field`` per city (None when no city reports it)."""
    cities, means, ginis = sheet.chart(field)
    if not cities:
        return None
    indicator = next(i for i in sheet.indicators if i.field == field)
    texts = text.sheet_chart_texts(text.sheet_label(field, indicator.label, indicator.mode))
    figure = charts.city_bars_figure(cities, means, ginis, texts, charts.qlocale_number(text.locale))
    return charts.save_png(figure, path)


def write_city_sheet(folder: Path, text: ReportText, chart_field: str, work: Path) -> tuple:
    """The one-page comparison of every report summary in ``folder``: (HTML path, PDF path, cities)."""
    runs = core.read_summaries(folder)
    sheet = core.city_sheet(runs)
    table = text.sheet_table(sheet)
    title, subtitle, footer = text.sheet_titles(len(runs), folder.name)
    chart = sheet_chart(sheet, text, chart_field, work / "sheet_chart.png")
    project = QgsProject()  # the layout's project must outlive the export
    layout = rl.build_sheet(project, title, subtitle, footer, table, chart, text.locale)
    if not rl.export_pdf(layout, work / "sheet.pdf"):
        raise QgsProcessingException(
            ReportMessages.tr("The city sheet could not be written to {}.").format(str(folder))
        )
    page = HtmlPage(text.language, title, subtitle, footer)
    body = html_table(table.header, table.rows, table.numeric)
    if chart is not None:
        body += f"<p>{image(chart, title)}</p>"
    page.add(table.title, body)
    sheet_html = write_text(folder / f"{SHEET_NAME}.html", page.render())
    sheet_pdf = folder / f"{SHEET_NAME}.pdf"
    move_into_place(work / "sheet.pdf", sheet_pdf)
    return sheet_html, sheet_pdf, len(runs)
