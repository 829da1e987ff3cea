"""What every report shares: embedded fonts, metadata, the document template, header and footer.

- `register_fonts()` embeds DejaVu Sans from `resources/fonts`, so æøå (and check-box glyphs)
  print on every machine; `FONT`/`FONT_BOLD` name it, and `<b>` works in Paragraphs.
- `ReportDoc` is a platypus document that is deterministic (`invariant=1`), tagged nb-NO, and
  carries title, author, subject and creator. `ReportDoc.build()` returns the page count.
- `PageFurniture` draws the header (title, subtitle lines) and footer ("Skrevet ut dd.mm.yyyy",
  "Side X av Y") as a page template's `onPage`; `NumberedCanvas` fills in the real total.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
AUTHOR = "Helsehus Desktop"
CREATOR = "Helsehus Desktop"
LANG = "nb-NO"

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "A3": A3}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b8c0cc")


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab; safe to call any number of times."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    # No oblique face is shipped: <i> falls back to the upright face rather than Helvetica.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def paper_size(name: str, *, landscape_: bool = False) -> tuple[float, float]:
    """The size of an "A4"/"A3" page in points, portrait unless `landscape_`."""
    try:
        size = PAGE_SIZES[name.upper()]
    except KeyError:
        raise ValueError(f"Ukjent papirformat: {name!r} (bruk A4 eller A3)") from None
    return landscape(size) if landscape_ else portrait(size)


def pdf_metadata(
    canvas: Canvas,
    title: str,
    author: str = AUTHOR,
    subject: str = "",
    *,
    keywords: Sequence[str] = (),
    lang: str = LANG,
) -> None:
    """Set title, author, subject, creator and document language on `canvas`."""
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    if keywords:
        canvas.setKeywords(list(keywords))
    set_lang = getattr(canvas, "setLang", None)
    if callable(set_lang):  # not in reportlab 4.x/5.1; only the constructor takes `lang`
        set_lang(lang)
    else:
        canvas._doc.Catalog.Lang = PDFString(lang)


def text_styles(size: float = 9) -> dict[str, ParagraphStyle]:
    """Paragraph styles in DejaVu Sans: body, small, muted, heading, title."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.25, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25),
        "muted": ParagraphStyle(
            "muted", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.3,
            spaceAfter=6,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 6,
            leading=(size + 6) * 1.25,
            spaceAfter=8,
        ),
    }


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it saves: "Side X av Y" with the real Y.

    Pages are held back until `save()`; then each page's deferred label (see
    `defer_page_label`) is drawn with the total filled in. `page_count` is set after saving.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._page_label: tuple[float, float, str, str, str, float] | None = None
        self.page_count = 0

    def defer_page_label(
        self,
        x: float,
        y: float,
        *,
        align: str = "right",
        template: str = "Side {page} av {pages}",
        font: str = FONT,
        size: float = 8,
    ) -> None:
        """Draw `template` at (x, y) on this page once the page count is known."""
        self._page_label = (x, y, align, template, font, size)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._page_label = None
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            if self._page_label is not None:
                x, y, align, template, font, size = self._page_label
                text = template.format(page=self._pageNumber, pages=total)
                self.saveState()
                self.setFont(font, size)
                self.setFillColor(INK)
                if align == "left":
                    self.drawString(x, y, text)
                elif align == "center":
                    self.drawCentredString(x, y, text)
                else:
                    self.drawRightString(x, y, text)
                self.restoreState()
            Canvas.showPage(self)
        self._held_pages = []
        self.page_count = total
        Canvas.save(self)


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """Header and footer for a page template: use an instance as `onPage`.

    Header: `title` in bold, `subtitle` lines under it (shrunk to stay clear of
    `reserve_right`), a rule. Footer: a rule,
    "Skrevet ut dd.mm.yyyy" on the left, "Side X av Y" on the right (needs `NumberedCanvas`).
    `frame_box()` gives the room left between them.
    """

    title: str
    printed_on: date
    subtitle: tuple[str, ...] = ()
    margin: float = 28.0
    top: float = 22.0
    bottom: float = 20.0
    title_size: float = 13.0
    small_size: float = 8.5
    reserve_right: float = 0.0  # header width kept free on the right for page-specific items

    @property
    def header_height(self) -> float:
        return self.title_size * 1.15 + len(self.subtitle) * self.small_size * 1.3 + 8

    @property
    def footer_height(self) -> float:
        return self.small_size + 9

    def frame_box(self, pagesize: tuple[float, float]) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the area between header and footer."""
        w, h = pagesize
        y0 = self.bottom + self.footer_height + 4
        y1 = h - self.top - self.header_height - 4
        return (self.margin, y0, w - 2 * self.margin, y1 - y0)

    def __call__(self, canvas: Canvas, doc: Any = None) -> None:
        register_fonts()
        w, h = canvas._pagesize
        left, right = self.margin, w - self.margin
        canvas.saveState()
        canvas.setFillColor(INK)
        y = h - self.top - self.title_size
        room = right - left - self.reserve_right
        canvas.setFont(FONT_BOLD, _fitting(self.title, FONT_BOLD, self.title_size, room))
        canvas.drawString(left, y, self.title)
        canvas.setFillColor(MUTED)
        for line in self.subtitle:
            y -= self.small_size * 1.3
            canvas.setFont(FONT, _fitting(line, FONT, self.small_size, room))
            canvas.drawString(left, y, line)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = h - self.top - self.header_height
        canvas.line(left, rule_y, right, rule_y)
        foot_rule = self.bottom + self.footer_height
        canvas.line(left, foot_rule, right, foot_rule)
        canvas.setFillColor(INK)
        canvas.drawString(left, self.bottom, f"Skrevet ut {format_day(self.printed_on)}")
        canvas.restoreState()
        if isinstance(canvas, NumberedCanvas):
            canvas.defer_page_label(right, self.bottom, size=self.small_size)


def _fitting(text: str, font: str, size: float, width: float, smallest: float = 5.5) -> float:
    """`size`, or smaller (not below `smallest`) so that `text` fits in `width`."""
    natural = pdfmetrics.stringWidth(text, font, size)
    return size if natural <= width else max(smallest, size * width / natural)


class ReportDoc(BaseDocTemplate):
    """A deterministic, nb-NO tagged platypus document with metadata set."""

    def __init__(
        self,
        out: str | os.PathLike[str] | BinaryIO,
        *,
        pagesize: tuple[float, float],
        title: str,
        subject: str = "",
        author: str = AUTHOR,
        **kwargs: Any,
    ) -> None:
        register_fonts()
        # A file is written beside its final name and moved into place when whole, so a full
        # disk or a crash never leaves a half PDF or destroys the previous copy.
        self._final: Path | None = None
        target: str | BinaryIO
        if isinstance(out, str | os.PathLike):
            self._final = Path(out)
            target = str(self._final.with_name(self._final.name + ".part"))
        else:
            target = out
        kwargs.setdefault("leftMargin", 28)
        kwargs.setdefault("rightMargin", 28)
        kwargs.setdefault("topMargin", 28)
        kwargs.setdefault("bottomMargin", 28)
        super().__init__(
            target,
            pagesize=pagesize,
            title=title,
            author=author,
            subject=subject,
            creator=CREATOR,
            lang=LANG,
            invariant=1,
            displayDocTitle=1,
            initialFontName=FONT,
            **kwargs,
        )

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        pdf_metadata(self.canv, self.title, self.author, self.subject)
        super().handle_documentBegin()

    def build(
        self,
        flowables: list[Flowable],
        filename: Any = None,  # type: ignore[override]
        canvasmaker: Callable[..., Canvas] = NumberedCanvas,
    ) -> int:
        """Lay out `flowables`; return the number of pages written."""
        try:
            super().build(flowables, filename=filename, canvasmaker=canvasmaker)
            if self._final is not None:
                os.replace(self.filename, self._final)
        except BaseException as exc:
            if self._final is not None:
                Path(self.filename).unlink(missing_ok=True)
                if isinstance(exc, OSError) and exc.filename is None:
                    exc.filename = str(self._final)  # reportlab's errors name no file
            raise
        canv = self.canv
        return getattr(canv, "page_count", 0) or canv.getPageNumber() - 1
