"""Printed minutes and agenda of a meeting, read back from the PDF as the group would read them."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.meetings import (
    ABSENT,
    CANCELLED,
    DEPUTY,
    DONE,
    HELD,
    INTERDISCIPLINARY,
    INTERDISCIPLINARY_FIGURES,
    OPEN,
    PLANNED,
    PRESENT,
    ActionItem,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Figure,
    FigureValue,
    Meeting,
    MeetingRecord,
    Member,
    PathwayReview,
    Series,
)
from helsehus_desktop.core.recurrence import RecurrenceRule
from helsehus_desktop.reports.minutes_pdf import (
    AGENDA_SECTIONS,
    MINUTES_SECTIONS,
    render_agenda_pdf,
    render_minutes_pdf,
    status_at,
)

HELD_ON = date(2025, 4, 22)  # Tuesday after Easter Monday 2025
PRINTED = date(2025, 4, 23)
UNITS = {
    1: "Staup Helsehus",
    2: "Hjemmetjenesten Nord",
    3: "Hjemmetjenesten Sør",
    4: "Ytterøy helsetun",
}
MEETING_ID = 40


def make_series(**changes) -> Series:
    series = Series(
        id=7,
        kind=INTERDISCIPLINARY,
        name="Tverrfaglig samhandlingsmøte",
        purpose="Se på kapasitet, utskrivningsklare pasienter og behov for bistand på tvers.",
        organiser="Fagkoordinator Åsa Lømo",
        place="Staup Helsehus, møterom Ørnen",
        start_time="09:00",
        rule=RecurrenceRule.every_monday(),
        members=(
            Member(1, "Kari Øvergård", unit_id=1, role="Avdelingsleder"),
            Member(2, "Per Ås", unit_id=2, role="Fagkoordinator"),
            Member(3, "Siv Ødegård", unit_id=3, role="Sykepleier"),
            Member(4, "Bjørn Ærlig", unit_id=4, role="Virksomhetsleder"),
            Member(5, "Tove Fjære", unit_id=None, role="Kreftkoordinator"),
        ),
        required_unit_ids=(1, 2, 3, 4),
        figures=tuple(
            Figure(n, key, label) for n, (key, label) in enumerate(INTERDISCIPLINARY_FIGURES, 1)
        ),
    )
    return dataclasses.replace(series, **changes)


def make_record(**changes) -> MeetingRecord:
    raised = HELD_ON - timedelta(days=28)
    record = MeetingRecord(
        series=make_series(),
        meeting=Meeting(
            id=MEETING_ID,
            series_id=7,
            held_on=HELD_ON,
            status=HELD,
            planned_on=date(2025, 4, 21),
            moved_reason="Andre påskedag",
            start_time="09:00",
            place="Staup Helsehus, møterom Ørnen",
            note="Kort møte på grunn av påsken.",
        ),
        attendance=(
            Attendance(1, PRESENT),
            Attendance(2, DEPUTY, deputy="Åse Bø"),
            Attendance(3, ABSENT),
            Attendance(4, ABSENT),
            Attendance(5, PRESENT),
        ),
        agenda=(
            AgendaItem(1, "Kapasitet i påsken", "Tre ledige plasser på Staup.", "Følges opp."),
            AgendaItem(2, "Opplæring i smertepumpe", "Behov i Hjemmetjenesten Sør.", ""),
            AgendaItem(3, "Eventuelt"),
        ),
        reviews=(
            PathwayReview(
                1, 11, "Åse Marie Øvrebø", 3, "Økende uro om natten.", "Plan B i helgen."
            ),
            PathwayReview(2, 12, "Ørjan Ås-Lie", 2, "Stabil.", "Nytt stopp-punkt om to uker."),
        ),
        figures=(
            FigureValue(1, 3, "Alle på Staup"),
            FigureValue(2, 0),
            FigureValue(3, 2, "Én venter på omsorgsbolig"),
            FigureValue(4, None),
        ),
        actions=(
            ActionItem(
                1,
                7,
                "Bestille smertepumper til Hjemmetjenesten Sør",
                owner="Per Ås",
                due_on=HELD_ON - timedelta(days=7),
                raised_meeting_id=30,
                raised_on=raised,
                history=(
                    ActionUpdate(30, raised, OPEN),
                    ActionUpdate(35, raised + timedelta(days=14), OPEN, "Venter på leverandør."),
                ),
            ),
            ActionItem(
                2,
                7,
                "Lage oversikt over kompetanse i palliasjon",
                owner="Tove Fjære",
                due_on=HELD_ON + timedelta(days=30),
                raised_meeting_id=MEETING_ID,
                raised_on=HELD_ON,
                history=(ActionUpdate(MEETING_ID, HELD_ON, OPEN),),
            ),
            ActionItem(
                3,
                7,
                "Avklare vikar for påsken",
                owner="Kari Øvergård",
                due_on=HELD_ON - timedelta(days=10),
                status=DONE,
                raised_meeting_id=30,
                raised_on=raised,
                closed_on=HELD_ON,
                history=(
                    ActionUpdate(30, raised, OPEN),
                    ActionUpdate(MEETING_ID, HELD_ON, DONE, "Vikar på plass."),
                ),
            ),
        ),
        unit_names=UNITS,
    )
    return dataclasses.replace(record, **changes)


def texts_of(render, record: MeetingRecord, **kwargs) -> tuple[bytes, list[str]]:
    buffer = io.BytesIO()
    pages = render(record, buffer, printed_by="Fagkoordinator Åsa Lømo", today=PRINTED, **kwargs)
    data = buffer.getvalue()
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert len(texts) == pages
    return data, texts


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def minutes() -> tuple[bytes, list[str]]:
    return texts_of(render_minutes_pdf, make_record())


def test_minutes_have_every_part_in_order(minutes):
    _data, texts = minutes
    whole = squash(" ".join(texts))
    positions = [whole.find(f"{n}. {title}") for n, title in enumerate(MINUTES_SECTIONS, 1)]
    assert -1 not in positions and positions == sorted(positions)
    for sample in (
        "Referat – Tverrfaglig samhandlingsmøte",
        "tirsdag 22.04.2025, flyttet fra mandag 21.04.2025 (Andre påskedag)",
        "kl. 09:00",
        "Staup Helsehus, møterom Ørnen",
        "Avholdt",
        "Fagkoordinator Åsa Lømo",
        "Kort møte på grunn av påsken.",
        "Kari Øvergård",
        "Stedfortreder: Åse Bø",
        "Til stede: 2 · Stedfortreder: 1 · Fravær: 2 · Ikke registrert: 0",
        "Sak 1: Kapasitet i påsken",
        "Tre ledige plasser på Staup.",
        "Følges opp.",
        "Sak 3: Eventuelt",
        "Økende uro om natten.",
        "Plan B i helgen.",
        "Forløp 3",
        "Ledige institusjonsplasser",
        "Alle på Staup",
        "Én venter på omsorgsbolig",
        "Bestille smertepumper til Hjemmetjenesten Sør",
        "Venter på leverandør.",
        "Vikar på plass.",
        "Utført 22.04.2025",
    ):
        assert sample in whole, sample


def test_missing_required_units_are_warned_about(minutes):
    _data, texts = minutes
    whole = squash(" ".join(texts))
    assert (
        "Advarsel: Ingen til stede fra disse enhetene, som skal være representert: "
        "Hjemmetjenesten Sør og Ytterøy helsetun." in whole
    )
    everyone = make_record(
        attendance=tuple(Attendance(n, PRESENT) for n in range(1, 6)),
    )
    whole = squash(" ".join(texts_of(render_minutes_pdf, everyone)[1]))
    assert "Advarsel" not in whole
    assert "Alle enhetene som skal være representert, hadde noen til stede." in whole
    unrecorded = make_record(attendance=tuple(Attendance(n) for n in range(1, 6)))
    whole = squash(" ".join(texts_of(render_minutes_pdf, unrecorded)[1]))
    assert "Advarsel" not in whole and "Oppmøtet er ikke registrert." in whole


def test_patients_by_initials_unless_names_are_chosen(minutes):
    _data, texts = minutes
    whole = squash(" ".join(texts))
    assert "Å.M.Ø." in whole and "Ø.Å.L." in whole
    assert "Øvrebø" not in whole and "Ås-Lie" not in whole
    assert "Pasientene er oppgitt med initialer." in whole
    _data, named = texts_of(render_minutes_pdf, make_record(), include_names=True)
    whole = squash(" ".join(named))
    assert "Åse Marie Øvrebø" in whole and "Ørjan Ås-Lie" in whole
    assert "Pasientene er oppgitt med navn." in whole


def test_overdue_action_stands_out_and_open_ones_come_first(minutes):
    _data, texts = minutes
    whole = squash(" ".join(texts))
    assert "Åpen – forfalt" in whole
    assert "2 åpne tiltak, 1 forfalt, 1 lukket." in whole
    late = whole.find("Bestille smertepumper")
    fresh = whole.find("Lage oversikt over kompetanse")
    closed = whole.find("Avklare vikar for påsken")
    assert -1 < late < fresh < closed
    assert whole.count("forfalt") == 2  # the overdue item and the count; the closed one not


def test_action_status_is_as_at_the_meeting():
    later = HELD_ON + timedelta(days=7)
    item = ActionItem(
        9,
        7,
        "Noe",
        due_on=HELD_ON - timedelta(days=1),
        status=DONE,
        raised_on=HELD_ON - timedelta(days=14),
        closed_on=later,
        history=(
            ActionUpdate(1, HELD_ON - timedelta(days=14), OPEN),
            ActionUpdate(2, later, DONE),
        ),
    )
    assert status_at(item, HELD_ON) == (OPEN, None)
    assert status_at(item, later) == (DONE, later)
    bare = dataclasses.replace(item, history=())
    assert status_at(bare, HELD_ON) == (OPEN, None)
    assert status_at(bare, later) == (DONE, later)


def test_header_footer_and_page_numbers_on_every_page():
    many = tuple(
        AgendaItem(n, f"Sak om æøå nummer {n}", "Referat med ÆØÅ. " * 30, "Beslutning.")
        for n in range(1, 30)
    )
    _data, texts = texts_of(render_minutes_pdf, make_record(agenda=many))
    assert len(texts) > 2
    for number, text in enumerate(texts, 1):
        flat = squash(text)
        assert "Referat – Tverrfaglig samhandlingsmøte" in flat
        assert "tirsdag 22.04.2025" in flat
        assert "Skrevet ut 23.04.2025" in flat
        assert "Utskrevet av Fagkoordinator Åsa Lømo" in flat
        assert f"Side {number} av {len(texts)}" in flat
    whole = squash(" ".join(texts))
    assert "Sak 29: Sak om æøå nummer 29" in whole


def test_metadata_and_deterministic(minutes):
    data, _texts = minutes
    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Referat – Tverrfaglig samhandlingsmøte 22.04.2025"
    assert meta.author == "Helsehus Desktop"
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"
    assert texts_of(render_minutes_pdf, make_record())[0] == data


def test_a_cancelled_or_empty_meeting_says_so():
    record = make_record(
        meeting=Meeting(MEETING_ID, 7, HELD_ON, status=CANCELLED),
        attendance=(),
        agenda=(),
        reviews=(),
        figures=(),
        actions=(),
        series=make_series(figures=(), members=(), place="", start_time=""),
    )
    whole = squash(" ".join(texts_of(render_minutes_pdf, record)[1]))
    for sample in (
        "Møtet er avlyst.",
        "Avlyst",
        "Serien har ingen medlemmer registrert.",
        "Ingen saker på sakslisten.",
        "Ingen forløp ble gjennomgått.",
        "Serien følger ingen tall.",
        "Ingen tiltak.",
    ):
        assert sample in whole, sample
    assert "Advarsel" not in whole
    assert "flyttet" not in whole


def test_agenda_lists_what_goes_out_before_the_meeting():
    record = make_record(meeting=dataclasses.replace(make_record().meeting, status=PLANNED))
    data, texts = texts_of(render_agenda_pdf, record)
    whole = squash(" ".join(texts))
    positions = [whole.find(f"{n}. {title}") for n, title in enumerate(AGENDA_SECTIONS, 1)]
    assert -1 not in positions and positions == sorted(positions)
    for sample in (
        "Innkalling – Tverrfaglig samhandlingsmøte",
        "Se på kapasitet, utskrivningsklare pasienter",
        "Planlagt",
        "Avdelingsleder",
        "Ytterøy helsetun",
        "Enheter som skal være representert: Staup Helsehus, Hjemmetjenesten Nord, "
        "Hjemmetjenesten Sør og Ytterøy helsetun.",
        "Kapasitet i påsken",
        "Opplæring i smertepumpe",
        "Bestille smertepumper til Hjemmetjenesten Sør",
        "Åpen – forfalt",
        "Å.M.Ø.",
        "Tall som meldes i møtet: Ledige institusjonsplasser",
        "Side 1 av",
    ):
        assert sample in whole, sample
    # titles only: no minutes, no decisions, no attendance; only items carried over
    for absent in (
        "Tre ledige plasser på Staup.",
        "Følges opp.",
        "Stedfortreder: Åse Bø",
        "Lage oversikt over kompetanse",  # raised at this very meeting
        "Avklare vikar for påsken",  # closed
        "Økende uro om natten.",
        "Øvrebø",
    ):
        assert absent not in whole, absent
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == "Innkalling – Tverrfaglig samhandlingsmøte 22.04.2025"
    named = squash(" ".join(texts_of(render_agenda_pdf, record, include_names=True)[1]))
    assert "Åse Marie Øvrebø" in named


def test_writes_to_a_path(tmp_path):
    target = tmp_path / "referat æøå.pdf"
    pages = render_minutes_pdf(make_record(), target)
    assert len(PdfReader(target).pages) == pages
    assert "Skrevet ut" in PdfReader(target).pages[0].extract_text()


@pytest.mark.parametrize("repeat", [8, 10, 14, 16])
def test_a_table_of_tall_rows_repeats_its_header_only_at_the_top_of_a_page(repeat):
    # reportlab alone splits between rows, then splits the rest inside its first row in the
    # space left on the page: the header printed again mid-page. SplitTable avoids that.
    text = "Lang vurdering av smerte, uro og søvn hos pasienten, æøå. " * repeat
    reviews = tuple(
        PathwayReview(n, n, f"Pasient Nummer{n} Ødegård", 1 + n % 3, text, "Oppfølging avtalt.")
        for n in range(12)
    )
    _data, texts = texts_of(render_minutes_pdf, make_record(reviews=reviews))
    header = "Pasient Nivå Vurdering Oppfølging"
    counts = [squash(t).count(header) for t in texts]
    assert sum(counts) >= 3 and max(counts) == 1, counts
