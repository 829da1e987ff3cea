"""What competence in palliative and cancer care exists, per unit, and which training needs the
meetings raised: the report the 2025 working group owes. A4 portrait, Norwegian.

1. A count per unit and level (and of people), so gaps show at a glance.
2. Per unit, who has which course or education, at what level and when.
3. Training needs: the open ones first, then those met, with when they were raised and met.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.meetings import (
    COMPETENCE_LEVELS,
    TRAINING_KINDS,
    Competence,
    TrainingNeed,
)
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.reports.fonts import PageFurniture
from helsehus_desktop.reports.minutes_pdf import listing, numbered_sections, unit_name
from helsehus_desktop.reports.plan_pdf import (
    FRAME_WIDTH,
    HEAD_FILL,
    SignedFurniture,
    grid_table,
    header_row,
    note_line,
    para,
    portrait_doc,
    styles,
    sub_heading,
)

TITLE = "Kompetanse i palliasjon og kreftomsorg"
SECTIONS = ("Oversikt per enhet", "Kompetanse per enhet", "Opplæringsbehov")
NO_UNIT = "Uten enhet"


def render_competence_pdf(
    competences: Sequence[Competence],
    needs: Sequence[TrainingNeed],
    out: str | os.PathLike[str] | BinaryIO,
    *,
    unit_names: dict[int, str],
    printed_by: str = "",
    today: date | None = None,
) -> int:
    """Write the competence report to `out`; return the number of pages."""
    printed_on = today or date.today()
    furniture = PageFurniture(
        title=TITLE,
        printed_on=printed_on,
        subtitle=(f"Kompetanseregister og opplæringsbehov per {format_day(printed_on)}",),
    )
    doc = portrait_doc(
        out,
        SignedFurniture(furniture, printed_by),
        title=TITLE,
        subject="Kompetanse og opplæringsbehov",
    )
    groups = _by_unit(competences, unit_names)
    parts = (_overview(groups), _per_unit(groups), _needs(needs, unit_names))
    return doc.build(numbered_sections(SECTIONS, parts))


def _unit_label(unit_names: dict[int, str], unit_id: int | None) -> str:
    return unit_name(unit_names, unit_id) or NO_UNIT


def _by_unit(
    competences: Sequence[Competence], unit_names: dict[int, str]
) -> list[tuple[str, list[Competence]]]:
    """(unit name, its competences by person and date), units in Norwegian name order with the
    people of no unit last."""
    groups: dict[str, list[Competence]] = {}
    for c in competences:
        groups.setdefault(_unit_label(unit_names, c.unit_id), []).append(c)
    for members in groups.values():
        members.sort(key=lambda c: (sort_key(c.person_name), c.completed_on or date.min))
    return sorted(groups.items(), key=lambda g: (g[0] == NO_UNIT, sort_key(g[0])))


def _people(members: Sequence[Competence]) -> int:
    return len({sort_key(c.person_name.strip()) for c in members})


def _overview(groups: list[tuple[str, list[Competence]]]) -> list[Flowable]:
    if not groups:
        return [note_line("Ingen kompetanse er registrert.")]
    levels = list(COMPETENCE_LEVELS)
    rows: list[list[Any]] = [
        header_row("Enhet", *(COMPETENCE_LEVELS[key] for key in levels), "Personer")
    ]
    totals = dict.fromkeys(levels, 0)
    everyone: list[Competence] = []
    for unit, members in groups:
        counts = {key: sum(c.level == key for c in members) for key in levels}
        for key, n in counts.items():
            totals[key] += n
        everyone += members
        rows.append(
            [
                para(unit),
                *(para(str(counts[key]) if counts[key] else "", empty="–") for key in levels),
                para(str(_people(members)), "cell_bold"),
            ]
        )
    rows.append(
        [
            para("Sum", "cell_bold"),
            *(para(str(totals[key]), "cell_bold") for key in levels),
            para(str(_people(everyone)), "cell_bold"),
        ]
    )
    head = styles()["th"]
    level_widths = [
        max(44.0, stringWidth(COMPETENCE_LEVELS[key], head.fontName, head.fontSize) + 12)
        for key in levels
    ]
    widths = [FRAME_WIDTH - sum(level_widths) - 56, *level_widths, 56]
    extra = [
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEAD_FILL),
    ]
    return [
        note_line(
            "Antall kurs og utdanninger per nivå, og antall personer med minst én av dem. "
            "En person med flere utdanninger telles på hvert nivå."
        ),
        grid_table(rows, widths, extra=extra),
    ]


def _per_unit(groups: list[tuple[str, list[Competence]]]) -> list[Flowable]:
    if not groups:
        return [note_line("Ingen kompetanse er registrert.")]
    out: list[Flowable] = []
    for unit, members in groups:
        people = _people(members)
        out.append(sub_heading(f"{unit} – {people} {'person' if people == 1 else 'personer'}"))
        rows: list[list[Any]] = [
            header_row("Navn", "Kurs / utdanning", "Nivå", "Fullført", "Merknad")
        ]
        for c in members:
            rows.append(
                [
                    para(c.person_name),
                    para(c.course),
                    para(COMPETENCE_LEVELS.get(c.level, c.level)),
                    para(format_day(c.completed_on), empty="ukjent"),
                    para(c.note, empty=""),
                ]
            )
        out.append(grid_table(rows, [120, 170, 82, 58, FRAME_WIDTH - 430]))
    return out


def _needs(needs: Sequence[TrainingNeed], unit_names: dict[int, str]) -> list[Flowable]:
    if not needs:
        return [note_line("Ingen opplæringsbehov er meldt.")]
    open_needs = sorted(
        (n for n in needs if n.met_on is None), key=lambda n: (n.raised_on, sort_key(n.topic))
    )
    met = sorted(
        (n for n in needs if n.met_on is not None),
        key=lambda n: (n.met_on or date.min, sort_key(n.topic)),
    )
    out: list[Flowable] = [note_line(_needs_summary(open_needs, met))]
    out.append(sub_heading(f"Åpne behov ({len(open_needs)})"))
    if open_needs:
        rows: list[list[Any]] = [header_row("Type", "Tema", "Enhet", "Meldt", "Merknad")]
        rows += [
            [
                para(TRAINING_KINDS.get(n.kind, n.kind)),
                para(n.topic),
                para(_unit_label(unit_names, n.unit_id)),
                para(format_day(n.raised_on)),
                para(n.note, empty=""),
            ]
            for n in open_needs
        ]
        out.append(grid_table(rows, [72, 160, 120, 58, FRAME_WIDTH - 410]))
    else:
        out.append(note_line("Alle meldte behov er dekket."))
    if met:
        out.append(sub_heading(f"Dekkede behov ({len(met)})"))
        rows = [header_row("Type", "Tema", "Enhet", "Meldt", "Dekket", "Merknad")]
        rows += [
            [
                para(TRAINING_KINDS.get(n.kind, n.kind)),
                para(n.topic),
                para(_unit_label(unit_names, n.unit_id)),
                para(format_day(n.raised_on)),
                para(format_day(n.met_on)),
                para(n.note, empty=""),
            ]
            for n in met
        ]
        out.append(grid_table(rows, [72, 160, 120, 58, 58, FRAME_WIDTH - 468]))
    return out


def _needs_summary(open_needs: Sequence[TrainingNeed], met: Sequence[TrainingNeed]) -> str:
    text = f"{len(open_needs)} åpne, {len(met)} dekket."
    kinds = [
        f"{label.lower()} {count}"
        for key, label in TRAINING_KINDS.items()
        if (count := sum(n.kind == key for n in open_needs))
    ]
    if kinds:
        text += f" Åpne behov per type: {listing(kinds)}."
    return text
