"""conecta:report — the city report: an HTML page and a multi-page PDF (print layout) with choropleth maps
of accessibility indicators, charts, the indicator tables (accessibility by income quintile, inequality
measures, SDG 11.2.1) and method notes with citations, in the language the planner chooses; optionally a
one-page city sheet comparing every report collected in a folder.

The figures come from :mod:`conecta.core.report`; the texts, charts, maps and files from the stateless
:mod:`conecta.processing.report` package, which gets the report's own translator: QGIS keeps its language.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputHtml,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale

from ...core import report as core
from ...core.scenarios import SUMMARY_COLUMNS
from ...translation import Translator, qgis_locale
from ..bridge.algorithm import ConectaAlgorithm
from ..bridge.crs import working_crs
from ..bridge.messages import push_count
from ..bridge.readers import read_long_table, read_zones, source_of, table_file
from ..report import document, emissions, scenario
from ..report import fleet as fleet_section
from ..report.content import ReportText
from ..report.fares import AFFORDABILITY_COLUMNS, fare_text
from ..report.html import write_text
from ..report.labels import MODE_CODES

LANGUAGE_CODES = ("", "en", "es", "pt_BR")
"""Languages of the LANGUAGE parameter, in its order ("": QGIS's)."""


class CityReport(ConectaAlgorithm):
    """HTML and PDF city report of accessibility, its inequality and SDG 11.2.1, in the chosen language."""

    ALG_NAME = "report"
    GROUP_ID = "accessibility"
    ZONES = "ZONES"
    ACCESS_FIELDS = "ACCESS_FIELDS"
    POPULATION = "POPULATION"
    INCOME = "INCOME"
    INEQUALITY = "INEQUALITY"
    SDG_TABLE = "SDG_TABLE"
    SCENARIO = "SCENARIO"
    AFFORDABILITY = "AFFORDABILITY"
    CITY_NAME = "CITY_NAME"
    TRAVEL_MODE = "TRAVEL_MODE"
    LANGUAGE = "LANGUAGE"
    RUNS_FOLDER = "RUNS_FOLDER"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    SUMMARY = "SUMMARY"
    CITY_SHEET_HTML = "CITY_SHEET_HTML"
    CITY_SHEET_PDF = "CITY_SHEET_PDF"

    def flags(self):
        # print layouts are drawn in the main thread, as QGIS's own layout export algorithms do
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self) -> str:
        return self.tr("City report (HTML and PDF)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes the report planners take to the council meeting: an HTML page and a PDF (print layout) "
            "with, for each accessibility field, a choropleth map (legend, scale bar, north arrow) and its key "
            "figures; charts (population by accessibility, mean accessibility by income decile, Lorenz "
            "curve); the indicator tables (population-weighted mean accessibility by income quintile, the "
            "inequality measures Palma ratio, Gini, Theil T and concentration index, SDG 11.2.1 "
            "disaggregated); and the data sources and method notes with citations (Pereira & Herszenhut, "
            "accessibility package; Luo & Wang 2003; UN SDG metadata 11.2.1, 2021). With the summary table of "
            "'Compare scenarios', a Scenario section shows who gains: the change by decile and the shares "
            "gaining and losing.\n\n"
            "The inequality measures are taken from the table of 'Accessibility inequality and poverty' "
            "when given (for the first accessibility field), otherwise computed here with the same "
            "definitions. The SDG 11.2.1 table is the one of the SDG 11.2.1 algorithm; without it the "
            "section is left out.\n\n"
            "Language: the report is written in the language chosen, whatever QGIS's own; numbers follow "
            "that language's conventions. A summary of the key figures (JSON) is written next to the HTML. "
            "With a runs folder, the summary is also copied there and a one-page city sheet (HTML and PDF) "
            "compares every city reported into that folder side by side."
        )

    def initAlgorithm(self, config=None) -> None:
        kinds = [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]
        self.add_layer(self.ZONES, self.tr("Zones with indicators"), kinds)
        self.add_field(
            self.ACCESS_FIELDS, self.tr("Accessibility fields to map and summarise"), self.ZONES, numeric=True,
            multiple=True,
        )  # fmt: skip
        self.add_field(self.POPULATION, self.tr("Population field"), self.ZONES, numeric=True)
        self.add_field(
            self.INCOME, self.tr("Income per capita field"), self.ZONES, numeric=True, optional=True
        )
        self.add_table(
            self.INEQUALITY, self.tr("Inequality measures (table of 'Accessibility inequality and poverty')"),
            optional=True,
            help_text=self.tr(
                "Its measures (group 'all') are reported for the first accessibility field. Without it the "
                "measures are computed here with the same definitions."
            ),
        )  # fmt: skip
        self.add_table(
            self.SDG_TABLE, self.tr("SDG 11.2.1 table (scenario, field, served, total, indicator_pct)"),
            optional=True,
            help_text=self.tr("The table output of the SDG 11.2.1 algorithm. Without it the section is left out."),
        )  # fmt: skip
        self.add_table(
            self.SCENARIO, self.tr("Scenario: who gains (summary table of 'Compare scenarios')"), optional=True,
            help_text=self.tr("With it the report gets a Scenario section: the change by decile and who gains."),
        )  # fmt: skip
        self.add_table(
            self.AFFORDABILITY, self.tr("Affordability by income decile (table of 'Affordability of public transport')"),
            optional=True,
        )  # fmt: skip
        self.add_text(
            self.CITY_NAME, self.tr("City name"), optional=True,
            help_text=self.tr(
                "The report's title. Left empty, the project's title or file name is used, else the zone "
                "layer's name when it is not a generic one (zones, output…)."
            ),
        )  # fmt: skip
        modes = [self.tr("Walking"), self.tr("Bicycle"), self.tr("Car"), self.tr("Public transport")]
        self.add_choice(
            self.TRAVEL_MODE, self.tr("Travel mode of the accessibility fields"), [*modes, self.tr("Not stated")],
            default=len(MODE_CODES) - 1,
            help_text=self.tr(
                "How the travel times of the accessibility fields were computed, said in the report's labels "
                "(e.g. 'Jobs reachable within 60 min on foot' for acc_jobs_60 walking)."
            ),
        )  # fmt: skip
        languages = [self.tr("User's language (QGIS setting)"), "English", "Español", "Português (Brasil)"]
        self.add_choice(self.LANGUAGE, self.tr("Language of the report"), languages)
        fleet_section.add_parameters(self)
        runs = QgsProcessingParameterFile(
            self.RUNS_FOLDER, self.tr("Runs folder for the city sheet"), QgsProcessingParameterFile.Folder,
            optional=True,
        )  # fmt: skip
        self.add(
            runs,
            help_text=self.tr(
                "The report's summary is copied to this folder and a one-page city sheet comparing every "
                "city reported into it is written there (city_sheet.html and city_sheet.pdf)."
            ),
            advanced=True,
        )
        html = QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report (HTML)"), self.tr("HTML files (*.html)")
        )
        self.add(html)
        pdf = QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=True,
        )  # fmt: skip
        self.add(pdf)
        emissions.add_parameters(self)
        self.addOutput(QgsProcessingOutputFile(self.SUMMARY, self.tr("Summary of key figures (JSON)")))
        self.addOutput(QgsProcessingOutputHtml(self.CITY_SHEET_HTML, self.tr("City sheet (HTML)")))
        self.addOutput(QgsProcessingOutputFile(self.CITY_SHEET_PDF, self.tr("City sheet (PDF)")))

    # ------------------------------------------------------------ run

    def process(self, parameters, context, feedback):
        paths = self._paths(parameters, context)
        code = LANGUAGE_CODES[self.parameterAsEnum(parameters, self.LANGUAGE, context)] or qgis_locale()
        mode = MODE_CODES[self.parameterAsEnum(parameters, self.TRAVEL_MODE, context)]
        text = ReportText(Translator(code), QLocale(code), mode)
        text = fare_text(text, *self._affordability(parameters, context))
        access_fields = self.parameterAsFields(parameters, self.ACCESS_FIELDS, context)
        population = self.parameterAsString(parameters, self.POPULATION, context)
        income = self.parameterAsString(parameters, self.INCOME, context) or ""
        zones = self._zones(parameters, context, feedback, [*access_fields, population, income])
        inequality, inequality_name = self._table(
            parameters, self.INEQUALITY, core.INEQUALITY_COLUMNS, context
        )
        sdg, sdg_name = self._table(parameters, self.SDG_TABLE, core.SDG_COLUMNS, context)
        fields = zones.source.fields()
        labels = [(name, fields.field(name).alias() or text.field_label(name)) for name in access_fields]
        table = core.overall_measures(inequality, inequality_name) if inequality is not None else None
        figures = core.report_figures(labels, zones.frame, population, income, table)
        self._warn(figures, inequality_name, income, feedback)
        feedback.setProgress(15)
        facts = {
            "layer": zones.name,
            "zones": len(zones.features),
            "population_field": population,
            "income_field": income,
            "inequality": inequality_name if inequality is not None else "",
            "sdg": sdg_name if sdg is not None else "",
        }
        job = document.ReportJob(
            zones=zones,
            figures=figures,
            sdg=core.sdg_records(sdg),
            facts=facts,
            city=self._city(parameters, context, zones.name, feedback),
            language=code,
            crs=working_crs(zones.source, context, feedback),
            transform_context=context.transformContext(),
            html_path=paths["html"],
            pdf_path=paths["pdf"],
            scenario=self._scenario(parameters, context),
            fleet=fleet_section.read_tables(self, parameters, context, feedback),
        )
        bus = emissions.read_inputs(self, parameters, context, feedback)
        job.sections += [emissions.EmissionsSection(bus, text)] if bus is not None else []
        work = Path(tempfile.mkdtemp(prefix="conecta_report_", dir=QgsProcessingUtils.tempFolder()))
        try:
            results = self._write(job, text, paths["runs"], work, feedback)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        feedback.setProgress(100)
        return results

    def _write(self, job, text: ReportText, runs: Path, work: Path, feedback) -> dict:
        """The report's files, then the runs folder's copy of the summary and the city sheet."""
        written = document.write_report(job, text, work, feedback)
        feedback.pushInfo(self.tr("Report written to {}").format(str(written["html"])))
        results = {self.OUTPUT_HTML: str(written["html"]), self.SUMMARY: str(written["summary"])}
        if written["pdf"] is not None:
            results[self.OUTPUT_PDF] = str(written["pdf"])
        if runs is None:
            return results
        write_text(runs / f"{core.slug(job.city or job.facts['layer'])}.json", written["text"])
        sheet_html, sheet_pdf, count = document.write_city_sheet(
            runs, text, job.figures.summaries[0].name, work
        )
        feedback.pushInfo(
            self.tr("City sheet comparing {0} cities written to {1}").format(count, str(sheet_html))
        )
        results.update({self.CITY_SHEET_HTML: str(sheet_html), self.CITY_SHEET_PDF: str(sheet_pdf)})
        return results

    # ------------------------------------------------------------ inputs

    def _paths(self, parameters, context) -> dict:
        """The HTML and PDF files (suffixes set) and the runs folder, created or refused before any work."""
        html = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context))
        if html.suffix.lower() not in (".html", ".htm"):
            html = html.with_suffix(".html")
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        runs = self.parameterAsFile(parameters, self.RUNS_FOLDER, context)
        if runs and Path(runs).exists() and not Path(runs).is_dir():
            raise QgsProcessingException(self.tr("The runs folder {} is a file, not a folder.").format(runs))
        if runs:
            self._writable_folder(Path(runs))
        return {
            "html": html,
            "pdf": Path(pdf).with_suffix(".pdf") if pdf else None,
            "runs": Path(runs) if runs else None,
        }

    def _writable_folder(self, folder: Path) -> None:
        """Create ``folder`` if needed; stop with a message when it cannot be created or written to."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, probe = tempfile.mkstemp(prefix=".conecta-", dir=folder)
            os.close(handle)
            os.unlink(probe)
        except OSError as error:
            raise QgsProcessingException(
                self.tr("The runs folder {0} cannot be created or written to ({1}).").format(
                    str(folder), error.strerror or str(error)
                )
            ) from error

    def _zones(self, parameters, context, feedback, numeric):
        """The zones with their geometry (for the maps) and the numeric fields, read once."""
        source = source_of(self, parameters, self.ZONES, context)
        if QgsWkbTypes.geometryType(source.wkbType()) not in (
            QgsWkbTypes.PolygonGeometry,
            QgsWkbTypes.PointGeometry,
        ):
            raise QgsProcessingException(self.tr("The zone layer needs polygons or points to be mapped."))
        return read_zones(self, parameters, context, feedback, self.ZONES, None, numeric, progress=(0.0, 5.0))

    def _table(self, parameters, key: str, columns, context, text_ids: int = 2):
        """An optional table parameter with ``columns`` (the first ``text_ids`` as text, the others as
        numbers), and its name; (None, "") when it is not given."""
        if parameters.get(key) in (None, ""):
            return None, ""
        path = table_file(self, parameters, key, context)
        name = path.name if path is not None else source_of(self, parameters, key, context).sourceName()
        return read_long_table(self, parameters, key, context, list(columns), text_ids=text_ids), name

    def _scenario(self, parameters, context):
        """The summary table of conecta:comparescenarios for the Scenario section, or None."""
        if parameters.get(self.SCENARIO) in (None, ""):
            return None
        return scenario.read_summary(
            read_long_table(self, parameters, self.SCENARIO, context, list(SUMMARY_COLUMNS), text_ids=1)
        )

    def _affordability(self, parameters, context) -> tuple:
        """The affordability table by income decile (every column a number) and its name; (None, "") without."""
        return self._table(parameters, self.AFFORDABILITY, AFFORDABILITY_COLUMNS, context, text_ids=0)

    def _warn(self, figures: core.ReportFigures, inequality_name: str, income: str, feedback) -> None:
        """What the planner should know about the figures."""
        if figures.mismatched_table:
            feedback.pushWarning(
                self.tr(
                    "The inequality table {0} was not computed from field {1} (its mean or population "
                    "differ): the measures are computed here instead."
                ).format(inequality_name, figures.mismatched_table)
            )
        for summary in figures.summaries:
            push_count(
                feedback,
                summary.missing,
                self.tr("{0} zones have no value in {1}: they are left out of its figures."),
                summary.name,
            )
        if figures.no_income:
            feedback.pushWarning(self.tr("Field {} has no income value: no figure by income.").format(income))

    def _city(self, parameters, context, layer_name: str, feedback) -> str:
        """The city named in the report's title: the one given, else the project's title or file name, else
        the zone layer's name unless it is a generic one ("" then); the log suggests setting it."""
        city = (self.parameterAsString(parameters, self.CITY_NAME, context) or "").strip()
        if city:
            return city
        project = context.project() or QgsProject.instance()
        city = core.city_title([project.title() or "", Path(project.fileName() or "").stem, layer_name])
        if city:
            message = self.tr(
                "No city name was given: the report is titled with '{}'. Set the city name to change it."
            )
            feedback.pushWarning(message.format(city))
        else:
            feedback.pushWarning(
                self.tr(
                    "No city name was given and the zone layer's name ({}) says nothing about the city: set "
                    "the city name for the report's title."
                ).format(layer_name)
            )
        return city
