"""Printed minutes and agenda of one meeting of a resource group: A4 portrait, Norwegian.

The minutes are the record of the meeting: who came (and which required unit had nobody there),
what was said and decided per agenda item, which pathways were reviewed, the figures the group
watches, and the action items with owner, due date and status. Action items are shown as they
stood at the meeting: an item closed at a later meeting is still open in these minutes, and
"forfalt" means its due date had passed by the meeting's date.

Patients are named by initials unless the user chose to print names; the header of every page
names the series and the date, so a loose page can be put back.

The agenda (innkalling) is what goes out before the meeting: when and where, who is invited,
the agenda items' titles, the action items still open from earlier meetings and the pathways to
review.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.meetings import (
    ABSENT,
    ACTION_STATUSES,
    ATTENDANCE,
    CANCELLED,
    DEPUTY,
    MEETING_STATUSES,
    NOT_RECORDED,
    OPEN,
    PRESENT,
    SERIES_KINDS,
    ActionItem,
    Attendance,
    Meeting,
    MeetingRecord,
    PathwayReview,
    Series,
    initials,
)
from helsehus_desktop.core.pathway import LEVEL_LABELS
from helsehus_desktop.reports.fonts import MUTED, PageFurniture
from helsehus_desktop.reports.plan_pdf import (
    FRAME_WIDTH,
    HEAD_FILL,
    WARN,
    WEEKDAYS,
    Cell,
    SignedFurniture,
    fields_table,
    grid_table,
    header_row,
    markup,
    note_line,
    para,
    portrait_doc,
    section_heading,
    styles,
)

MINUTES_SECTIONS = (
    "Oppmøte",
    "Saksliste og referat",
    "Forløp som ble gjennomgått",
    "Tall som følges",
    "Tiltak",
)
AGENDA_SECTIONS = (
    "Inviterte",
    "Saksliste",
    "Åpne tiltak fra tidligere møter",
    "Forløp til gjennomgang",
)
UNKNOWN_UNIT = "ukjent enhet"
WARN_FILL = colors.HexColor("#fbeaea")
_MUTED_HEX = f"#{MUTED.hexval()[2:]}"


# -- wording shared with the year plan ------------------------------------------------------


def day_text(day: date) -> str:
    """ "mandag 03.03.2025"."""
    return f"{WEEKDAYS[day.weekday()]} {format_day(day)}"


def moved_text(meeting: Meeting) -> str:
    """ "flyttet fra mandag 21.04.2025 (2. påskedag)", or "" when the meeting was not moved."""
    if not meeting.moved or meeting.planned_on is None:
        return ""
    reason = meeting.moved_reason.strip()
    return f"flyttet fra {day_text(meeting.planned_on)}" + (f" ({reason})" if reason else "")


def start_time(record_series: Series, meeting: Meeting) -> str:
    """ "kl. 09:00" from the meeting, else the series; "" when neither has a time."""
    time = meeting.start_time.strip() or record_series.start_time.strip()
    return f"kl. {time}" if time else ""


def place_of(series: Series, meeting: Meeting) -> str:
    return meeting.place.strip() or series.place.strip()


def unit_name(unit_names: dict[int, str], unit_id: int | None) -> str:
    if unit_id is None:
        return ""
    return unit_names.get(unit_id, UNKNOWN_UNIT)


def listing(items: Sequence[str]) -> str:
    """ "a, b og c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} og {items[-1]}"


def numbered_sections(titles: Sequence[str], parts: Sequence[list[Flowable]]) -> list[Flowable]:
    """Each part under its numbered heading ("1. Title"), in order."""
    story: list[Flowable] = []
    for number, (title, part) in enumerate(zip(titles, parts, strict=True), 1):
        story += section_heading(number, title)
        story += part
    return story


