"""The year plan of a meeting series, read back from the PDF."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.meetings import (
    AD_HOC,
    CANCELLED,
    EXTENDED,
    HELD,
    PLANNED,
    Meeting,
    Member,
    Series,
)
from helsehus_desktop.core.recurrence import MONTHLY, SKIP, WEEKLY, RecurrenceRule, year_schedule
from helsehus_desktop.reports.year_plan_pdf import render_year_plan_pdf, rule_text
from tests.reports.test_minutes_pdf import UNITS, make_series, squash

PRINTED = date(2025, 1, 6)


def meetings_from(series: Series, year: int) -> list[Meeting]:
    """What generate_meetings makes: one planned meeting per slot that is not skipped."""
    assert series.rule is not None
    return [
        Meeting(
            id=n,
            series_id=series.id or 0,
            held_on=slot.held_on,
            planned_on=slot.planned_on if slot.moved else None,
            moved_reason=slot.holiday if slot.moved else "",
            start_time=series.start_time,
            place=series.place,
        )
        for n, slot in enumerate(year_schedule(series.rule, year), 1)
        if slot.held_on is not None
    ]


def render(series: Series, year: int, meetings: list[Meeting]) -> tuple[bytes, list[str]]:
    buffer = io.BytesIO()
    pages = render_year_plan_pdf(
        series,
        year,
        meetings,
        buffer,
        unit_names=UNITS,
        printed_by="Fagkoordinator Åsa Lømo",
        today=PRINTED,
    )
    data = buffer.getvalue()
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert len(texts) == pages
    return data, texts


@pytest.fixture(scope="module")
def weekly() -> tuple[Series, list[Meeting], bytes, list[str]]:
    series = make_series()
    meetings = meetings_from(series, 2025)
    meetings[0] = dataclasses.replace(meetings[0], status=HELD)
    meetings[1] = dataclasses.replace(meetings[1], status=CANCELLED)
    meetings[2] = dataclasses.replace(
        meetings[2], place="Ytterøy helsetun, kantina", start_time="10:30"
    )
    data, texts = render(series, 2025, meetings)
    return series, meetings, data, texts


def test_weekly_plan_lists_every_meeting_with_moves(weekly):
    series, meetings, _data, texts = weekly
    whole = squash(" ".join(texts))
    assert len(texts) >= 2
    for sample in (
        "Årsplan 2025 – Tverrfaglig samhandlingsmøte",
        "Se på kapasitet, utskrivningsklare pasienter",
        "Fagkoordinator Åsa Lømo",
        "Hver mandag kl. 09:00. Faller møtet på en helligdag, flyttes det til neste virkedag.",
        "Staup Helsehus, møterom Ørnen",
        "Kari Øvergård",
        "Avdelingsleder",
        "Enheter som skal være representert: Staup Helsehus, Hjemmetjenesten Nord, "
        "Hjemmetjenesten Sør og Ytterøy helsetun.",
        "2. Møter i 2025",
        # Easter Monday 21 April 2025 moved to Tuesday; Whit Monday 9 June too
        "22.04.2025 tirsdag",
        "Flyttet fra mandag 21.04.2025 (Andre påskedag)",
        "Flyttet fra mandag 09.06.2025 (Andre pinsedag)",
        "Avholdt",
        "Avlyst",
        "20.01.2025 mandag 10:30 Ytterøy helsetun, kantina Planlagt",  # columns when they differ
        f"{len(meetings)} møter (50 planlagt, 1 avholdt, 1 avlyst), 2 flyttet.",
    ):
        assert sample in whole, sample
    assert whole.count("Planlagt") == len(meetings) - 2
    for number, text in enumerate(texts, 1):
        flat = squash(text)
        assert "Årsplan 2025 – Tverrfaglig samhandlingsmøte" in flat
        assert f"Side {number} av {len(texts)}" in flat
        assert "Utskrevet av Fagkoordinator Åsa Lømo" in flat


def test_metadata_and_deterministic(weekly):
    series, meetings, data, _texts = weekly
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == "Årsplan 2025 – Tverrfaglig samhandlingsmøte"
    assert render(series, 2025, meetings)[0] == data


def test_quarterly_plan_that_skips_holidays():
    # First Thursday of May 2025 is 1 May (Labour Day): skipped, not moved.
    rule = RecurrenceRule(MONTHLY, weekday=3, months=(2, 5, 9, 11), on_holiday=SKIP)
    series = Series(
        id=3,
        kind=EXTENDED,
        name="Utvidet ressursgruppe",
        purpose="Samle hele ressursgruppen om status og utvikling i palliasjon.",
        organiser="Hjemmetjenesten",
        place="Levanger rådhus",
        start_time="12:30",
        rule=rule,
        members=(Member(1, "Åse Bø", unit_id=2),),
        required_unit_ids=(2, 3),
    )
    meetings = meetings_from(series, 2025)
    assert len(meetings) == 3
    whole = squash(" ".join(render(series, 2025, meetings)[1]))
    for sample in (
        "Første torsdag i februar, mai, september og november (4 ganger i året) kl. 12:30. "
        "Faller møtet på en helligdag, utgår det.",
        "01.05.2025 torsdag",
        "Utgår",
        "Hoppet over: Arbeidernes dag",
        "3 møter (3 planlagt), 1 dato hoppet over.",
        "Alle møtene: kl. 12:30 · Levanger rådhus.",
        "06.02.2025",
        "04.09.2025",
        "06.11.2025",
    ):
        assert sample in whole, sample


def test_a_group_without_rule_or_meetings():
    series = Series(id=4, kind=AD_HOC, name="Arbeidsgruppe 2025", organiser="Kommunalsjef")
    whole = squash(" ".join(render(series, 2025, [])[1]))
    assert "Arbeidsgruppe 2025" in whole
    assert "Ingen fast møteregel: gruppen møtes når den blir kalt inn." in whole
    assert "Serien har ingen medlemmer registrert." in whole
    assert "Ingen møter er satt opp for 2025." in whole
    one = [Meeting(1, 4, date(2025, 3, 12), status=PLANNED, note="Første møte")]
    whole = squash(" ".join(render(series, 2025, one)[1]))
    assert "12.03.2025 onsdag" in whole and "1 møte (1 planlagt)." in whole


def test_only_the_years_meetings_are_listed():
    series = make_series()
    meetings = meetings_from(series, 2025) + meetings_from(series, 2026)
    whole = squash(" ".join(render(series, 2025, meetings)[1]))
    assert "2026" not in whole.replace("Side", "")  # no meeting of 2026 slipped in


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (RecurrenceRule(WEEKLY, weekday=1, every_weeks=2), "Annenhver tirsdag"),
        (RecurrenceRule(WEEKLY, weekday=4, every_weeks=3), "Hver 3. fredag"),
        (RecurrenceRule(MONTHLY, weekday=0, months=(6,), week_of_month=-1), "Siste mandag i juni"),
    ],
)
def test_rule_in_words(rule, text):
    assert rule_text(rule).startswith(text)
    assert "(én gang i året)" in rule_text(rule) or rule.kind == WEEKLY
