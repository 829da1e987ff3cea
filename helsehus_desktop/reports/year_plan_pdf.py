"""The year plan of a meeting series: A4 portrait, Norwegian, to hang on the wall or send out in
January. What the group is for, who calls it, the rule it meets by in words, its members and the
units that must be there, and every meeting of the year: date, weekday, time, place and status,
with the meetings a public holiday moved (and from when) and the dates it skipped.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from datetime import date
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, Spacer

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.meetings import (
    CANCELLED,
    HELD,
    MEETING_STATUSES,
    PLANNED,
    SERIES_KINDS,
    Meeting,
    Series,
)
from helsehus_desktop.core.recurrence import (
    MOVE,
    WEEK_OF_MONTH,
    WEEKLY,
    RecurrenceRule,
    ScheduledDate,
    year_schedule,
)
from helsehus_desktop.reports.fonts import PageFurniture
from helsehus_desktop.reports.minutes_pdf import (
    listing,
    moved_text,
    numbered_sections,
    place_of,
    unit_name,
)
from helsehus_desktop.reports.plan_pdf import (
    FRAME_WIDTH,
    GROUP_FILL,
    WEEKDAYS,
    SignedFurniture,
    fields_table,
    grid_table,
    header_row,
    note_line,
    para,
    portrait_doc,
)

SECTIONS = ("Medlemmer", "Møter")
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
SKIPPED = "Utgår"


def rule_text(rule: RecurrenceRule | None, start_time: str = "") -> str:
    """The rule in words: "Hver mandag kl. 09:00. Faller møtet på en helligdag, flyttes det til
    neste virkedag." """
    if rule is None:
        return "Ingen fast møteregel: gruppen møtes når den blir kalt inn."
    weekday = WEEKDAYS[rule.weekday % 7]
    if rule.kind == WEEKLY:
        if rule.every_weeks == 1:
            when = f"Hver {weekday}"
        elif rule.every_weeks == 2:
            when = f"Annenhver {weekday}"
        else:
            when = f"Hver {rule.every_weeks}. {weekday}"
    else:
        nth = WEEK_OF_MONTH.get(rule.week_of_month, "?")
        months = [MONTHS[m - 1] for m in sorted(set(rule.months)) if 1 <= m <= 12]
        count = len(months)
        times = "én gang" if count == 1 else f"{count} ganger"
        when = f"{nth.capitalize()} {weekday} i {listing(months)} ({times} i året)"
    if start_time.strip():
        when += f" kl. {start_time.strip()}"
    if rule.on_holiday == MOVE:
        holiday = "Faller møtet på en helligdag, flyttes det til neste virkedag."
    else:
        holiday = "Faller møtet på en helligdag, utgår det."
    return f"{when}. {holiday}"


def render_year_plan_pdf(
    series: Series,
    year: int,
    meetings: Sequence[Meeting],
    out: str | os.PathLike[str] | BinaryIO,
    *,
    unit_names: dict[int, str],
    printed_by: str = "",
    today: date | None = None,
) -> int:
    """Write the year plan of `series` for `year` to `out`; return the number of pages."""
    printed_on = today or date.today()
    kind = SERIES_KINDS.get(series.kind, series.kind)
    subtitle = " · ".join(
        part for part in ("" if kind == series.name else kind, series.organiser.strip()) if part
    )
    furniture = PageFurniture(
        title=f"Årsplan {year} – {series.name}",
        printed_on=printed_on,
        subtitle=(subtitle,) if subtitle else (),
    )
    doc = portrait_doc(
        out,
        SignedFurniture(furniture, printed_by),
        title=f"Årsplan {year} – {series.name}",
        subject="Årsplan for møteserie",
    )
    pairs = [("Møte", series.name)]
    if kind != series.name:
        pairs.append(("Type", kind))
    pairs += [
        ("Formål", series.purpose),
        ("Innkalt av", series.organiser),
        ("Møteregel", rule_text(series.rule, series.start_time)),
        ("Sted", series.place),
    ]
    if not series.active:
        pairs.append(("Status", "Serien er ikke lenger aktiv."))
    story: list[Flowable] = [fields_table(pairs, label_width=100)]
    parts = (_members(series, unit_names), _meetings(series, year, meetings))
    titles = (SECTIONS[0], *(f"{title} i {year}" for title in SECTIONS[1:]))
    story += numbered_sections(titles, parts)
    return doc.build(story)


def _members(series: Series, unit_names: dict[int, str]) -> list[Flowable]:
    if series.members:
        rows: list[list[Any]] = [header_row("Navn", "Rolle", "Enhet")]
        rows += [
            [para(m.name), para(m.role), para(unit_name(unit_names, m.unit_id))]
            for m in series.members
        ]
        out: list[Flowable] = [grid_table(rows, [170, 130, FRAME_WIDTH - 300])]
    else:
        out = [note_line("Serien har ingen medlemmer registrert.")]
    if series.required_unit_ids:
        required = [unit_name(unit_names, uid) for uid in series.required_unit_ids]
        out += [
            Spacer(1, 4),
            note_line(f"Enheter som skal være representert: {listing(required)}."),
        ]
    return out


