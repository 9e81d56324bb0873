"""Print layouts of Conecta's city report and city sheet: A4 pages with choropleth maps (legend, scale
bar, north arrow), chart pictures, tables and notes, exported to PDF and PNG headless.

Every text arrives already translated and formatted; this module only places items on pages, measuring
texts with their fonts so that the longest translation fits: titles and notes wrap, table columns are as
wide as their content needs (headers and text cells wrap, numbers never), a table too wide for a portrait
page goes on a landscape one, and one too wide for that too is split into several tables that repeat the
first column; tables too long for a page go on with their header repeated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    QgsBasicNumericFormat,
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
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

REPORT_RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "report"
NORTH_ARROW = REPORT_RESOURCES / "north_arrow.svg"
MM = QgsUnitTypes.LayoutMillimeters
A4 = (210.0, 297.0)
MARGIN = 12.0
FOOTER_SPACE = 14.0
TABLE_SIZE = 8.0
CELL_MARGIN = 1.2
GRID = 0.2
SLACK = 1.0
"""mm added to each column: QGIS's text measure and this module's differ by a fraction of a millimetre."""
MIN_MAP_HEIGHT = 80.0
CHART_HEIGHT = 54.0
LEGEND_WIDTH = 72.0
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
    legend_title: str = ""


@dataclass
class ChartRow:
    """A row of chart pictures (PNG paths) under a caption; widths are relative."""

    caption: str
    images: List[Path]
    widths: List[float]


@dataclass
class Table:
    """A small table: header, rows of text; ``numeric`` marks right-aligned columns (never wrapped)."""

    title: str
    header: List[str]
    rows: List[List[str]]
    numeric: List[bool] = field(default_factory=list)


@dataclass
class ReportContent:
    """Everything the report layout shows, translated and formatted; ``locale`` writes the numbers QGIS
    draws itself (scale bar, page numbers)."""

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
    locale: QLocale = field(default_factory=QLocale)


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


# ---------------------------------------------------------------- measuring text


def text_width(text: str, font: QFont) -> float:
    """Width (mm) of one line of ``text`` in ``font``."""
    return QgsLayoutUtils.textWidthMM(font, text) if text else 0.0


def longest_word(text: str, font: QFont) -> float:
    """Width (mm) of the widest word of ``text``: the narrowest a wrapped column can be."""
    return max([text_width(word, font) for word in str(text).split()] or [0.0])


def wrap(text: str, font: QFont, width: float) -> List[str]:
    """Greedy word wrap of ``text`` to lines at most ``width`` mm wide in ``font``."""
    lines: List[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and text_width(candidate, font) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def column_widths(table: Table, available: float, header: bool = True) -> Optional[List[float]]:
    """Content widths (mm) of the columns of ``table`` in ``available`` mm, from their texts: as wide as
    the widest cell when that fits, else text columns wrap (never below their widest word; numbers do not
    wrap); None when even that does not fit."""
    bold, regular = _font(TABLE_SIZE, True), _font(TABLE_SIZE)
    numeric = list(table.numeric) + [False] * len(table.header)
    natural, minimum = [], []
    for j, heading in enumerate(table.header):
        cells = [str(row[j]) for row in table.rows if j < len(row)]
        heading = heading if header else ""
        natural.append(max([text_width(heading, bold)] + [text_width(c, regular) for c in cells]))
        minimum.append(
            max(
                [longest_word(heading, bold)]
                + [text_width(c, regular) if numeric[j] else longest_word(c, regular) for c in cells]
            )
        )
    room = available - len(natural) * (2 * CELL_MARGIN + SLACK) - (len(natural) + 1) * GRID
    if sum(natural) <= room:
        return [w + SLACK for w in natural]
    if sum(minimum) > room:
        return None
    # the room left over is shared fairly: columns that need little more get it all, the others equal parts
    widths, left = list(minimum), room - sum(minimum)
    order = sorted(range(len(widths)), key=lambda j: natural[j] - minimum[j])
    for n, j in enumerate(order):
        extra = min(natural[j] - minimum[j], left / (len(order) - n))
        widths[j] += extra
        left -= extra
    return [w + SLACK for w in widths]


def split_columns(table: Table, available: float) -> List[Table]:
    """``table`` as tables that each fit in ``available`` mm, every one repeating the first column."""
    if column_widths(table, available) is not None or len(table.header) <= 2:
        return [table]
    numeric = list(table.numeric) + [False] * len(table.header)
    parts: List[Table] = []
    group: List[int] = []

    def part(columns: List[int]) -> Table:
        keep = [0, *columns]
        rows = [[row[j] if j < len(row) else "" for j in keep] for row in table.rows]
        return Table(table.title, [table.header[j] for j in keep], rows, [numeric[j] for j in keep])

    for j in range(1, len(table.header)):
        if group and column_widths(part([*group, j]), available) is None:
            parts.append(part(group))
            group = []
        group.append(j)
    parts.append(part(group))
    return parts


# ---------------------------------------------------------------- pages


class PageBuilder:
    """Adds A4 pages (portrait or landscape, one by one) to a print layout and places items on them in
    millimetres."""

    def __init__(self, layout: QgsPrintLayout, locale: Optional[QLocale] = None) -> None:
        self.layout = layout
        self.locale = locale or QLocale()
        self.sizes: List[Tuple[float, float]] = []

    def new_page(self, landscape: bool = False) -> int:
        """Append an A4 page; returns its index."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Landscape if landscape else QgsLayoutItemPage.Portrait)
        self.layout.pageCollection().addPage(page)
        self.sizes.append(A4[::-1] if landscape else A4)
        return len(self.sizes) - 1

    def width(self, page: int) -> float:
        """Width (mm) of ``page`` inside its margins."""
        return self.sizes[page][0] - 2 * MARGIN

    def bottom(self, page: int) -> float:
        """The lowest y (mm) content may reach on ``page``, above the footer."""
        return self.sizes[page][1] - FOOTER_SPACE

    def landscape(self, page: int) -> bool:
        return self.sizes[page][0] > self.sizes[page][1]

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
        align=Qt.AlignmentFlag.AlignLeft,
    ) -> QgsLayoutItemLabel:
        """A plain-text label."""
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        if hasattr(item, "setTextFormat"):
            item.setTextFormat(_text_format(size, bold, color))
        else:
            item.setFont(_font(size, bold))
            item.setFontColor(color)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        item.setHAlign(align)
        return self.place(item, page, x, y, w, h)

    def text(
        self,
        text: str,
        page: int,
        y: float,
        size: float,
        bold: bool = False,
        color: QColor = TEXT,
        x=None,
        w=None,
    ) -> float:
        """``text`` wrapped to the page's width (or ``w`` mm from ``x``) at ``y``; returns its height (mm)."""
        x = MARGIN if x is None else x
        w = self.width(page) if w is None else w
        font = _font(size, bold)
        lines = "\n".join(wrap(text, font, w - 2))
        height = QgsLayoutUtils.textHeightMM(font, lines) + 1.5
        self.label(lines, page, x, y, w, height, size, bold, color)
        return height

    def picture(self, path: Path, page: int, x: float, y: float, w: float, h: float) -> QgsLayoutItemPicture:
        """A PNG or SVG picture scaled to fit its box."""
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(str(path))
        item.setResizeMode(QgsLayoutItemPicture.Zoom)
        return self.place(item, page, x, y, w, h)

    def table_item(self, table: Table, widths: List[float], header: bool = True):
        """A manual table with column ``widths`` (mm), to be shown in frames (see ``fit``)."""
        multi = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(multi)
        multi.setIncludeTableHeader(header)
        if header:
            multi.setHeaders([QgsLayoutTableColumn(h) for h in table.header])
            multi.setHeaderMode(QgsLayoutTable.AllFrames)
        multi.setHeaderTextFormat(_text_format(TABLE_SIZE, True))
        multi.setContentTextFormat(_text_format(TABLE_SIZE))
        multi.setCellMargin(CELL_MARGIN)
        multi.setGridStrokeWidth(GRID)
        multi.setGridColor(QColor("#bbbbbb"))
        multi.setWrapBehavior(QgsLayoutItemManualTable.WrapText)
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
        return multi

    def fit(self, multi, page: int, x: float, y: float, room: float) -> Tuple[object, float, int]:
        """A new frame of table ``multi`` at (x, y) mm of ``page`` holding as many of its remaining rows as
        fit in ``room`` mm, no taller than they need (QGIS lays the rows out); returns the frame, its height
        and the number of rows shown up to it."""
        frame = QgsLayoutFrame(self.layout, multi)
        frame.attemptMove(QgsLayoutPoint(x, y, MM), True, False, page)
        multi.addFrame(frame)
        index = multi.frameCount() - 1
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        width = multi.totalWidth() + 0.5

        def shown(height: float) -> int:
            frame.attemptResize(QgsLayoutSize(width, height, MM))
            return multi.rowRange(context, index)[1]

        rows = shown(room)
        low, high = 0.0, room
        while high - low > 0.2:
            middle = (low + high) / 2
            low, high = (low, middle) if shown(middle) >= rows else (middle, high)
        shown(high + 0.3)
        multi.recalculateFrameSizes()
        return frame, high + 0.3, rows

    def table(self, table: Table, page: int, x: float, y: float, width: float, header: bool = True) -> float:
        """``table`` fitted in ``width`` mm at (x, y) of ``page``, in one frame as tall as it needs (it must
        fit on the page); returns its height (mm)."""
        widths = column_widths(table, width, header) or column_widths(table, 10_000.0, header)
        return self.fit(self.table_item(table, widths, header), page, x, y, self.bottom(page) - y)[1]

    def flow_tables(self, tables: List[Table], page: Optional[int], y: float, new_page) -> Tuple[int, float]:
        """Titled tables one below the other from ``y`` of ``page`` (None: start with a new page), going
        on to new pages (``new_page(landscape)`` returns a page and the y to start at) when they do not fit,
        the header repeated, on landscape pages when too wide for a portrait one; returns the page and the
        y below the last."""
        fresh = page is None
        for whole in tables:
            landscape = column_widths(whole, A4[0] - 2 * MARGIN) is None
            parts = split_columns(whole, A4[1] - 2 * MARGIN) if landscape else [whole]
            for part in parts:
                if (
                    page is None
                    or (landscape and not self.landscape(page))
                    or (not fresh and self.bottom(page) - y < 40)
                ):
                    (page, y), fresh = new_page(landscape), True
                width = self.width(page)
                multi = self.table_item(part, column_widths(part, width) or column_widths(part, 10_000.0))
                if part.title:
                    y += self.text(part.title, page, y, 10, True) + 1
                done = 0
                while True:
                    _, height, rows = self.fit(multi, page, MARGIN, y, self.bottom(page) - y)
                    y += height + 6
                    if rows >= len(part.rows) or (rows <= done and fresh):
                        break
                    done = rows
                    (page, y), fresh = new_page(self.landscape(page)), True
                fresh = False
        return page, y

    def paragraphs(self, texts: List[str], page: int, y: float, size: float, new_page) -> Tuple[int, float]:
        """Paragraphs wrapped to the page's width from ``y``, going on to new pages (``new_page()``
        returns the page and the y to start at) when full; returns the page and y below the last."""
        font = _font(size)
        for text in texts:
            lines = wrap(text, font, self.width(page) - 2)
            height = QgsLayoutUtils.textHeightMM(font, "\n".join(lines)) + 1.5
            if y + height > self.bottom(page):
                page, y = new_page()
            self.label("\n".join(lines), page, MARGIN, y, self.width(page), height, size)
            y += height + 2
        return page, y

    def footers(self, footer: str) -> None:
        """The footer text and page number "n / N" at the bottom of every page."""
        count = len(self.sizes)
        total = self.locale.toString(count)
        for page in range(count):
            width = self.width(page)
            height = self.sizes[page][1]
            self.text(footer, page, height - 10, 7.5, False, GREY, MARGIN, width - 22)
            number = f"{self.locale.toString(page + 1)} / {total}"
            self.label(
                number, page, MARGIN + width - 20, height - 10, 20, 5, 7.5, align=Qt.AlignmentFlag.AlignRight
            )