def warning_box(text: str) -> Table:
    """A line that must not be overlooked: bold, dark red, on a pale red ground."""
    st = styles()
    return Table(
        [[Paragraph(f"<b>{escape(text)}</b>", st["cell"])]],
        colWidths=[FRAME_WIDTH],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARN_FILL),
                ("BOX", (0, 0), (-1, -1), 0.8, WARN),
                ("TEXTCOLOR", (0, 0), (-1, -1), WARN),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )


# -- the shared top of both documents -------------------------------------------------------


def _furniture(kind: str, record: MeetingRecord, printed_on: date, printed_by: str) -> Any:
    series, meeting = record.series, record.meeting
    kind_label = SERIES_KINDS.get(series.kind, series.kind)
    line = " · ".join(
        part
        for part in (
            day_text(meeting.held_on),
            start_time(series, meeting),
            place_of(series, meeting),
            "" if kind_label == series.name else kind_label,
        )
        if part
    )
    furniture = PageFurniture(
        title=f"{kind} – {series.name}", printed_on=printed_on, subtitle=(line,)
    )
    return SignedFurniture(furniture, printed_by)


def _build(
    kind: str,
    subject: str,
    record: MeetingRecord,
    out: str | os.PathLike[str] | BinaryIO,
    story: list[Flowable],
    printed_by: str,
    today: date | None,
) -> int:
    """Write `story` as the `kind` ("Referat", "Innkalling") of `record`; return the pages."""
    printed_on = today or date.today()
    series, meeting = record.series, record.meeting
    doc = portrait_doc(
        out,
        _furniture(kind, record, printed_on, printed_by),
        title=f"{kind} – {series.name} {format_day(meeting.held_on)}",
        subject=subject,
    )
    return doc.build(story)


def _meeting_fields(record: MeetingRecord, *, purpose: bool) -> list[Flowable]:
    series, meeting = record.series, record.meeting
    held = day_text(meeting.held_on)
    moved = moved_text(meeting)
    kind_label = SERIES_KINDS.get(series.kind, series.kind)
    pairs = [("Møte", series.name)]
    if kind_label != series.name:
        pairs.append(("Type", kind_label))
    pairs += [
        ("Dato", f"{held}, {moved}" if moved else held),
        ("Tid", start_time(series, meeting)),
        ("Sted", place_of(series, meeting)),
        ("Status", MEETING_STATUSES.get(meeting.status, meeting.status)),
        ("Innkalt av", series.organiser),
    ]
    if purpose and series.purpose.strip():
        pairs.append(("Formål", series.purpose))
    if meeting.note.strip():
        pairs.append(("Merknad", meeting.note))
    out: list[Flowable] = [fields_table(pairs, label_width=100)]
    if meeting.status == CANCELLED:
        out += [Spacer(1, 6), warning_box("Møtet er avlyst.")]
    return out


def _patient(review: PathwayReview, include_names: bool) -> Cell:
    name = review.patient_name.strip()
    return para(name if include_names else initials(name))


def _names_note(include_names: bool) -> Paragraph:
    if include_names:
        return note_line(
            "Pasientene er oppgitt med navn. Dokumentet inneholder helseopplysninger og skal "
            "oppbevares og deles deretter."
        )
    return note_line("Pasientene er oppgitt med initialer.")


def _level(level: int) -> Cell:
    return para(LEVEL_LABELS.get(level, str(level)))


# -- action items as they stood at the meeting -----------------------------------------------


def status_at(action: ActionItem, day: date) -> tuple[str, date | None]:
    """The item's status at a meeting held on `day`, and the day it was closed if it was
    closed by then. Later updates (a later meeting closed it) do not count."""
    updates = sorted((u for u in action.history if u.on <= day), key=lambda u: u.on)
    if updates:
        status, closed = updates[-1].status, updates[-1].on
    elif action.closed_on is not None and action.closed_on > day:
        status, closed = OPEN, None
    else:
        status, closed = action.status, action.closed_on
    return (OPEN, None) if status == OPEN else (status, closed)


def overdue_at(action: ActionItem, day: date) -> bool:
    """Open at the meeting, with a due date before it."""
    return status_at(action, day)[0] == OPEN and action.due_on is not None and action.due_on < day


