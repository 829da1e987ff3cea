"""The competence report of the working group, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.meetings import Competence, TrainingNeed
from helsehus_desktop.reports.competence_pdf import SECTIONS, TITLE, render_competence_pdf
from tests.reports.test_minutes_pdf import UNITS, squash

PRINTED = date(2025, 11, 3)

COMPETENCES = (
    Competence(1, "Åse Bø", 2, "Palliasjon i kommunehelsetjenesten", "course", date(2024, 3, 1)),
    Competence(2, "Åse Bø", 2, "Kreftsykepleie", "further_education", date(2021, 6, 15)),
    Competence(3, "Per Ås", 2, "Smertepumpe og subkutan infusjon", "course", date(2025, 2, 4)),
    Competence(4, "Øyvind Lie", 1, "Master i palliasjon", "master", date(2019, 6, 20)),
    Competence(5, "Zara Holm", 1, "Lindrende behandling", "course", None, "Dato ukjent"),
    Competence(6, "Ærlig Tove", None, "ESAS-r i praksis", "other", date(2025, 9, 1)),
)
NEEDS = (
    TrainingNeed(1, 3, "procedures", "Stell av sentralt venekateter", date(2025, 3, 10)),
    TrainingNeed(2, 2, "equipment", "Smertepumpe CADD", date(2025, 2, 3), met_on=date(2025, 4, 1)),
    TrainingNeed(3, None, "assessment", "MOBID-2 for nattevakter", date(2025, 5, 5), note="Alle"),
    TrainingNeed(4, 4, "procedures", "Subkutan væske", date(2025, 1, 13)),
)


def render(competences=COMPETENCES, needs=NEEDS) -> tuple[bytes, list[str]]:
    buffer = io.BytesIO()
    pages = render_competence_pdf(
        competences, needs, buffer, unit_names=UNITS, printed_by="Kommunalsjef Ørn", today=PRINTED
    )
    data = buffer.getvalue()
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert len(texts) == pages
    return data, texts


@pytest.fixture(scope="module")
def report() -> tuple[bytes, list[str]]:
    return render()


def test_parts_in_order_with_units_in_norwegian_order(report):
    _data, texts = report
    whole = squash(" ".join(texts))
    positions = [whole.find(f"{n}. {title}") for n, title in enumerate(SECTIONS, 1)]
    assert -1 not in positions and positions == sorted(positions)
    per_unit = whole[positions[1] : positions[2]]
    headings = [
        per_unit.find("Hjemmetjenesten Nord – 2 personer"),
        per_unit.find("Staup Helsehus – 2 personer"),
        per_unit.find("Uten enhet – 1 person"),
    ]
    assert -1 not in headings and headings == sorted(headings)
    for sample in (
        "Palliasjon i kommunehelsetjenesten",
        "Videreutdanning",
        "Master i palliasjon",
        "20.06.2019",
        "ukjent",
        "Dato ukjent",
        "ESAS-r i praksis",
    ):
        assert sample in whole, sample


def test_counts_per_unit_and_level(report):
    _data, texts = report
    whole = squash(" ".join(texts))
    overview = whole[whole.find("1. Oversikt per enhet") : whole.find("2. Kompetanse per enhet")]
    # unit, Kurs, Videreutdanning, Master, Spesialist, Annet, Personer
    assert "Hjemmetjenesten Nord 2 1 – – – 2" in overview
    assert "Staup Helsehus 1 – 1 – – 2" in overview
    assert "Uten enhet – – – – 1 1" in overview
    assert "Sum 3 1 1 0 1 5" in overview


def test_training_needs_open_first_then_met(report):
    _data, texts = report
    whole = squash(" ".join(texts))
    needs = whole[whole.find("3. Opplæringsbehov") :]
    assert "3 åpne, 1 dekket. Åpne behov per type: prosedyrer 2 og kartlegging 1." in needs
    assert "Åpne behov (3)" in needs and "Dekkede behov (1)" in needs
    order = [
        needs.find("Subkutan væske"),
        needs.find("Stell av sentralt venekateter"),
        needs.find("MOBID-2 for nattevakter"),
        needs.find("Dekkede behov"),
        needs.find("Smertepumpe CADD"),
    ]
    assert -1 not in order and order == sorted(order)
    for sample in ("Ytterøy helsetun", "Hjemmetjenesten Sør", "13.01.2025", "01.04.2025"):
        assert sample in needs, sample


def test_header_footer_metadata_and_determinism(report):
    data, texts = report
    for number, text in enumerate(texts, 1):
        flat = squash(text)
        assert TITLE in flat
        assert "Skrevet ut 03.11.2025" in flat and "Utskrevet av Kommunalsjef Ørn" in flat
        assert f"Side {number} av {len(texts)}" in flat
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == TITLE
    assert render()[0] == data


def test_empty_register_says_so():
    whole = squash(" ".join(render((), ())[1]))
    assert whole.count("Ingen kompetanse er registrert.") == 2
    assert "Ingen opplæringsbehov er meldt." in whole
    only_met = (NEEDS[1],)
    whole = squash(" ".join(render((), only_met)[1]))
    assert "Alle meldte behov er dekket." in whole


def test_a_long_register_runs_over_pages_with_headers():
    many = tuple(
        Competence(n, f"Ansatt {n:03d} Ødegård", 1 + n % 4, "Kurs i lindrende omsorg", "course")
        for n in range(200)
    )
    _data, texts = render(many, NEEDS)
    assert len(texts) > 3
    whole = squash(" ".join(texts))
    assert "Ansatt 000 Ødegård" in whole and "Ansatt 199 Ødegård" in whole
    assert "Sum 200 0 0 0 0 200" in whole
    assert all("Kurs / utdanning" in t for t in texts[1:-1])  # header rows repeat
