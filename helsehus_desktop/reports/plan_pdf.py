"""The printed palliative plan of one patient: A4 portrait, Norwegian, every section of the plan
tab in a fixed order, so a nurse who picks it from the contingency binder finds the same thing
in the same place for every patient.

Every page carries the patient's name, identity number (or birth date) and responsible unit in
the header, and the printed date, who printed it and "Side X av Y" in the footer: a loose page
can always be put back with the right patient. Free text is printed exactly as recorded, in
Paragraphs that wrap, inside tables that split between pages (header rows repeated, rows split
when one is taller than a page). Doses are printed as the nurse typed them from the GP's order;
nothing here computes or suggests one.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from helsehus_desktop.core.assessments import BANDS, ESAS_FILLED_BY, ESAS_ITEMS, MOBID_RELEVANT
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.identity import (
    KIND_LABELS,
    InvalidIdentityNumber,
    normalize,
    parse_identity_number,
)
from helsehus_desktop.core.pathway import (
    CONTACT_TIMES,
    CPR_STATUS,
    END_REASONS,
    ENDED,
    LEVEL_DESCRIPTIONS,
    LEVEL_LABELS,
    PLAN_STEP_MEANINGS,
    QUESTION_IMPROVE,
    QUESTION_PREVENT,
    STATUS_LABELS,
    TEAM_ROLES,
    YES_NO,
    ActivityItem,
    AcuteScenario,
    ChecklistEntry,
    Patient,
    PatientPlan,
    PlanStep,
)
from helsehus_desktop.core.templates import MobidForm
from helsehus_desktop.reports.fonts import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PageFurniture,
    ReportDoc,
    text_styles,
)
from helsehus_desktop.reports.trend_chart import band_legend, trend_drawing

SECTIONS = (
    "Pasientopplysninger",
    "Forløpsnivå og status",
    "To spørsmål for forløpet",
    "Stopp-punkter for evaluering",
    "Forhåndssamtale",
    "Plan A, B, C",
    "Forberedelse til akutte endringer",
    "Kontaktplan",
    "Palliativt ressursteam",
    "Aktiviteter i forløpet",
    "Sjekkliste ved forventet hjemmedød",
    "ESAS-r – siste registrering og utvikling",
    "MOBID-2 smerteskala – siste registrering og utvikling",
)
NOT_RECORDED = "Ikke registrert"
NOT_REQUIRED = "ikke lenger krav for dette forløpet"
NOT_ASSESSED = "ikke vurdert"
CHECKED, UNCHECKED = "☑", "☐"
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

ACCENT = colors.HexColor("#1d4e89")
GRID = colors.HexColor("#c5ccd6")
HEAD_FILL = colors.HexColor("#e8edf3")
GROUP_FILL = colors.HexColor("#f3f5f8")
WARN = colors.HexColor("#9b2c2c")
PAGE = A4
FRAME_WIDTH = PAGE[0] - 2 * 28.0
CELL_PAD_X = 8.0  # left + right padding in a table cell


# -- building blocks shared by the plan, the binder index and the blank forms -----------------


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the printed documents (made once; they never change)."""
    base = text_styles(9)
    body = base["body"]
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.6)
    return {
        **base,
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        "cell_muted": ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        "th": ParagraphStyle("th", parent=cell, fontName=FONT_BOLD, fontSize=8, leading=10),
        "glyph": ParagraphStyle("glyph", parent=cell, fontSize=11, leading=12, alignment=1),
        "section": ParagraphStyle(
            "section",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "sub": ParagraphStyle(
            "sub",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "note": ParagraphStyle("note", parent=body, textColor=MUTED, spaceBefore=2, spaceAfter=2),
        "level": ParagraphStyle(
            "level", parent=body, fontName=FONT_BOLD, fontSize=15, leading=18, textColor=ACCENT
        ),
    }


def markup(text: str) -> str:
    """Recorded text as Paragraph markup: escaped, line breaks kept."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True, slots=True)
class Cell:
    """Recorded text for a table cell in a named style. The table prints it as a plain string
    when it fits on one line (most cells: dates, names, numbers) and as a wrapping Paragraph
    when it does not; plain strings cost a fraction of a Paragraph to lay out and draw."""

    text: str
    style: str = "cell"


def para(text: str, style: str = "cell", *, empty: str = "–") -> Cell:
    """A cell of recorded (plain) text; `empty` stands in for nothing recorded."""
    if not text.strip():
        return Cell(empty, "cell_muted" if style == "cell" else style)
    return Cell(text.strip(), style)


def _resolve(
    rows: list[list[Any]], widths: Sequence[float], commands: Sequence[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Turn every `Cell` in `rows` into a string or a Paragraph (see `Cell`); return the style
    commands the strings need."""
    st = styles()
    spans: dict[tuple[int, int], float] = {}
    for cmd in commands:
        if cmd[0] == "SPAN":
            (c0, r0), (c1, _r1) = cmd[1], cmd[2]
            c0, c1 = c0 % len(widths), c1 % len(widths)
            spans[(r0 % len(rows), c0)] = sum(widths[c0 : c1 + 1])
    out: list[tuple[Any, ...]] = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not isinstance(cell, Cell):
                continue
            style = st[cell.style]
            room = spans.get((r, c), widths[c]) - CELL_PAD_X
            if "\n" in cell.text or stringWidth(cell.text, style.fontName, style.fontSize) > room:
                row[c] = Paragraph(markup(cell.text), style)
                continue
            row[c] = cell.text
            if cell.style != "cell":
                at = ((c, r), (c, r))
                out += [
                    ("FONT", *at, style.fontName, style.fontSize, style.leading),
                    ("TEXTCOLOR", *at, style.textColor),
                ]
                if style.alignment == TA_CENTER:
                    out.append(("ALIGN", *at, "CENTER"))
    return out


MIN_ROW_PIECE = 30.0  # points: a row split over a page break leaves at least this much behind


class SplitTable(Table):
    """A table that splits between rows where it can and inside a tall row where it must,
    without the glitch of reportlab's own order: split between rows first, then, in the space
    left on the same page, the remainder split inside its first row, so that the repeated
    header rows and a sliver of a row print in the middle of the page. Here, when the space
    left after the last whole row would hold the header and a piece of the next row, that row
    is split right away; otherwise the rest goes to the next page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        by_row: list[Flowable] = self._splitRows(availHeight, doInRowSplit=0)
        if len(by_row) != 2 or not self.splitInRow:
            return by_row or self._splitRows(availHeight, doInRowSplit=1)
        first = by_row[0]
        assert isinstance(first, Table)
        used = sum(self._rowHeights[: len(first._cellvalues)])
        repeat = self.repeatRows
        header_rows = repeat if isinstance(repeat, int) else len(repeat)
        header = sum(self._rowHeights[:header_rows])
        # reportlab splits a row when the piece left for it, plus one point, reaches splitInRow
        if availHeight - used - header + 1 < self.splitInRow:
            return by_row
        return self._splitRows(availHeight, doInRowSplit=1) or by_row


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    style: list[tuple[Any, ...]],
    **kwargs: Any,
) -> Table:
    base = styles()["cell"]
    style = [("FONT", (0, 0), (-1, -1), base.fontName, base.fontSize, base.leading), *style]
    style += [("TEXTCOLOR", (0, 0), (-1, -1), INK), *_resolve(rows, widths, style)]
    return SplitTable(
        rows, colWidths=list(widths), hAlign="LEFT", style=TableStyle(style), **kwargs
    )


def grid_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Iterable[tuple[Any, ...]] = (),
    repeat: int | None = None,
) -> Table:
    """A table with a light grid that splits between pages, its header row repeated."""
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    style.extend(extra)
    return _table(
        rows,
        widths,
        style,
        repeatRows=(1 if header else 0) if repeat is None else repeat,
        splitInRow=MIN_ROW_PIECE,
    )


def header_row(*titles: str) -> list[Cell]:
    return [Cell(t, "th") for t in titles]


def check_glyph(done: bool) -> Cell:
    return Cell(CHECKED if done else UNCHECKED, "glyph")


def identity_text(patient: Patient) -> str:
    """ "Fødselsnummer 010180 12345" (or D-nummer ...), or "Født dd.mm.yyyy" with no number."""
    if not patient.identity_number.strip():
        return f"Født {format_day(patient.birth_date)}"
    digits = normalize(patient.identity_number)
    try:
        label = KIND_LABELS[parse_identity_number(digits).kind]
    except InvalidIdentityNumber:
        label = "identitetsnummer"
    shown = f"{digits[:6]} {digits[6:]}" if len(digits) == 11 else patient.identity_number
    return f"{label[:1].upper()}{label[1:]} {shown}"


def time_text(at: datetime) -> str:
    return f"{format_day(at.date())} kl. {at.hour:02d}:{at.minute:02d}"


@dataclass(frozen=True, slots=True)
class SignedFurniture:
    """`PageFurniture` plus "Utskrevet av <name>" in the middle of the footer."""

    furniture: PageFurniture
    printed_by: str

    def __call__(self, canvas: Canvas, doc: Any = None) -> None:
        self.furniture(canvas, doc)
        f = self.furniture
        width = canvas._pagesize[0]
        text = f"Utskrevet av {self.printed_by.strip() or '–'}"
        room = width - 2 * f.margin - 220
        size = max(6.0, min(f.small_size, f.small_size * room / stringWidth(text, FONT, 8.5)))
        while stringWidth(text, FONT, size) > room:  # too long even when small: cut it
            text = text[:-2] + "…"
        canvas.saveState()
        canvas.setFont(FONT, size)
        canvas.setFillColor(INK)
        canvas.drawCentredString(width / 2, f.bottom, text)
        canvas.restoreState()


def portrait_doc(
    out: str | os.PathLike[str] | BinaryIO,
    furniture: PageFurniture | SignedFurniture,
    *,
    title: str,
    subject: str,
) -> ReportDoc:
    """An A4 portrait `ReportDoc` with one page template drawing `furniture`."""
    box = furniture.furniture if isinstance(furniture, SignedFurniture) else furniture
    x, y, w, h = box.frame_box(PAGE)
    doc = ReportDoc(out, pagesize=PAGE, title=title, subject=subject)
    doc.addPageTemplates(
        [PageTemplate("page", [Frame(x, y, w, h, 0, 0, 0, 0, id="body")], onPage=furniture)]
    )
    return doc


# -- the plan ---------------------------------------------------------------------------------


def render_plan_pdf(
    plan: PatientPlan,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    printed_on: date,
    printed_by: str,
    mobid_form: MobidForm,
) -> int:
    """Write the plan of `plan.patient` to `out`; return the number of pages."""
    patient = plan.patient
    furniture = PageFurniture(
        title=f"Palliativ plan – {patient.name}",
        printed_on=printed_on,
        subtitle=(f"{identity_text(patient)} · Ansvarlig enhet: {plan.unit_name or 'ikke valgt'}",),
    )
    doc = portrait_doc(
        out,
        SignedFurniture(furniture, printed_by),
        title=f"Palliativ plan – {patient.name}",
        subject="Palliativ plan",
    )
    story: list[Flowable] = _summary(plan, printed_on)
    for number, (title, part) in enumerate(
        zip(SECTIONS, _sections(plan, printed_on, mobid_form), strict=True), 1
    ):
        story += section_heading(number, title)
        story += part
    return doc.build(story)


def _sections(plan: PatientPlan, today: date, form: MobidForm) -> list[list[Flowable]]:
    return [
        _patient_details(plan),
        _pathway(plan),
        _questions(plan),
        _stop_points(plan, today),
        _advance_care(plan),
        _plan_abc(plan),
        _acute(plan.scenarios),
        _contact_plan(plan),
        _team(plan),
        _activities(plan.activities),
        _home_death(plan.home_death),
        _esas(plan),
        _mobid(plan, form),
    ]


def section_heading(number: int, title: str) -> list[Flowable]:
    """ "n. Title" in the accent colour over a rule, kept with what follows."""
    rule = HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=5)
    rule.keepWithNext = 1  # type: ignore[attr-defined]
    return [Paragraph(f"{number}. {escape(title)}", styles()["section"]), rule]


def sub_heading(title: str) -> Paragraph:
    """A bold heading inside a section, kept with what follows."""
    return Paragraph(escape(title), styles()["sub"])


def note_line(text: str = NOT_RECORDED) -> Paragraph:
    """A muted line of plain text: "nothing recorded", a count, a caption."""
    return Paragraph(escape(text), styles()["note"])


def fields_table(pairs: Sequence[tuple[str, str]], label_width: float = 150) -> Table:
    """Label and value in two columns, rows split by light lines."""
    rows: list[list[Any]] = [[para(label, "cell_bold"), para(value)] for label, value in pairs]
    style: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return _table(rows, [label_width, FRAME_WIDTH - label_width], style, splitInRow=MIN_ROW_PIECE)


def _with_phone(name: str, phone: str) -> str:
    if name.strip() and phone.strip():
        return f"{name.strip()}, tlf. {phone.strip()}"
    return name.strip() or (f"tlf. {phone.strip()}" if phone.strip() else "")


def _summary(plan: PatientPlan, today: date) -> list[Flowable]:
    """The top of page 1: level, status and the next stop point at a glance."""
    st = styles()
    pathway = plan.pathway
    nxt = plan.next_stop_point()
    if nxt is None:
        stop = "Ingen planlagt"
    else:
        stop = format_day(nxt.due_on) + (" – forfalt" if nxt.overdue(today) else "")
    cells = [
        Paragraph(escape(LEVEL_LABELS.get(pathway.level, str(pathway.level))), st["level"]),
        Paragraph(f"Status<br/><b>{escape(_status_text(plan))}</b>", st["cell"]),
        Paragraph(f"Neste stopp-punkt<br/><b>{escape(stop)}</b>", st["cell"]),
    ]
    table = Table(
        [cells],
        colWidths=[120, 230, FRAME_WIDTH - 350],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), GROUP_FILL),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    return [table, Spacer(1, 2)]


def _status_text(plan: PatientPlan) -> str:
    pathway = plan.pathway
    status = STATUS_LABELS.get(pathway.status, pathway.status)
    text = f"{status}, startet {format_day(pathway.start_date)}"
    if pathway.status == ENDED:
        text += f", avsluttet {format_day(pathway.ended_on)}"
        if pathway.end_reason:
            text += f" ({END_REASONS.get(pathway.end_reason, pathway.end_reason)})"
    return text


def _patient_details(plan: PatientPlan) -> list[Flowable]:
    p = plan.patient
    language = p.language.strip()
    if p.interpreter_needed:
        language = f"{language} – trenger tolk" if language else "Trenger tolk"
    elif language:
        language += " – trenger ikke tolk"
    pairs = [
        ("Navn", p.name),
        ("Fødselsnummer / D-nummer", identity_text(p) if p.identity_number.strip() else ""),
        ("Fødselsdato", format_day(p.birth_date)),
        ("Adresse", p.address),
        ("Språk og tolk", language),
        ("Fastlege", _with_phone(p.gp_name, p.gp_phone)),
        ("Nærmeste pårørende", _with_phone(p.next_of_kin_name, p.next_of_kin_phone)),
        ("Kontaktsykepleier", p.contact_nurse),
        ("Ansvarlig enhet", plan.unit_name),
    ]
    return [fields_table(pairs)]


def _pathway(plan: PatientPlan) -> list[Flowable]:
    pathway = plan.pathway
    level = LEVEL_LABELS.get(pathway.level, str(pathway.level))
    description = LEVEL_DESCRIPTIONS.get(pathway.level, "")
    out: list[Flowable] = [
        fields_table(
            [
                ("Forløpsnivå", f"{level}: {description}" if description else level),
                ("Status", _status_text(plan)),
            ]
        ),
        sub_heading("Endringer av forløpsnivå"),
    ]
    if not plan.level_history:
        return [*out, note_line(), *_reviews(plan)]
    rows = [header_row("Dato", "Fra", "Til", "Begrunnelse", "Endret av")]
    for change in sorted(plan.level_history, key=lambda c: c.changed_on):
        origin = "Start" if change.from_level is None else LEVEL_LABELS.get(change.from_level, "")
        rows.append(
            [
                para(format_day(change.changed_on)),
                para(origin),
                para(LEVEL_LABELS.get(change.to_level, str(change.to_level))),
                para(change.reason),
                para(change.actor),
            ]
        )
    return [*out, grid_table(rows, [62, 58, 58, 241, 120]), *_reviews(plan)]


def _reviews(plan: PatientPlan) -> list[Flowable]:
    """The meetings that reviewed the pathway, with what they found and agreed."""
    out: list[Flowable] = [sub_heading("Gjennomgått i møter")]
    if not plan.reviews:
        return [*out, note_line("Ikke gjennomgått i noe møte.")]
    rows = [header_row("Dato", "Møte", "Vurdering", "Oppfølging")]
    for review in sorted(plan.reviews, key=lambda r: r.held_on):
        rows.append(
            [
                para(format_day(review.held_on)),
                para(review.series_name),
                para(review.assessment),
                para(review.follow_up),
            ]
        )
    rest = (FRAME_WIDTH - 62 - 150) / 2
    return [*out, grid_table(rows, [62, 150, rest, rest])]


def _questions(plan: PatientPlan) -> list[Flowable]:
    out: list[Flowable] = []
    for question, answer in (
        (QUESTION_PREVENT, plan.pathway.prevent_escalation),
        (QUESTION_IMPROVE, plan.pathway.enable_improvement),
    ):
        out.append(sub_heading(question))
        if answer.strip():
            out.append(Paragraph(markup(answer), styles()["body"]))
        else:
            out.append(note_line("Ikke besvart"))
    return out


def _stop_points(plan: PatientPlan, today: date) -> list[Flowable]:
    if not plan.stop_points:
        return [note_line("Ingen stopp-punkter registrert")]
    rows = [header_row("Frist", "Evaluert", "Resultat av evalueringen")]
    extra: list[tuple[Any, ...]] = []
    for row, point in enumerate(sorted(plan.stop_points, key=lambda p: p.due_on), 1):
        if point.evaluated_on is not None:
            evaluated = para(format_day(point.evaluated_on))
        elif point.overdue(today):
            evaluated = para("Forfalt, ikke evaluert", "cell_bold")
            extra.append(("TEXTCOLOR", (1, row), (1, row), WARN))
        else:
            evaluated = para("Ikke evaluert ennå", "cell_muted")
        rows.append([para(format_day(point.due_on)), evaluated, para(point.outcome)])
    return [grid_table(rows, [70, 110, FRAME_WIDTH - 180], extra=extra)]


def _advance_care(plan: PatientPlan) -> list[Flowable]:
    acp = plan.advance_care
    if acp == type(acp)():
        return [note_line()]
    pairs = [
        ("Dato for samtalen", format_day(acp.held_on)),
        ("Deltakere", acp.participants),
        ("Hva er viktig for pasienten", acp.what_matters),
        ("Ønsket sted for omsorg", acp.preferred_place_of_care),
        ("Ønsket sted å dø", acp.preferred_place_of_death),
        ("Innleggelse i sykehus", YES_NO.get(acp.hospital_admission, acp.hospital_admission)),
        ("Respiratorbehandling", YES_NO.get(acp.respirator, acp.respirator)),
        ("HLR-status", CPR_STATUS.get(acp.cpr_status, acp.cpr_status)),
        ("Infeksjonsbehandling", acp.infection_treatment),
        ("Andre begrensninger", acp.other_limits),
        ("Flagget i journalen (HP)", "Ja" if acp.flagged_in_record else "Nei"),
    ]
    return [fields_table(pairs)]


PLAN_WIDTHS = (128, 103, 88, 110, 110)


def _plan_step(step: PlanStep) -> list[Flowable]:
    """Two tables that print as one: when and measures under the step's title, then the
    medication lines and whom to call, whose header rows repeat on every page they run on."""
    meaning = PLAN_STEP_MEANINGS.get(step.step, "")
    title = f"Plan {step.step}" + (f" – {meaning}" if meaning else "")
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []

    def banner(text: str, fill: colors.Color) -> None:
        extra.extend(
            [
                ("SPAN", (0, len(rows)), (-1, len(rows))),
                ("BACKGROUND", (0, len(rows)), (-1, len(rows)), fill),
            ]
        )
        rows.append([para(text, "cell_bold"), "", "", "", ""])

    def spanned(label: str, value: Paragraph) -> None:
        extra.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append([para(label, "cell_bold"), value, "", "", ""])

    banner(title, HEAD_FILL)
    spanned("Når planen gjelder", para(step.applies_when))
    spanned("Tiltak", para(step.measures))
    when = grid_table(rows, PLAN_WIDTHS, header=False, repeat=1, extra=extra)
    rows, extra = [], []
    if not step.medications:
        spanned("Legemidler", para("", empty="Ingen legemidler registrert"))
        spanned("Hvem ringes", para(step.call_whom))
        return [when, grid_table(rows, PLAN_WIDTHS, header=False, extra=extra)]
    banner(f"Legemidler i plan {step.step}, slik de er ordinert", GROUP_FILL)
    rows.append(header_row("Legemiddel", "Dose", "Måte", "Intervall", "Maks per døgn"))
    for line in step.medications:
        rows.append(
            [
                para(line.drug),
                para(line.dose),
                para(line.route),
                para(line.interval),
                para(line.max_per_day),
            ]
        )
    spanned("Hvem ringes", para(step.call_whom))
    return [when, grid_table(rows, PLAN_WIDTHS, header=False, repeat=2, extra=extra)]


def _plan_abc(plan: PatientPlan) -> list[Flowable]:
    out: list[Flowable] = []
    for step in plan.plan_steps:
        out += [*_plan_step(step), Spacer(1, 6)]
    if not plan.plan_steps:
        out.append(note_line())
    out.append(sub_heading("Helligdager de neste 30 dagene"))
    if plan.holidays:
        rows = [header_row("Dato", "Helligdag")]
        for day, name in plan.holidays:
            rows.append([para(f"{WEEKDAYS[day.weekday()]} {format_day(day)}"), para(name)])
        out.append(grid_table(rows, [128, FRAME_WIDTH - 128]))
    else:
        out.append(note_line("Ingen helligdager de neste 30 dagene"))
    out.append(sub_heading("Sjekk av planen"))
    checks = plan.plan_checks
    out.append(
        fields_table(
            [
                ("Holder planen over helligdagene?", checks.holidays),
                ("Holder planen med bemanningen vi får?", checks.staffing),
                ("Holder planen ved akutte endringer?", checks.acute_changes),
            ],
            label_width=200,
        )
    )
    return out


def _acute(scenarios: Sequence[AcuteScenario]) -> list[Flowable]:
    out: list[Flowable] = []
    for foreseen, title in ((True, "Forutsette endringer"), (False, "Uforutsette endringer")):
        out.append(sub_heading(title))
        chosen = [s for s in scenarios if s.foreseen is foreseen]
        if not chosen:
            out.append(note_line())
            continue
        rows = [header_row("Situasjon", "Hva gjøres", "Hvem ringes")]
        rows += [[para(s.scenario), para(s.action), para(s.call_whom)] for s in chosen]
        out.append(grid_table(rows, [170, 229, 140]))
    return out


def _contact_plan(plan: PatientPlan) -> list[Flowable]:
    cp = plan.contact_plan
    if cp == type(cp)():
        return [note_line()]
    pairs = [(CONTACT_TIMES[key], getattr(cp, key)) for key in CONTACT_TIMES]
    pairs.append(("Ekstra hjemmebesøk og oppfølging", cp.extra_visits))
    return [fields_table(pairs, label_width=200)]


def _team(plan: PatientPlan) -> list[Flowable]:
    if not plan.team:
        return [note_line()]
    rows = [header_row("Rolle", "Navn", "Kontakt", "Enhet")]
    for member in plan.team:
        unit = plan.unit_names.get(member.unit_id, "") if member.unit_id is not None else ""
        rows.append(
            [
                para(TEAM_ROLES.get(member.role, member.role)),
                para(member.name),
                para(member.contact),
                para(unit),
            ]
        )
    return [grid_table(rows, [110, 140, 139, 150])]


def _check_rows(
    entries: Iterable[ActivityItem | ChecklistEntry],
) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for entry in entries:
        title = markup(entry.title)
        if isinstance(entry, ActivityItem) and not entry.required:
            title += f'<br/><font color="#{WARN.hexval()[2:]}" size="7.5">{NOT_REQUIRED}</font>'
        rows.append(
            [
                Paragraph(title, styles()["cell"]),
                check_glyph(entry.done),
                para(format_day(entry.done_on)),
                para(entry.done_by),
                para(entry.note),
            ]
        )
    return rows


CHECK_WIDTHS = (200, 42, 62, 90, FRAME_WIDTH - 394)


def _activities(items: Sequence[ActivityItem]) -> list[Flowable]:
    if not items:
        return [note_line()]
    groups: dict[str, list[ActivityItem]] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    rows: list[list[Any]] = [header_row("Aktivitet", "Utført", "Dato", "Av", "Merknad")]
    extra: list[tuple[Any, ...]] = []
    for group, members in groups.items():
        extra += [
            ("SPAN", (0, len(rows)), (-1, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_FILL),
        ]
        rows.append([para(group, "cell_bold"), "", "", "", ""])
        rows += _check_rows(members)
    done = sum(item.done for item in items if item.required)
    required = sum(item.required for item in items)
    return [
        note_line(f"{done} av {required} aktiviteter som forløpet krever, er utført."),
        grid_table(rows, CHECK_WIDTHS, extra=extra),
    ]


def _home_death(entries: Sequence[ChecklistEntry]) -> list[Flowable]:
    if not entries:
        return [note_line()]
    rows = [header_row("Punkt", "Utført", "Dato", "Av", "Merknad"), *_check_rows(entries)]
    return [grid_table(rows, CHECK_WIDTHS)]


def _band_label(score: int) -> str:
    if score == 0:
        return "ingen"
    return next((label for low, high, label in BANDS if low <= score <= high), "")


def _over_time(count: int) -> str:
    return f"Utvikling over tid ({count} registrering{'' if count == 1 else 'er'})"


def _esas(plan: PatientPlan) -> list[Flowable]:
    if not plan.esas:
        return [note_line()]
    latest = plan.esas[-1]
    filled_by = ESAS_FILLED_BY.get(latest.filled_by, latest.filled_by)
    rows = [header_row("Symptom", "Skår (0–10)", "Grad")]
    for key, label, _low, _high in ESAS_ITEMS:
        score = latest.scores.get(key)
        if score is None:
            rows.append([para(label), para(NOT_ASSESSED, "cell_muted"), para("")])
        else:
            rows.append([para(label), para(str(score), "cell_bold"), para(_band_label(score))])
    for name, score in latest.others:
        shown = NOT_ASSESSED if score is None else str(score)
        band = "" if score is None else _band_label(score)
        rows.append([para(f"Annet problem: {name}"), para(shown, "cell_bold"), para(band)])
    out: list[Flowable] = [
        note_line(f"Siste registrering {time_text(latest.at)}, fylt ut av: {filled_by}."),
        grid_table(rows, [220, 90, FRAME_WIDTH - 310]),
    ]
    cw, ch = FRAME_WIDTH / 3, 78.0
    charts = [
        trend_drawing(
            [(reg.at, reg.scores.get(key)) for reg in plan.esas],
            title=label,
            width=cw - 10,
            height=ch,
        )
        for key, label, _low, _high in ESAS_ITEMS
    ]
    grid = [charts[i : i + 3] for i in range(0, len(charts), 3)]
    small_multiples = Table(
        grid,
        colWidths=[cw] * 3,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    caption = note_line("Brudd i linjen: punktet kunne ikke vurderes.")
    trend = [
        sub_heading(_over_time(len(plan.esas))),
        small_multiples,
        band_legend(FRAME_WIDTH),
        caption,
    ]
    return [*out, KeepTogether(trend)]


def _mobid(plan: PatientPlan, form: MobidForm) -> list[Flowable]:
    if not plan.mobid:
        return [note_line()]
    latest = plan.mobid[-1]
    scored = {score.item: score for score in latest.items}
    behaviours = [b.title for b in form.behaviours]
    rows: list[list[Any]] = [header_row("Punkt", *behaviours, "Intensitet (0–10)")]
    extra: list[tuple[Any, ...]] = []

    def group(title: str) -> None:
        extra.extend(
            [
                ("SPAN", (0, len(rows)), (-1, len(rows))),
                ("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_FILL),
            ]
        )
        rows.append([para(title, "cell_bold"), "", "", "", ""])

    def item_row(title: str, key: str) -> None:
        score = scored.get(key)
        if score is None:
            rows.append([para(title), para(""), para(""), para(""), para("")])
            return
        rows.append(
            [
                para(title),
                check_glyph(score.sound),
                check_glyph(score.face),
                check_glyph(score.defence),
                para(str(score.intensity), "cell_bold"),
            ]
        )

    for part_title, items in form.parts:
        group(part_title)
        for item in items:
            item_row(item.title, item.key)
    known = {item.key for item in form.items}
    unknown = [score.item for score in latest.items if score.item not in known]
    if unknown:
        group("Punkter som ikke står i skjemaet nå")
        for key in unknown:
            item_row(key, key)
    rows.append([para("Samlet smerteintensitet", "cell_bold"), "", "", "", ""])
    rows[-1][4] = para(str(latest.overall), "cell_bold")
    extra += [
        ("SPAN", (0, len(rows) - 1), (3, len(rows) - 1)),
        ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEAD_FILL),
    ]
    chart = trend_drawing(
        [(reg.at, reg.overall) for reg in plan.mobid],
        title="Samlet smerteintensitet",
        width=FRAME_WIDTH * 0.62,
        height=100,
        threshold=MOBID_RELEVANT,
    )
    legend = band_legend(
        FRAME_WIDTH, threshold_label=f"{MOBID_RELEVANT}: vanlig grense for klinisk relevant smerte"
    )
    return [
        note_line(f"Siste registrering {time_text(latest.at)}, observatør: {latest.observer}."),
        grid_table(rows, [209, 80, 90, 90, 70], extra=extra),
        KeepTogether([sub_heading(_over_time(len(plan.mobid))), chart, Spacer(1, 3), legend]),
    ]