# ---------------------------------------------------------------- maps


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
    node = root.addLayer(panel.layer)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    title_font = _font(9, True)
    legend.setTitle("\n".join(wrap(panel.legend_title, title_font, LEGEND_WIDTH)))
    legend.setStyleFont(QgsLegendStyle.Title, title_font)
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(8))
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
    number_format = QgsBasicNumericFormat()
    number_format.setDecimalSeparator(builder.locale.decimalPoint())
    number_format.setThousandsSeparator(builder.locale.groupSeparator())
    number_format.setShowThousandsSeparator(True)
    scalebar.setNumericFormat(number_format)
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


def key_figures_table(figures: List[Tuple[str, str]]) -> Table:
    """Key figures (name, value) in two pairs of columns."""
    half = (len(figures) + 1) // 2
    rest = list(figures[half:]) + [("", "")] * (half - len(figures[half:]))
    rows = [[a, b, c, d] for (a, b), (c, d) in zip(figures[:half], rest)]
    return Table("", ["", "", "", ""], rows, [False, True, False, True])


def _map_page(builder: PageBuilder, content: ReportContent, panel: MapPanel, first: bool) -> QRectF:
    """One map page (the first also holds the report's title); returns the region of map and legend."""
    page = builder.new_page()
    width = builder.width(page)
    y = 10.0
    if first:
        y += builder.text(content.title, page, y, 18, True, ACCENT)
        y += builder.text(content.subtitle, page, y, 9.5, False, GREY) + 2
    else:
        y += 2
    y += builder.text(panel.title, page, y, 12, True) + 1
    figures = key_figures_table(panel.key_figures)
    multi = builder.table_item(figures, column_widths(figures, width, header=False), header=False)
    frame, figures_height, _ = builder.fit(multi, page, MARGIN, y, builder.bottom(page) - y)
    map_height = max(builder.bottom(page) - y - figures_height - 14, MIN_MAP_HEIGHT)
    region = _map_panel(builder, panel, content.crs, page, (MARGIN, y, width, map_height))
    y += map_height + 4
    y += builder.text(panel.key_figures_title, page, y, 11, True, ACCENT) + 1
    frame.attemptMove(QgsLayoutPoint(MARGIN, y, MM), True, False, page)
    return region


