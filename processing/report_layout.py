"""Print layouts of Conecta's city report and city sheet: A4 pages with choropleth maps (legend, scale
bar, north arrow), chart pictures, tables and notes, exported to PDF and PNG headless.

Every text arrives already translated and formatted; this module only places items on pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

REPORT_RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "report"
NORTH_ARROW = REPORT_RESOURCES / "north_arrow.svg"
MM = QgsUnitTypes.LayoutMillimeters
MARGIN = 12.0
TABLE_SIZE = 8.0
CELL_MARGIN = 1.2
ACCENT = QColor("#253494")
GREY = QColor("#555555")
TEXT = QColor("#222222")


@dataclass
class MapPanel:
    """One map page: a styled layer (plus an optional base layer drawn below) and its key figures."""

    layer: QgsVectorLayer
    title: str
    key_figures_title: str
    key_figures: List[Tuple[str, str]]
    base: Optional[QgsVectorLayer] = None


@dataclass
class ChartRow:
    """A row of chart pictures (PNG paths) under a caption; widths are relative."""

    caption: str
    images: List[Path]
    widths: List[float]


@dataclass
class Table:
    """A small table: header, rows of text; ``numeric`` marks right-aligned columns."""

    title: str
    header: List[str]
    rows: List[List[str]]
    numeric: List[bool] = field(default_factory=list)


@dataclass
class ReportContent:
    """Everything the report layout shows, translated and formatted."""

    title: str
    subtitle: str
    footer: str
    crs: QgsCoordinateReferenceSystem
    maps: List[MapPanel]
    charts_title: str
    charts: List[ChartRow]
    tables_title: str
    tables: List[Table]
    notes_title: str
    notes: List[str]
    references_title: str = ""
    references: List[str] = field(default_factory=list)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False, color: QColor = TEXT) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(size, bold))
    text_format.setSize(size)
    text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
    text_format.setColor(color)
    return text_format


class PageBuilder:
    """Adds A4 pages to a print layout and places items on them in millimetres."""

    def __init__(self, layout: QgsPrintLayout, landscape: bool = False) -> None:
        self.layout = layout
        self.orientation = QgsLayoutItemPage.Landscape if landscape else QgsLayoutItemPage.Portrait
        self.width, self.height = (297.0, 210.0) if landscape else (210.0, 297.0)

    def new_page(self) -> int:
        """Append an A4 page; returns its index."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", self.orientation)
        self.layout.pageCollection().addPage(page)
        return self.layout.pageCollection().pageCount() - 1

    def place(self, item, page: int, x: float, y: float, w: float, h: float):
        """Add ``item`` at (x, y) mm of ``page`` with size w × h mm."""
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h, MM))
        item.attemptMove(QgsLayoutPoint(x, y, MM), True, False, page)
        return item

    def label(
        self,
        text: str,
        page: int,
        x: float,
        y: float,
        w: float,
        h: float,
        size: float = 9.0,
        bold: bool = False,
        color: QColor = TEXT,
    ) -> QgsLayoutItemLabel:
        """A plain-text label (wrapped to its width)."""
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        if hasattr(item, "setTextFormat"):
            item.setTextFormat(_text_format(size, bold, color))
        else:
            item.setFont(_font(size, bold))
            item.setFontColor(color)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        item.setHAlign(Qt.AlignmentFlag.AlignLeft)
        return self.place(item, page, x, y, w, h)

    def picture(self, path: Path, page: int, x: float, y: float, w: float, h: float) -> QgsLayoutItemPicture:
        """A PNG or SVG picture scaled to fit its box."""
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(str(path))
        item.setResizeMode(QgsLayoutItemPicture.Zoom)
        return self.place(item, page, x, y, w, h)

    def table(
        self,
        table: Table,
        page: int,
        x: float,
        y: float,
        w: float,
        widths: Optional[List[float]] = None,
        header: bool = True,
    ) -> float:
        """A manual table in a frame tall enough for its rows; returns the frame height (mm)."""
        multi = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(multi)
        multi.setIncludeTableHeader(header)
        if header:
            multi.setHeaders([QgsLayoutTableColumn(h) for h in table.header])
        multi.setHeaderTextFormat(_text_format(TABLE_SIZE, True))
        multi.setContentTextFormat(_text_format(TABLE_SIZE))
        multi.setCellMargin(CELL_MARGIN)
        multi.setGridStrokeWidth(0.2)
        multi.setGridColor(QColor("#bbbbbb"))
        multi.setWrapBehavior(QgsLayoutItemManualTable.WrapText)
        if widths:
            multi.setColumnWidths(list(widths))
        numeric = list(table.numeric) + [False] * len(table.header)
        contents = []
        for row in table.rows:
            cells = []
            for j, text in enumerate(row):
                cell = QgsTableCell(text)
                if numeric[j]:
                    cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
                cells.append(cell)
            contents.append(cells)
        multi.setTableContents(contents)
        multi.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        height = table_height(table, widths, header)
        frame = QgsLayoutFrame(self.layout, multi)
        frame.attemptResize(QgsLayoutSize(w, height, MM))
        frame.attemptMove(QgsLayoutPoint(x, y, MM), True, False, page)
        multi.addFrame(frame)
        multi.recalculateFrameSizes()
        return height

    def paragraphs(self, texts: List[str], page: int, x: float, y: float, w: float, size: float) -> float:
        """Paragraphs wrapped to ``w`` mm in one label, a blank line between them; returns its height."""
        font = _font(size)
        lines: List[str] = []
        for n, text in enumerate(texts):
            if n:
                lines.append("")
            lines.extend(wrap(text, font, w - 2))
        height = QgsLayoutUtils.textHeightMM(font, "\n".join(lines)) + 2
        self.label("\n".join(lines), page, x, y, w, height, size)
        return height