def _action_order(action: ActionItem, day: date) -> tuple[int, date, str]:
    status, _closed = status_at(action, day)
    rank = 0 if overdue_at(action, day) else (1 if status == OPEN else 2)
    return (rank, action.due_on or date.max, action.what.casefold())


def _what_with_history(action: ActionItem, day: date) -> Paragraph | Cell:
    updates = sorted((u for u in action.history if u.on <= day), key=lambda u: u.on)
    if len(updates) <= 1 and not any(u.note.strip() for u in updates):
        return para(action.what)
    lines = []
    for n, update in enumerate(updates):
        if update.status == OPEN:
            status = "fortsatt åpent" if n else "meldt"
        else:
            status = ACTION_STATUSES.get(update.status, update.status).lower()
        note = f": {markup(update.note)}" if update.note.strip() else ""
        lines.append(f"{format_day(update.on)} {escape(status)}{note}")
    history = "<br/>".join(lines)
    return Paragraph(
        f'{markup(action.what)}<br/><font size="7.5" color="{_MUTED_HEX}">{history}</font>',
        styles()["cell"],
    )


def _actions_table(
    actions: Sequence[ActionItem], day: date, *, with_history: bool
) -> list[Flowable]:
    rows: list[list[Any]] = [header_row("Tiltak", "Ansvarlig", "Frist", "Meldt", "Status")]
    extra: list[tuple[Any, ...]] = []
    ordered = sorted(actions, key=lambda a: _action_order(a, day))
    for row, action in enumerate(ordered, 1):
        status, closed = status_at(action, day)
        label = ACTION_STATUSES.get(status, status)
        if overdue_at(action, day):
            status_cell = para(f"{label} – forfalt", "cell_bold")
            due = para(format_day(action.due_on), "cell_bold")
            extra.append(("TEXTCOLOR", (2, row), (2, row), WARN))
            extra.append(("TEXTCOLOR", (4, row), (4, row), WARN))
            extra.append(("BACKGROUND", (0, row), (-1, row), WARN_FILL))
        else:
            status_cell = para(f"{label} {format_day(closed)}".strip())
            due = para(format_day(action.due_on), empty="ingen")
        what = _what_with_history(action, day) if with_history else para(action.what)
        rows.append(
            [what, para(action.owner), due, para(format_day(action.raised_on)), status_cell]
        )
    widths = [FRAME_WIDTH - 310, 100, 62, 62, 86]
    return [grid_table(rows, widths, extra=extra)]


def _action_counts(actions: Sequence[ActionItem], day: date) -> str:
    open_count = sum(status_at(a, day)[0] == OPEN for a in actions)
    late = sum(overdue_at(a, day) for a in actions)
    closed = len(actions) - open_count
    parts = [f"{open_count} {'åpent tiltak' if open_count == 1 else 'åpne tiltak'}"]
    if late:
        parts.append(f"{late} forfalt")
    if closed:
        parts.append(f"{closed} lukket")
    return ", ".join(parts) + "."


# -- the minutes -----------------------------------------------------------------------------


def render_minutes_pdf(
    record: MeetingRecord,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    include_names: bool = False,
    printed_by: str = "",
    today: date | None = None,
) -> int:
    """Write the minutes of `record` to `out`; return the number of pages."""
    parts = (
        _attendance(record),
        _agenda_minutes(record),
        _reviews(record, include_names),
        _figures(record),
        _actions(record),
    )
    story = _meeting_fields(record, purpose=False) + numbered_sections(MINUTES_SECTIONS, parts)
    return _build("Referat", "Møtereferat", record, out, story, printed_by, today)