def _in_year(meeting: Meeting, year: int) -> bool:
    return meeting.held_on.year == year or (
        meeting.planned_on is not None and meeting.planned_on.year == year
    )


def _skipped(series: Series, year: int, meetings: Sequence[Meeting]) -> list[ScheduledDate]:
    """Slots of the rule a holiday skipped and that have no meeting anyway."""
    if series.rule is None:
        return []
    taken = {m.planned_on or m.held_on for m in meetings} | {m.held_on for m in meetings}
    try:
        slots = year_schedule(series.rule, year)
    except FormRefused:  # a rule the schedule refuses gives no slots to show
        return []
    return [slot for slot in slots if slot.skipped and slot.planned_on not in taken]


def _meetings(series: Series, year: int, meetings: Sequence[Meeting]) -> list[Flowable]:
    chosen = sorted((m for m in meetings if _in_year(m, year)), key=lambda m: m.held_on)
    skipped = _skipped(series, year, chosen)
    if not chosen and not skipped:
        return [note_line(f"Ingen møter er satt opp for {year}.")]
    entries: list[tuple[date, Meeting | ScheduledDate]] = [(m.held_on, m) for m in chosen]
    entries += [(slot.planned_on, slot) for slot in skipped]
    entries.sort(key=lambda e: e[0])
    # Time and place get a column only when some meeting differs from the series.
    times = {m.start_time.strip() or series.start_time.strip() for m in chosen}
    places = {place_of(series, m) for m in chosen}
    show_time = times != {series.start_time.strip()} and bool(chosen)
    show_place = places != {series.place.strip()} and bool(chosen)
    columns = ["Uke", "Dato", "Ukedag"]
    widths = [30.0, 62.0, 52.0]
    if show_time:
        columns.append("Tid")
        widths.append(38)
    if show_place:
        columns.append("Sted")
        widths.append(150)
    columns += ["Status", "Merknad"]
    widths += [56, FRAME_WIDTH - sum(widths) - 56]
    rows: list[list[Any]] = [header_row(*columns)]
    extra: list[tuple[Any, ...]] = []
    for row, (day, entry) in enumerate(entries, 1):
        week = str(day.isocalendar()[1])
        weekday = WEEKDAYS[day.weekday()]
        if isinstance(entry, ScheduledDate):
            note = "Hoppet over" + (f": {entry.holiday}" if entry.holiday else "")
            cells = [para(week), para(format_day(day)), para(weekday)]
            cells += [para("", empty="")] * (show_time + show_place)
            cells += [para(SKIPPED), para(note)]
            rows.append([dataclasses.replace(c, style="cell_muted") for c in cells])
            continue
        cancelled = entry.status == CANCELLED
        text = "cell_muted" if cancelled else "cell"
        moved = moved_text(entry)
        cells = [
            para(week, text),
            para(format_day(day), "cell_muted" if cancelled else "cell_bold"),
            para(weekday, text),
        ]
        if show_time:
            time = entry.start_time.strip() or series.start_time.strip()
            cells.append(para(time, text, empty=""))
        if show_place:
            cells.append(para(place_of(series, entry), text, empty=""))
        cells += [
            para(_status(entry), "cell_bold" if cancelled else text),
            para(moved[:1].upper() + moved[1:], text, empty=""),
        ]
        rows.append(cells)
        if cancelled:
            extra.append(("BACKGROUND", (0, row), (-1, row), GROUP_FILL))
    out: list[Flowable] = [note_line(_summary(chosen, skipped))]
    common = []
    if not show_time and series.start_time.strip():
        common.append(f"kl. {series.start_time.strip()}")
    if not show_place and series.place.strip():
        common.append(series.place.strip())
    if common and chosen:
        out.append(note_line(f"Alle møtene: {' · '.join(common)}."))
    return [*out, grid_table(rows, widths, extra=extra)]


def _status(meeting: Meeting) -> str:
    return MEETING_STATUSES.get(meeting.status, meeting.status)


def _summary(meetings: Sequence[Meeting], skipped: Sequence[ScheduledDate]) -> str:
    count = len(meetings)
    parts = [f"{count} {'møte' if count == 1 else 'møter'}"]
    by_status = [
        f"{n} {label}"
        for status, label in ((PLANNED, "planlagt"), (HELD, "avholdt"), (CANCELLED, "avlyst"))
        if (n := sum(m.status == status for m in meetings))
    ]
    text = parts[0] + (f" ({', '.join(by_status)})" if by_status else "")
    moved = sum(m.moved for m in meetings)
    if moved:
        text += f", {moved} flyttet"
    if skipped:
        text += f", {len(skipped)} {'dato' if len(skipped) == 1 else 'datoer'} hoppet over"
    return text + "."