class Section:
    """New pages of one section of the report: the first starts with the section's title."""

    def __init__(self, builder: PageBuilder, title: str) -> None:
        self.builder = builder
        self.title = title
        self.started = False

    def __call__(self, landscape: bool = False) -> Tuple[int, float]:
        page = self.builder.new_page(landscape)
        if self.started:
            return page, 14.0
        self.started = True
        return page, 12 + self.builder.text(self.title, page, 12, 14, True, ACCENT) + 3


def build_report(project: QgsProject, content: ReportContent) -> Tuple[QgsPrintLayout, List[QRectF]]:
    """The multi-page report layout and, per map, the layout region holding map, legend and scale bar."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().clear()
    layout.setName(content.title)
    builder = PageBuilder(layout, content.locale)
    regions = [_map_page(builder, content, panel, n == 0) for n, panel in enumerate(content.maps)]

    new_page = Section(builder, content.charts_title)
    page, y = None, 0.0
    for row in content.charts:
        caption_font = _font(10, True)
        caption = QgsLayoutUtils.textHeightMM(caption_font, "\n".join(wrap(row.caption, caption_font, 184)))
        if page is None or y + caption + CHART_HEIGHT + 4 > builder.bottom(page):
            page, y = new_page()
        y += builder.text(row.caption, page, y, 10, True)
        total = sum(row.widths)
        x = MARGIN
        for image, share in zip(row.images, row.widths):
            w = builder.width(page) * share / total
            builder.picture(image, page, x, y + 1, w - 2, CHART_HEIGHT)
            x += w
        y += CHART_HEIGHT + 6

    builder.flow_tables(content.tables, None, 0.0, Section(builder, content.tables_title))

    new_page = Section(builder, content.notes_title)
    page, y = new_page()
    page, y = builder.paragraphs(content.notes, page, y, 9, new_page)
    if content.references:
        if y + 20 > builder.bottom(page):
            page, y = new_page()
        y += builder.text(content.references_title, page, y + 2, 11, True, ACCENT) + 4
        builder.paragraphs(content.references, page, y, 8, new_page)
    builder.footers(content.footer)
    return layout, regions


def build_sheet(
    project: QgsProject,
    title: str,
    subtitle: str,
    footer: str,
    table: Table,
    chart: Optional[Path] = None,
    locale: Optional[QLocale] = None,
) -> QgsPrintLayout:
    """The city sheet (A4 landscape): cities side by side in a table, with a comparison chart beside it
    (or on the next page when the table needs the whole width)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().clear()
    layout.setName(title)
    builder = PageBuilder(layout, locale)
    page = builder.new_page(landscape=True)
    width = builder.width(page)
    y = 10 + builder.text(title, page, 10, 16, True, ACCENT)
    y += builder.text(subtitle, page, y, 9.5, False, GREY) + 3
    beside = chart is not None and column_widths(table, width * 0.58) is not None
    if beside:
        builder.table(table, page, MARGIN, y, width * 0.58)
        builder.picture(chart, page, MARGIN + width * 0.58 + 4, y, width * 0.42 - 4, builder.bottom(page) - y)
    else:

        def new_page(landscape: bool = True) -> Tuple[int, float]:
            return builder.new_page(True), 14.0

        page, _ = builder.flow_tables([Table("", table.header, table.rows, table.numeric)], page, y, new_page)
        if chart is not None:
            page, y = new_page()
            builder.picture(chart, page, MARGIN, y, width, builder.bottom(page) - y)
    builder.footers(footer)
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