def _attendance(record: MeetingRecord) -> list[Flowable]:
    series = record.series
    if not series.members:
        out: list[Flowable] = [note_line("Serien har ingen medlemmer registrert.")]
    else:
        by_member = {a.member_id: a for a in record.attendance}
        rows: list[list[Any]] = [header_row("Navn", "Rolle", "Enhet", "Oppmøte")]
        counts = dict.fromkeys(ATTENDANCE, 0)
        for member in series.members:
            seen = by_member.get(member.id or -1, Attendance(member.id or -1))
            status = seen.status if seen.status in ATTENDANCE else NOT_RECORDED
            counts[status] += 1
            rows.append(
                [
                    para(member.name),
                    para(member.role),
                    para(unit_name(record.unit_names, member.unit_id)),
                    _attendance_cell(seen),
                ]
            )
        summary = " · ".join(
            f"{label}: {counts[key]}"
            for key, label in (
                (PRESENT, "Til stede"),
                (DEPUTY, "Stedfortreder"),
                (ABSENT, "Fravær"),
                (NOT_RECORDED, "Ikke registrert"),
            )
        )
        widths = [120, 140, 150, FRAME_WIDTH - 410]
        out = [note_line(summary), grid_table(rows, widths)]
    out += _required_units(record)
    return out


def _attendance_cell(seen: Attendance) -> Cell:
    if seen.status == DEPUTY:
        deputy = seen.deputy.strip()
        return para(f"Stedfortreder: {deputy}" if deputy else "Sendte stedfortreder")
    if seen.status == PRESENT:
        return para("Til stede")
    if seen.status == ABSENT:
        return para("Fravær", "cell_bold")
    return para("Ikke registrert", "cell_muted")


def _required_units(record: MeetingRecord) -> list[Flowable]:
    series = record.series
    if not series.required_unit_ids:
        return []
    required = [unit_name(record.unit_names, uid) for uid in series.required_unit_ids]
    out: list[Flowable] = [
        Spacer(1, 4),
        note_line(f"Enheter som skal være representert: {listing(required)}."),
    ]
    recorded = any(a.status != NOT_RECORDED for a in record.attendance)
    if record.meeting.status == CANCELLED:
        return out
    if not recorded:
        return [*out, note_line("Oppmøtet er ikke registrert.")]
    missing = [unit_name(record.unit_names, uid) for uid in record.missing_unit_ids()]
    if missing:
        out += [
            Spacer(1, 3),
            warning_box(
                "Advarsel: Ingen til stede fra "
                f"{'denne enheten' if len(missing) == 1 else 'disse enhetene'}, som skal være "
                f"representert: {listing(missing)}."
            ),
        ]
    else:
        out.append(note_line("Alle enhetene som skal være representert, hadde noen til stede."))
    return out


def _agenda_minutes(record: MeetingRecord) -> list[Flowable]:
    if not record.agenda:
        return [note_line("Ingen saker på sakslisten.")]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for number, item in enumerate(record.agenda, 1):
        r = len(rows)
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), HEAD_FILL)]
        rows.append([para(f"Sak {number}: {item.title}", "cell_bold"), ""])
        rows.append([para("Referat", "cell_bold"), para(item.minutes, empty="Ikke skrevet")])
        rows.append([para("Beslutning", "cell_bold"), para(item.decision, empty="Ingen")])
    return [grid_table(rows, [90, FRAME_WIDTH - 90], header=False, extra=extra)]


def _reviews(record: MeetingRecord, include_names: bool) -> list[Flowable]:
    if not record.reviews:
        return [note_line("Ingen forløp ble gjennomgått.")]
    rows: list[list[Any]] = [header_row("Pasient", "Nivå", "Vurdering", "Oppfølging")]
    for review in record.reviews:
        rows.append(
            [
                _patient(review, include_names),
                _level(review.level),
                para(review.assessment),
                para(review.follow_up),
            ]
        )
    width = 120 if include_names else 60
    rest = (FRAME_WIDTH - width - 58) / 2
    return [_names_note(include_names), grid_table(rows, [width, 58, rest, rest])]