def wrap(text: str, font: QFont, width: float) -> List[str]:
    """Greedy word wrap of ``text`` to lines at most ``width`` mm wide in ``font``."""
    lines: List[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def table_height(table: Table, widths: Optional[List[float]], header: bool) -> float:
    """Height (mm) a table needs: rows of wrapped lines plus cell margins, with a little slack."""
    font = _font(TABLE_SIZE)
    line = QgsLayoutUtils.fontHeightMM(font)
    ascent = QgsLayoutUtils.fontAscentMM(font)
    rows = ([table.header] if header else []) + list(table.rows)
    total = 1.0
    for row in rows:
        lines = 1
        for j, text in enumerate(row):
            if widths and j < len(widths) and widths[j] > 0:
                lines = max(lines, len(wrap(str(text), font, widths[j] - 2 * CELL_MARGIN)))
        total += ascent + (lines - 1) * line + 2 * CELL_MARGIN + 0.5
    return total


def _map_panel(builder: PageBuilder, panel: MapPanel, crs, page: int, box: Tuple[float, ...]) -> QRectF:
    """Map, legend, scale bar and north arrow of one layer; returns the region they cover (layout units)."""
    x, y, w, h = box
    layout = builder.layout
    map_item = QgsLayoutItemMap(layout)
    builder.place(map_item, page, x, y, w, h)
    map_item.setCrs(crs)
    layers = [panel.layer] + ([panel.base] if panel.base is not None else [])
    map_item.setLayers(layers)
    transform = QgsCoordinateTransform(panel.layer.crs(), crs, layout.project())
    extent = transform.transformBoundingBox(panel.layer.extent())
    extent.scale(1.04)
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#888888"))

    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    root.addLayer(panel.layer)
    legend.setTitle("")
    legend.setBackgroundEnabled(True)
    legend.setBackgroundColor(QColor(255, 255, 255, 220))
    legend.setFrameEnabled(True)
    legend.setFrameStrokeColor(QColor("#aaaaaa"))
    legend.setResizeToContents(True)
    legend.updateLegend()
    legend.attemptMove(QgsLayoutPoint(x + 2, y + 2, MM), True, False, page)
    legend.adjustBoxSize()

    scalebar = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(scalebar)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 200))
    scalebar.update()
    scalebar.attemptMove(QgsLayoutPoint(x + 2, y + h - 14, MM), True, False, page)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(str(NORTH_ARROW))
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    builder.place(arrow, page, x + w - 14, y + 3, 11, 16)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    return map_item.sceneBoundingRect()


