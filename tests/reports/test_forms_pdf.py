"""Blank ESAS-r and MOBID-2 forms for paper use, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.assessments import ESAS_FILLED_BY, ESAS_ITEMS
from helsehus_desktop.core.templates import load_mobid_form
from helsehus_desktop.reports.forms_pdf import render_esas_form, render_mobid_form

PRINTED = date(2025, 3, 28)
FORM = load_mobid_form()
NAME = "Testpasient Åse Øvrebø"


def read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return reader, text


@pytest.mark.parametrize("name", ["", NAME])
def test_esas_form_has_every_item_on_one_page(name):
    buffer = io.BytesIO()
    pages = render_esas_form(buffer, printed_on=PRINTED, patient_name=name)
    reader, text = read(buffer.getvalue())
    assert pages == len(reader.pages) == 1
    for _key, label, low, high in ESAS_ITEMS:
        assert label in text and low in text and high in text
    for label in ESAS_FILLED_BY.values():
        assert label in text
    assert text.count("Kunne ikke vurderes") >= len(ESAS_ITEMS) + 2
    assert text.count("Annet problem") == 2
    assert "0 1 2 3 4 5 6 7 8 9 10" in text
    assert "Klokkeslett" in text and "Fylt ut av" in text
    assert "☐" in text
    assert "Skrevet ut 28.03.2025" in text and "Side 1 av 1" in text
    assert (NAME in text) == bool(name)
    assert reader.metadata is not None
    assert reader.metadata.title == (
        "ESAS-r – symptomregistrering" + (f" – {NAME}" if name else "")
    )


@pytest.mark.parametrize("name", ["", NAME])
def test_mobid_form_uses_the_site_wording_on_one_page(name):
    buffer = io.BytesIO()
    pages = render_mobid_form(buffer, FORM, printed_on=PRINTED, patient_name=name)
    reader, text = read(buffer.getvalue())
    assert pages == len(reader.pages) == 1
    for part_title, items in FORM.parts:
        assert " ".join(part_title.split()) in text
        for item in items:
            assert item.title in text
    for behaviour in FORM.behaviours:
        assert behaviour.title in text
    assert "Samlet smerteintensitet" in text and "Observatør" in text
    assert text.count("☐") >= 3 * len(FORM.items)
    assert (NAME in text) == bool(name)


def test_forms_are_deterministic_and_write_to_paths(tmp_path):
    esas = tmp_path / "esas æøå.pdf"
    render_esas_form(esas, printed_on=PRINTED, patient_name=NAME)
    again = io.BytesIO()
    render_esas_form(again, printed_on=PRINTED, patient_name=NAME)
    assert esas.read_bytes() == again.getvalue()
    mobid = tmp_path / "mobid.pdf"
    render_mobid_form(mobid, FORM, printed_on=PRINTED)
    assert len(PdfReader(mobid).pages) == 1