def _figures(record: MeetingRecord) -> list[Flowable]:
    figures = record.series.figures
    if not figures:
        return [note_line("Serien følger ingen tall.")]
    values = {v.figure_id: v for v in record.figures}
    rows: list[list[Any]] = [header_row("Tall", "Verdi", "Merknad")]
    for figure in figures:
        value = values.get(figure.id or -1)
        number = None if value is None else value.value
        rows.append(
            [
                para(figure.label),
                para(str(number), "cell_bold") if number is not None else para("", empty="–"),
                para("" if value is None else value.note, empty=""),
            ]
        )
    return [grid_table(rows, [230, 50, FRAME_WIDTH - 280])]


def _actions(record: MeetingRecord) -> list[Flowable]:
    if not record.actions:
        return [note_line("Ingen tiltak.")]
    day = record.meeting.held_on
    return [
        note_line(_action_counts(record.actions, day)),
        *_actions_table(record.actions, day, with_history=True),
    ]


# -- the agenda ------------------------------------------------------------------------------


def render_agenda_pdf(
    record: MeetingRecord,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    include_names: bool = False,
    printed_by: str = "",
    today: date | None = None,
) -> int:
    """Write the agenda (innkalling) of `record` to `out`; return the number of pages."""
    parts = (
        _invited(record),
        _agenda_titles(record),
        _carried_over(record),
        _to_review(record, include_names),
    )
    story = _meeting_fields(record, purpose=True) + numbered_sections(AGENDA_SECTIONS, parts)
    return _build("Innkalling", "Møteinnkalling", record, out, story, printed_by, today)


def _invited(record: MeetingRecord) -> list[Flowable]:
    series = record.series
    if not series.members:
        out: list[Flowable] = [note_line("Serien har ingen medlemmer registrert.")]
    else:
        rows: list[list[Any]] = [header_row("Navn", "Rolle", "Enhet")]
        rows += [
            [para(m.name), para(m.role), para(unit_name(record.unit_names, m.unit_id))]
            for m in series.members
        ]
        out = [grid_table(rows, [170, 130, FRAME_WIDTH - 300])]
    if series.required_unit_ids:
        required = [unit_name(record.unit_names, uid) for uid in series.required_unit_ids]
        out += [
            Spacer(1, 4),
            note_line(
                f"Enheter som skal være representert: {listing(required)}. "
                "Send en stedfortreder om du ikke kan komme."
            ),
        ]
    return out


def _agenda_titles(record: MeetingRecord) -> list[Flowable]:
    if not record.agenda:
        return [note_line("Ingen saker er satt opp ennå.")]
    rows: list[list[Any]] = [header_row("Sak", "Tittel")]
    rows += [[para(str(n)), para(item.title)] for n, item in enumerate(record.agenda, 1)]
    out: list[Flowable] = [grid_table(rows, [40, FRAME_WIDTH - 40])]
    if record.series.figures:
        labels = [figure.label for figure in record.series.figures]
        out += [Spacer(1, 4), note_line(f"Tall som meldes i møtet: {listing(labels)}.")]
    return out


def _carried_over(record: MeetingRecord) -> list[Flowable]:
    day, meeting_id = record.meeting.held_on, record.meeting.id
    carried = [
        a
        for a in record.actions
        if status_at(a, day)[0] == OPEN
        and not (meeting_id is not None and a.raised_meeting_id == meeting_id)
    ]
    if not carried:
        return [note_line("Ingen åpne tiltak fra tidligere møter.")]
    return [
        note_line(_action_counts(carried, day)),
        *_actions_table(carried, day, with_history=False),
    ]


def _to_review(record: MeetingRecord, include_names: bool) -> list[Flowable]:
    if not record.reviews:
        return [note_line("Ingen forløp er satt opp til gjennomgang ennå.")]
    rows: list[list[Any]] = [header_row("Pasient", "Nivå")]
    rows += [[_patient(r, include_names), _level(r.level)] for r in record.reviews]
    width = 160 if include_names else 80
    return [_names_note(include_names), grid_table(rows, [width, 80])]
