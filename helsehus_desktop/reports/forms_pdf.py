"""Blank ESAS-r and MOBID-2 forms for paper use at the ward, one A4 page each.

Paper is the fallback when no PC is at hand (or the network is down), so the forms ask for the
same things, in the same order, as the registration dialogs: a nurse can type them in later
without guessing. MOBID-2 wording comes from the site's data file, so the paper matches the
form the site uses.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from helsehus_desktop.core.assessments import ESAS_FILLED_BY, ESAS_ITEMS, ESAS_OTHER_LABEL
from helsehus_desktop.core.templates import MobidForm
from helsehus_desktop.reports.fonts import FONT, INK, MUTED, PageFurniture
from helsehus_desktop.reports.plan_pdf import (
    FRAME_WIDTH,
    GRID,
    GROUP_FILL,
    HEAD_FILL,
    UNCHECKED,
    portrait_doc,
    styles,
)

OTHER_LINES = 2  # "Annet problem" rows on the ESAS-r form
NOT_ASSESSABLE = "Kunne ikke vurderes"


class BoxScale(Flowable):
    """Boxes numbered 0..10 to tick one of, numbers above the boxes."""

    def __init__(self, box: float = 16.0, gap: float = 3.0, number_size: float = 7.0) -> None:
        super().__init__()
        self.box, self.gap, self.number_size = box, gap, number_size
        self.width = 11 * box + 10 * gap
        self.height = box + number_size + 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (self.width, self.height)

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(0.7)
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        canv.setFont(FONT, self.number_size)
        for n in range(11):
            x = n * (self.box + self.gap)
            canv.rect(x, 0, self.box, self.box, stroke=1, fill=0)
            canv.drawCentredString(x + self.box / 2, self.box + 2, str(n))


def _box(label: str, size: float = 12) -> Paragraph:
    """A tick box glyph followed by `label`."""
    return Paragraph(f'<font size="{size}">{UNCHECKED}</font> {escape(label)}', styles()["cell"])


def _fields(name: str, labels: tuple[str, ...]) -> Table:
    """Write-in lines: the name (pre-filled when known) on its own row, then `labels` side by
    side."""
    st = styles()
    label = st["cell_bold"]
    filled = Paragraph(escape(name), st["body"]) if name.strip() else ""
    width_each = (FRAME_WIDTH - 50) / len(labels)
    rows: list[list[Any]] = [[Paragraph("Navn", label), filled] + [""] * (2 * len(labels) - 2)]
    second: list[Any] = []
    for text in labels:
        second += [Paragraph(escape(text), label), ""]
    rows.append(second)
    label_w = 70.0
    widths = [label_w, width_each - label_w] * len(labels)
    widths[-1] += FRAME_WIDTH - sum(widths)
    style: list[tuple[Any, ...]] = [
        ("SPAN", (1, 0), (-1, 0)),
        ("LINEBELOW", (1, 0), (-1, 0), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    for n in range(len(labels)):
        col = 2 * n + 1
        style.append(("LINEBELOW", (col, 1), (col, 1), 0.6, INK))
        style.append(("RIGHTPADDING", (col, 1), (col, 1), 14))
    return Table(rows, colWidths=widths, hAlign="LEFT", style=TableStyle(style))


def _note(text: str) -> Paragraph:
    return Paragraph(escape(text), styles()["note"])


def _lines(label: str, count: int) -> Table:
    """A label and `count` empty lines to write on."""
    rows: list[list[Any]] = [[Paragraph(escape(label), styles()["cell_bold"])]]
    rows += [[""] for _ in range(count)]
    return Table(
        rows,
        colWidths=[FRAME_WIDTH],
        rowHeights=[14] + [20] * count,
        hAlign="LEFT",
        style=TableStyle([("LINEBELOW", (0, 1), (-1, -1), 0.5, MUTED)]),
    )


def _sign_off() -> Table:
    """Who typed the paper form into the program, and when."""
    label = styles()["cell_bold"]
    return Table(
        [[Paragraph("Overført til programmet av", label), "", Paragraph("Dato", label), ""]],
        colWidths=[140, 220, 40, FRAME_WIDTH - 400],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )


def _furniture(title: str, subtitle: str, printed_on: date, patient_name: str) -> PageFurniture:
    lines = (subtitle, f"Pasient: {patient_name}") if patient_name.strip() else (subtitle,)
    return PageFurniture(title=title, printed_on=printed_on, subtitle=lines)


def render_esas_form(
    out: str | os.PathLike[str] | BinaryIO, *, printed_on: date, patient_name: str = ""
) -> int:
    """Write a blank ESAS-r form to `out` (name pre-filled when given); return the pages."""
    title = "ESAS-r – symptomregistrering"
    doc = portrait_doc(
        out,
        _furniture(
            title, "Edmonton symptomregistrering, revidert versjon", printed_on, patient_name
        ),
        title=f"{title} – {patient_name}" if patient_name.strip() else title,
        subject="Blankt ESAS-r-skjema",
    )
    st = styles()
    filled_by = [Paragraph("Fylt ut av", st["cell_bold"])]
    filled_by += [_box(label) for label in ESAS_FILLED_BY.values()]
    who = Table(
        [filled_by],
        colWidths=[72, 92, 128, 102, FRAME_WIDTH - 394],
        hAlign="LEFT",
        style=TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
        ),
    )
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = []

    low_style = ParagraphStyle("low", parent=st["small"], alignment=TA_RIGHT)

    def item(label: str, low: str, high: str, *, write_in: bool = False) -> None:
        row = len(rows)
        style.append(("BACKGROUND", (0, row), (-1, row), GROUP_FILL))
        if write_in:  # the problem's name is written on a line after the label
            style.append(("SPAN", (1, row), (2, row)))
            style.append(("LINEBELOW", (1, row), (2, row), 0.6, INK))
            style.append(("TOPPADDING", (0, row), (-1, row), 10))
        else:
            style.append(("SPAN", (0, row), (-1, row)))
        rows.append([Paragraph(escape(label), st["cell_bold"]), "", "", ""])
        rows.append(
            [
                Paragraph(escape(low), low_style),
                BoxScale(),
                Paragraph(escape(high), st["small"]),
                _box(NOT_ASSESSABLE, 11),
            ]
        )

    for _key, label, low, high in ESAS_ITEMS:
        item(label, low, high)
    for _n in range(OTHER_LINES):
        item(f"{ESAS_OTHER_LABEL}:", "Ikke noe problem", "Verst tenkelig problem", write_in=True)
    scale_w = BoxScale().width + 12
    side = (FRAME_WIDTH - scale_w - 100) / 2
    style += [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    scales = Table(
        rows, colWidths=[side, scale_w, side, 100], hAlign="LEFT", style=TableStyle(style)
    )
    story: list[Flowable] = [
        _fields(patient_name, ("Dato", "Klokkeslett")),
        Spacer(1, 6),
        who,
        Spacer(1, 4),
        _note(
            "Sett ett kryss per punkt for det tallet som best beskriver hvordan pasienten har "
            "det nå: 0 er ikke noe problem, 10 er verst tenkelig. Et punkt som ikke kan vurderes, "
            "krysses av under «Kunne ikke vurderes»; det er ikke det samme som 0."
        ),
        Spacer(1, 2),
        scales,
        Spacer(1, 8),
        _sign_off(),
    ]
    return doc.build(story)


def render_mobid_form(
    out: str | os.PathLike[str] | BinaryIO,
    form: MobidForm,
    *,
    printed_on: date,
    patient_name: str = "",
) -> int:
    """Write a blank MOBID-2 form with the wording of `form` to `out`; return the pages."""
    title = "MOBID-2 smerteskala"
    doc = portrait_doc(
        out,
        _furniture(
            title,
            "Smerteatferd hos personer med demens – fylles ut av helsepersonell",
            printed_on,
            patient_name,
        ),
        title=f"{title} – {patient_name}" if patient_name.strip() else title,
        subject="Blankt MOBID-2-skjema",
    )
    st = styles()
    scale = BoxScale(box=10.5, gap=1.6, number_size=6.5)
    rows: list[list[Any]] = [
        [
            Paragraph(escape(title), st["th"])
            for title in ("Punkt", *(b.title for b in form.behaviours), "Smerteintensitet 0–10")
        ]
    ]
    style: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]
    glyph = ParagraphStyle("tick", parent=st["glyph"], fontSize=15, leading=16)
    for part_title, items in form.parts:
        style += [
            ("SPAN", (0, len(rows)), (-1, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_FILL),
        ]
        rows.append([Paragraph(escape(part_title), st["cell_bold"]), "", "", "", ""])
        for entry in items:
            rows.append(
                [
                    Paragraph(escape(entry.title), st["cell"]),
                    Paragraph(UNCHECKED, glyph),
                    Paragraph(UNCHECKED, glyph),
                    Paragraph(UNCHECKED, glyph),
                    scale,
                ]
            )
    scale_w = scale.width + 10
    style += [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    table = Table(
        rows,
        colWidths=[FRAME_WIDTH - scale_w - 246, 70, 84, 92, scale_w],
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(style),
    )
    overall = Table(
        [
            [
                Paragraph(
                    "Samlet smerteintensitet<br/>"
                    '<font size="7.5">Helhetsvurdering ut fra alle observasjonene</font>',
                    st["cell_bold"],
                ),
                BoxScale(),
            ]
        ],
        colWidths=[FRAME_WIDTH - BoxScale().width - 12, BoxScale().width + 12],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    story: list[Flowable] = [
        _fields(patient_name, ("Dato", "Klokkeslett", "Observatør")),
        Spacer(1, 4),
        _note(
            "Kryss av for smerteatferd du observerer ved hvert punkt, og sett ett kryss for "
            "smerteintensitet fra 0 (ingen smerte) til 10 (verst tenkelig smerte). Del 1 "
            "observeres under styrte bevegelser, gjerne ved morgenstell; del 2 ut fra "
            "observasjoner gjennom vakten og siste uke."
        ),
        Spacer(1, 2),
        table,
        Spacer(1, 8),
        overall,
        Spacer(1, 6),
        _lines("Merknad", 2),
        _sign_off(),
    ]
    return doc.build(story)
