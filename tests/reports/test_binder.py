"""The contingency binder: one plan per patient, an index, and a folder left whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.names import slug
from helsehus_desktop.reports.binder import INDEX_NAME, BinderResult, write_binder
from tests.reports.test_plan_pdf import FORM, PRINTED, make_plan, squash

NAMES = ("Testpasient Åse Øvrebø", "Testpasient Ærlend Berg", "Testpasient Olav Ås")
UNITS = ("Hjemmetjenesten Sør", "Hjemmetjenesten Nord", "Hjemmetjenesten Nord")


def plans():
    return [
        make_plan(name, unit=unit, patient_id=n, registrations=3)
        for n, (name, unit) in enumerate(zip(NAMES, UNITS, strict=True), 1)
    ]


def binder(out_dir: Path, items=None, **kwargs) -> BinderResult:
    items = plans() if items is None else items
    return write_binder(
        items,
        len(items),
        out_dir,
        printed_on=PRINTED,
        printed_by="Kari Nordmann",
        mobid_form=FORM,
        **kwargs,
    )


def text_of(path: Path) -> str:
    return squash(" ".join(page.extract_text() for page in PdfReader(path).pages))


def test_three_plans_make_four_files_and_the_index_lists_them(tmp_path):
    out_dir = tmp_path / "perm" / "april"  # created when missing
    calls = []
    result = binder(out_dir, progress=lambda done, total: calls.append((done, total)) or True)
    assert not result.cancelled
    assert calls == [(1, 3), (2, 3), (3, 3)]
    names = [p.name for p in result.files]
    assert names == [
        "0001_testpasient-ase-ovrebo.pdf",
        "0002_testpasient-aerlend-berg.pdf",
        "0003_testpasient-olav-as.pdf",
    ]
    assert result.index == out_dir / INDEX_NAME
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([*names, INDEX_NAME])
    for path, name in zip(result.files, NAMES, strict=True):
        assert name in text_of(path)
    index = text_of(result.index)
    assert "Beredskapsperm – innholdsfortegnelse" in index
    for name in (*NAMES, *names, "Hjemmetjenesten Sør", "01.01.1940", "Forløp 3", "26.03.2025"):
        assert name in index, name
    # by unit, then name in Norwegian order (O before Æ): Nord (Olav, Ærlend), then Sør (Åse)
    assert index.index("Olav Ås") < index.index("Ærlend Berg") < index.index("Åse Øvrebø")
    assert "Utskrevet av Kari Nordmann" in index


def test_cancelling_removes_what_the_run_wrote_and_keeps_the_old_binder(tmp_path):
    first = binder(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    seen = []

    def stop_after_two(done: int, total: int) -> bool:
        seen.append(done)
        return done < 2

    newer = [make_plan("Testpasient Ny Nilsen", patient_id=9), *plans()]
    result = binder(tmp_path, newer, progress=stop_after_two)
    assert result == BinderResult(files=(), index=None, cancelled=True)
    assert seen == [1, 2]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert first.index is not None and first.index.exists()


def test_cancelled_first_run_leaves_an_empty_folder(tmp_path):
    result = binder(tmp_path / "ny", progress=lambda done, total: False)
    assert result.cancelled and result.index is None
    assert list((tmp_path / "ny").iterdir()) == []


def test_a_new_binder_replaces_stale_plans_and_keeps_other_files(tmp_path):
    binder(tmp_path)
    (tmp_path / "notat.txt").write_text("egne notater", encoding="utf-8")
    result = binder(tmp_path, plans()[:1])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["0001_testpasient-ase-ovrebo.pdf", INDEX_NAME, "notat.txt"]
    )
    assert result.files == (tmp_path / "0001_testpasient-ase-ovrebo.pdf",)


def test_empty_binder_has_an_index_that_says_so(tmp_path):
    result = binder(tmp_path, [])
    assert result.files == () and result.index is not None
    assert "Ingen pasienter med aktivt forløp." in text_of(result.index)


def test_a_write_error_propagates_and_leaves_no_half_file(tmp_path, monkeypatch):
    from helsehus_desktop.reports import binder as module

    def failing(plan, out, **kwargs):
        Path(out).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "render_plan_pdf", failing)
    with pytest.raises(OSError):
        binder(tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Testpasient Åse Øvrebø", "testpasient-ase-ovrebo"),
        ("Ærlig Æsøy-Ødegård", "aerlig-aesoy-odegard"),
        ('CON:<>"/\\|?* Ånd', "con-and"),
        ("Émile Zoë", "emile-zoe"),
        ("", "pasient"),
        ("李小龍", "pasient"),
        ("A" * 200, "a" * 60),
    ],
)
def test_slug_is_safe_ascii(name, expected):
    assert slug(name) == expected
