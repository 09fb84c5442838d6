"""The meeting brief as a PDF page, and on a printer, through Qt's rich-text engine.

Qt's QTextDocument + QPdfWriter give a real, searchable PDF without another dependency,
so this lives with the rest of the Qt code in ``ui/``. The core (``circlesoftrust/``)
never imports Qt or ``ui``; the CLI loads this module at run time inside the
``brief --format pdf`` code path only (the issue's one sanctioned use of Qt by the CLI),
and the app imports it where it prints.

No display is needed: without a Qt application one is created on the "offscreen"
platform. The brief is laid out page by page at the paper's real size; when a long
account would spill onto a second page, the fonts are shrunk step by step so a typical
account always fits on one page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from circlesoftrust.brief import Brief
from circlesoftrust.brief_render import (
    CHART_HEIGHT,
    CHART_URL,
    CHART_WIDTH,
    render_html,
    revenue_svg,
)
from circlesoftrust.errors import ValidationError

__all__ = [
    "PAPERS",
    "PdfResult",
    "brief_document",
    "ensure_gui_application",
    "fit_to_page",
    "write_pdf",
]

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 11.0
LAYOUT_DPI = 96
# Font scales tried in turn until the brief fits on one page.
_SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68)
_app: QGuiApplication | None = None


@dataclass(frozen=True)
class PdfResult:
    path: str
    pages: int
    paper: str
    scale: float  # the font scale that made it fit (1.0 = as designed)


def ensure_gui_application() -> None:
    """Qt's text layout needs a QGuiApplication; make an offscreen one if there is none."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([])


def paper_size(paper: str) -> QPageSize:
    key = paper.strip().lower()
    if key not in PAPERS:
        raise ValidationError(
            "paper",
            QCoreApplication.translate("BriefPdf", "{paper!r} is not a4 or letter").format(
                paper=paper
            ),
        )
    return QPageSize(PAPERS[key])


def chart_image(brief: Brief, *, dpr: float = 4.0) -> QImage:
    """The revenue chart (the HTML's inline SVG) as a sharp picture for Qt's text engine."""
    svg = revenue_svg(brief.revenue, brief.ring_colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(int(CHART_WIDTH * dpr), int(CHART_HEIGHT * dpr), QImage.Format.Format_ARGB32)
    image.fill(0)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, CHART_WIDTH, CHART_HEIGHT))
    painter.end()
    return image


def _layout_device() -> QImage:
    """A 96-dpi paint device for the layout: CSS pixels (the chart's width="300") and
    points then mean what they mean in a browser, whatever the printer's resolution;
    QTextDocument.print_ scales the laid-out pages to the printer."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def brief_document(
    brief: Brief, device: QPdfWriter | QPrinter, *, scale: float = 1.0
) -> QTextDocument:
    """The brief laid out in pages of ``device``'s printable area (PDF writer or printer)."""
    ensure_gui_application()
    doc = QTextDocument()
    layout_device = _layout_device()
    doc.setProperty("cot_layout_device", layout_device)  # kept alive with the document
    doc.documentLayout().setPaintDevice(layout_device)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart_image(brief))
    doc.setHtml(render_html(brief, for_qt=True, scale=scale))
    frame = doc.rootFrame().frameFormat()
    frame.setMargin(0)  # the page layout's margins already frame the text
    doc.rootFrame().setFrameFormat(frame)
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width() * LAYOUT_DPI / 72, rect.height() * LAYOUT_DPI / 72))
    return doc


def fit_to_page(brief: Brief, device: QPdfWriter | QPrinter) -> tuple[QTextDocument, float]:
    """The brief at the largest font scale that fits one page of ``device`` (or, for a
    very long account, the smallest scale tried), and that scale."""
    for scale in _SCALES:
        doc = brief_document(brief, device, scale=scale)
        if doc.pageCount() <= 1:
            return doc, scale
    return doc, scale


def write_pdf(brief: Brief, path: str | os.PathLike[str], *, paper: str = "a4") -> PdfResult:
    """Write the brief as a PDF (A4 or Letter). Returns the page count Qt laid out."""
    size = paper_size(paper)
    ensure_gui_application()
    target = Path(path)
    tmp = target.with_name(f".{target.name}.partial")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(
        QCoreApplication.translate("brief_pdf", "Meeting brief — {name}").format(name=brief.name)
    )
    writer.setCreator("Circles of Trust")
    writer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc, scale = fit_to_page(brief, writer)
    pages = doc.pageCount()
    doc.print_(writer)
    del writer  # finishes the file
    try:
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            "file",
            QCoreApplication.translate("BriefPdf", "cannot write {target}: {reason}").format(
                target=target, reason=exc.strerror or exc
            ),
        ) from None
    return PdfResult(str(target), pages, paper.lower(), scale)