def build_report(project: QgsProject, content: ReportContent) -> Tuple[QgsPrintLayout, List[QRectF]]:
    """The multi-page report layout and, per map, the layout region holding map, legend and scale bar."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().clear()
    layout.setName(content.title)
    builder = PageBuilder(layout)
    width = builder.width - 2 * MARGIN
    regions = []
    for n, panel in enumerate(content.maps):
        page = builder.new_page()
        if n == 0:
            builder.label(content.title, page, MARGIN, 10, width, 11, 18, True, ACCENT)
            builder.label(content.subtitle, page, MARGIN, 21, width, 6, 9.5, False, GREY)
        builder.label(panel.title, page, MARGIN, 29 if n == 0 else 12, width, 7, 12, True)
        top = 37 if n == 0 else 20
        regions.append(_map_panel(builder, panel, content.crs, page, (MARGIN, top, width, 178)))
        figures_top = top + 183
        builder.label(panel.key_figures_title, page, MARGIN, figures_top, width, 6, 11, True, ACCENT)
        half = (len(panel.key_figures) + 1) // 2
        pairs = list(panel.key_figures[:half])
        rest = list(panel.key_figures[half:]) + [("", "")] * (half - len(panel.key_figures[half:]))
        rows = [[a, b, c, d] for (a, b), (c, d) in zip(pairs, rest)]
        figures = Table("", ["", "", "", ""], rows, [False, True, False, True])
        column = width / 2
        builder.table(
            figures, page, MARGIN, figures_top + 8, width, [column - 30, 24, column - 30, 24], False
        )

    charts_page = None
    y = 0.0
    for row in content.charts:
        height = 62.0
        if charts_page is None or y + height > builder.height - 20:
            charts_page = builder.new_page()
            builder.label(content.charts_title, charts_page, MARGIN, 12, width, 8, 14, True, ACCENT)
            y = 24.0
        builder.label(row.caption, charts_page, MARGIN, y, width, 6, 10, True)
        total = sum(row.widths)
        x = MARGIN
        for image, share in zip(row.images, row.widths):
            w = width * share / total
            builder.picture(image, charts_page, x, y + 6, w - 2, height - 8)
            x += w
        y += height + 4

    page = builder.new_page()
    builder.label(content.tables_title, page, MARGIN, 12, width, 8, 14, True, ACCENT)
    y = 24.0
    for table in content.tables:
        rows_height = table_height(table, None, True) + 8
        if y + rows_height > builder.height - 20:
            page = builder.new_page()
            y = 14.0
        builder.label(table.title, page, MARGIN, y, width, 6, 10, True)
        y += 7 + builder.table(table, page, MARGIN, y + 7, width) + 5

    page = builder.new_page()
    builder.label(content.notes_title, page, MARGIN, 12, width, 8, 14, True, ACCENT)
    y = 24 + builder.paragraphs(content.notes, page, MARGIN, 24, width, 9) + 4
    if content.references:
        builder.label(content.references_title, page, MARGIN, y, width, 7, 11, True, ACCENT)
        builder.paragraphs(content.references, page, MARGIN, y + 8, width, 8)
    _footers(builder, content.footer)
    return layout, regions


def _footers(builder: PageBuilder, footer: str) -> None:
    """The footer text and page number "n / N" at the bottom of every page."""
    count = builder.layout.pageCollection().pageCount()
    width = builder.width - 2 * MARGIN
    for page in range(count):
        builder.label(footer, page, MARGIN, builder.height - 9, width - 20, 5, 7.5, False, GREY)
        builder.label(
            f"{page + 1} / {count}", page, builder.width - MARGIN - 18, builder.height - 9, 18, 5, 7.5
        )


def build_sheet(
    project: QgsProject,
    title: str,
    subtitle: str,
    footer: str,
    table: Table,
    chart: Optional[Path] = None,
) -> QgsPrintLayout:
    """The one-page city sheet (A4 landscape): cities side by side in a table, with a comparison chart."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().clear()
    layout.setName(title)
    builder = PageBuilder(layout, landscape=True)
    width = builder.width - 2 * MARGIN
    page = builder.new_page()
    builder.label(title, page, MARGIN, 10, width, 10, 16, True, ACCENT)
    builder.label(subtitle, page, MARGIN, 20, width, 6, 9.5, False, GREY)
    table_width = width * (0.58 if chart is not None else 1.0)
    builder.table(table, page, MARGIN, 30, table_width)
    if chart is not None:
        builder.picture(chart, page, MARGIN + table_width + 4, 30, width - table_width - 4, 150)
    _footers(builder, footer)
    return layout


def export_pdf(layout: QgsPrintLayout, path: Path, dpi: float = 200.0) -> bool:
    """Export every page of ``layout`` to one PDF with real text; True on success."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.simplifyGeometries = True
    result = QgsLayoutExporter(layout).exportToPdf(str(path), settings)
    return result == QgsLayoutExporter.Success


def export_region_png(layout: QgsPrintLayout, region: QRectF, path: Path, dpi: float = 130.0) -> bool:
    """Render a region of the layout (e.g. a map with its legend) to a PNG; True on success."""
    image = QgsLayoutExporter(layout).renderRegionToImage(region, QSize(), dpi)
    return not image.isNull() and image.save(str(path), "PNG")
