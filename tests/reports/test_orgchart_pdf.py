"""The printed organisation chart, read back from the PDF as a user would see it."""

from __future__ import annotations

import io
import re
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.layout import layout_chart
from helsehus_desktop.core.orgchart import (
    ContactStep,
    Cooperation,
    LineLink,
    OrgSnapshot,
    OrgView,
    Position,
    Unit,
)
from helsehus_desktop.reports.orgchart_pdf import (
    FIT_MIN_SCALE,
    LISTING_HEADING,
    MAX_CHART_PAGES,
    plan_orgchart,
    render_orgchart_pdf,
)

DAY = date(2025, 3, 1)
PRINTED = date(2025, 3, 5)
START = date(2020, 1, 1)


def sample_snapshot() -> OrgSnapshot:
    """A small municipality: a head, a vacancy, a cooperation, a contact chain, a closed unit."""
    names = [
        (1, "Helse og omsorg", "område", None),
        (2, "Bolig og mestring", "enhet", 1),
        (3, "Åsvegen omsorgsbase", "tjenestested", 2),
        (4, "Kløverhaugen bo- og aktivitetssenter", "tjenestested", 2),
        (5, "Hjemmetjenesten sør", "enhet", 1),
        (6, "Nattpatrulje", "arbeidslag", 5),
        (7, "Dagpatrulje Øvre Bærøy", "arbeidslag", 5),
        (8, "Hverdagsrehabilitering", "arbeidslag", 5),
        (9, "Palliativt team, Sykehuset Østfold", "ekstern", None),
        (10, "Avviklet avdeling", "avdeling", 2),
    ]
    units = [
        Unit(
            uid,
            f"u{uid}",
            name,
            kind,
            START,
            phone=f"69 00 00 {uid:02d}",
            address=f"Storgata {uid}, 1600 Fredrikstad",
        )
        for uid, name, kind, _ in names
    ]
    units[-1] = Unit(10, "u10", "Avviklet avdeling", "avdeling", START, date(2024, 12, 31))
    links = [
        LineLink(i, uid, parent, START)
        for i, (uid, _, _, parent) in enumerate(names)
        if parent is not None
    ]
    positions = [
        Position(1, 1, "Kommunalsjef", person_name="Øystein Bråten", is_head=True),
        Position(
            2,
            2,
            "Enhetsleder",
            person_name="Hilde Aabakken",
            phone="900 11 222",
            email="hilde.aabakken@kommune.no",
            is_head=True,
        ),
        Position(3, 3, "Avdelingsleder", is_head=True),  # vacant
        Position(4, 3, "Fagkoordinator", person_name="Åse Ødegård", phone="900 33 444", sort=1),
        Position(5, 5, "Enhetsleder", person_name="Per Ærlig", is_head=True),
    ]
    cooperations = [Cooperation(1, 3, 9, START, note="lindrende"), Cooperation(2, 6, 8, START)]
    contacts = [
        ContactStep(1, 3, 1, "Fagkoordinator", valid_from=START),
        ContactStep(2, 3, 2, "Vakttelefon", phone="69 99 99 99", valid_from=START),
        ContactStep(3, 3, 3, "Kontaktperson", person_name="Hilde Aabakken", valid_from=START),
    ]
    return OrgSnapshot(units, positions, links, cooperations, contacts)


def wide_snapshot(branches: int = 4) -> OrgSnapshot:
    """A root over `branches` units that each have two leaves: wide, three rows deep."""
    units = [Unit(1, "root", "Helse og velferd", "område", START)]
    links = []
    uid = 2
    for b in range(branches):
        branch = uid
        units.append(Unit(branch, f"b{b}", f"Enhet {b + 1} Ås", "enhet", START))
        links.append(LineLink(None, branch, 1, START))
        uid += 1
        for leaf in range(2):
            units.append(
                Unit(uid, f"l{uid}", f"Avdeling {b + 1}.{leaf + 1} Ørje", "avdeling", START)
            )
            links.append(LineLink(None, uid, branch, START))
            uid += 1
    return OrgSnapshot(units=units, links=links)


def big_snapshot(target: int = 2000) -> OrgSnapshot:
    """About `target` units, five levels: a municipality far larger than any real one."""
    snap = OrgSnapshot()
    counter = iter(range(1, 10**6))

    def add(name: str, kind: str, parent: int | None) -> int:
        uid = next(counter)
        snap.units.append(Unit(uid, f"k{uid}", name, kind, START))
        if parent is not None:
            snap.links.append(LineLink(None, uid, parent, START))
        snap.positions.append(
            Position(None, uid, "Leder", person_name=f"Leder {uid}", is_head=True)
        )
        return uid

    root = add("Kommunen", "område", None)
    for a in range(6):
        area = add(f"Område {a + 1} Sør-Ås", "område", root)
        for e in range(8):
            unit = add(f"Enhet {a + 1}.{e + 1} Bjørkåsen", "enhet", area)
            for t in range(6):
                place = add(f"Tjenestested {a + 1}.{e + 1}.{t + 1}", "tjenestested", unit)
                for d in range(6):
                    add(f"Avdeling {a + 1}.{e + 1}.{t + 1}.{d + 1}", "avdeling", place)
    assert len(snap.units) >= target
    return snap


def pdf_text(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def render(view: OrgView, tmp_path: Path, name: str = "kart.pdf", **kwargs) -> tuple[int, Path]:
    out = tmp_path / name
    kwargs.setdefault("printed_on", PRINTED)
    pages = render_orgchart_pdf(view, out, **kwargs)
    return pages, out


def test_chart_and_listing_show_what_a_coordinator_needs(tmp_path: Path) -> None:
    view = sample_snapshot().view(DAY)
    pages, out = render(view, tmp_path)
    reader = PdfReader(out)
    assert pages == len(reader.pages) >= 2
    texts = pdf_text(reader)
    chart, listing = texts[0], "\n".join(texts[1:])

    for name in (
        "Helse og omsorg",
        "Bolig og mestring",
        "Åsvegen omsorgsbase",
        "Nattpatrulje",
        "Dagpatrulje Øvre Bærøy",
        "Hilde Aabakken",
        "Øystein Bråten",
        "Vakant",
        "Tjenestested",
        "Ekstern samarbeidspart",
        "Linjeledelse",
        "Samarbeider med",
    ):
        assert name in chart, name
    assert "Avviklet avdeling" not in "\n".join(texts)  # closed before the day
    assert "Per dato: 01.03.2025" in chart
    assert "Skrevet ut 05.03.2025" in chart

    assert LISTING_HEADING in listing
    for text in (
        "1. Fagkoordinator",
        "2. Vakttelefon, tlf. 69 99 99 99",
        "3. Kontaktperson: Hilde Aabakken",
        "Fagkoordinator: Åse Ødegård",
        "Avdelingsleder: Vakant",
        "hilde.aabakken@kommune.no",
        "Palliativt team, Sykehuset Østfold",
        "Storgata 3, 1600 Fredrikstad",
    ):
        assert text in listing, text
    # The listing is in tree order: a unit comes after its parent and before the next branch.
    order = [
        listing.index(n)
        for n in (
            "Helse og omsorg",
            "Bolig og mestring",
            "Åsvegen omsorgsbase",
            "Hjemmetjenesten sør",
            "Nattpatrulje",
        )
    ]
    assert order == sorted(order)

    for i, text in enumerate(texts, start=1):
        assert f"Side {i} av {pages}" in text
        assert "Per dato: 01.03.2025" in text
        assert "Organisasjonskart" in text


def test_metadata_title_author_and_language(tmp_path: Path) -> None:
    pages, out = render(sample_snapshot().view(DAY), tmp_path, title="Kart for Bærum")
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Kart for Bærum"
    assert meta.author == "Helsehus Desktop"
    assert meta.creator == "Helsehus Desktop"
    assert "01.03.2025" in (meta.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"
    assert "Kart for Bærum" in pdf_text(reader)[0]


def test_fonts_are_embedded(tmp_path: Path) -> None:
    _, out = render(sample_snapshot().view(DAY), tmp_path)
    reader = PdfReader(out)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert any("DejaVuSans-Bold" in f for f in fonts)
    assert any(re.search(r"DejaVuSans$", f) for f in fonts)


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    view = sample_snapshot().view(DAY)
    first, second = io.BytesIO(), io.BytesIO()
    render_orgchart_pdf(view, first, printed_on=PRINTED)
    render_orgchart_pdf(view, second, printed_on=PRINTED)
    assert first.getvalue() == second.getvalue()
    assert first.getvalue().startswith(b"%PDF")


def test_a4_tiles_what_fits_on_one_a3(tmp_path: Path) -> None:
    view = wide_snapshot(4).view(DAY)
    a3 = plan_orgchart(view, page_size="A3")
    a4 = plan_orgchart(view, page_size="A4")
    assert a3.pages == 1 and a3.scale >= FIT_MIN_SCALE
    assert a4.pages == 2 and a4.scale >= FIT_MIN_SCALE
    assert a4.tiles[0].x == 0 and a4.tiles[1].x > 0  # side by side, overlapping
    assert a4.tiles[1].x < a4.frame[0]

    pages_a3, out_a3 = render(view, tmp_path, "a3.pdf", page_size="A3", include_listing=False)
    pages_a4, out_a4 = render(view, tmp_path, "a4.pdf", page_size="A4", include_listing=False)
    assert (pages_a3, pages_a4) == (1, 2)
    r3, r4 = PdfReader(out_a3), PdfReader(out_a4)
    assert len(r3.pages) == 1 and len(r4.pages) == 2
    assert round(float(r3.pages[0].mediabox.width)) == 1191  # A3 landscape
    assert round(float(r4.pages[0].mediabox.width)) == 842  # A4 landscape
    t4 = pdf_text(r4)
    assert "Del 1 av 2" in t4[0] and "Del 2 av 2" in t4[1]
    assert "Side 2 av 2" in t4[1]
    assert "Del 1 av" not in pdf_text(r3)[0]

    with_listing, _ = render(view, tmp_path, "a4l.pdf", page_size="A4")
    assert with_listing == 3
    assert LISTING_HEADING in pdf_text(PdfReader(tmp_path / "a4l.pdf"))[2]


def test_collapsed_unit_shows_how_many_are_hidden(tmp_path: Path) -> None:
    view = sample_snapshot().view(DAY)
    _, out = render(view, tmp_path, collapsed={5})
    texts = pdf_text(PdfReader(out))
    chart = texts[0]
    assert "Hjemmetjenesten sør" in chart and "+ 3" in chart
    assert "Nattpatrulje" not in chart
    assert "Nattpatrulje" in "\n".join(texts[1:])  # the listing keeps every unit


def test_empty_day_prints_a_page_saying_so(tmp_path: Path) -> None:
    view = sample_snapshot().view(date(2010, 1, 1))
    pages, out = render(view, tmp_path)
    texts = pdf_text(PdfReader(out))
    assert pages == 2
    assert "Ingen enheter på denne datoen." in texts[0]


def test_unknown_paper_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A4 eller A3"):
        render(sample_snapshot().view(DAY), tmp_path, page_size="Letter")


def test_two_thousand_units_stay_within_the_page_cap(tmp_path: Path) -> None:
    view = big_snapshot().view(DAY)
    assert len(view.units) >= 2000
    assert layout_chart(view).width > 10_000  # far too wide for any one sheet

    plan = plan_orgchart(view, page_size="A4")
    assert 1 < plan.pages <= MAX_CHART_PAGES
    assert plan.scale >= FIT_MIN_SCALE

    started = time.perf_counter()
    pages, out = render(view, tmp_path, "stort.pdf", include_listing=False)
    assert time.perf_counter() - started < 60
    assert pages == plan.pages
    texts = pdf_text(PdfReader(out))
    assert f"Del {pages} av {pages}" in texts[-1]
    if plan.folded_below_depth is not None:
        assert "slått sammen" in texts[0]

    a3 = plan_orgchart(view, page_size="A3")
    assert 1 < a3.pages <= MAX_CHART_PAGES


def test_two_thousand_units_with_listing(tmp_path: Path) -> None:
    view = big_snapshot().view(DAY)
    pages, out = render(view, tmp_path, "stort.pdf", page_size="A3")
    reader = PdfReader(out)
    assert pages == len(reader.pages)
    chart_pages = plan_orgchart(view, page_size="A3").pages
    # The listing holds every unit: a few dozen rows per page, never one page per unit.
    assert chart_pages < pages < chart_pages + len(view.units) // 10
    last = reader.pages[-1].extract_text()
    assert "Avdeling 6.8.6.6" in last


def test_thousands_of_top_level_units_are_cut_at_the_cap(tmp_path: Path) -> None:
    snap = OrgSnapshot(
        units=[Unit(i, f"g{i}", f"Gruppe {i} på Øya", "gruppe", START) for i in range(1, 2001)]
    )
    view = snap.view(DAY)
    plan = plan_orgchart(view, page_size="A4", max_chart_pages=12)
    assert plan.pages == 12 and plan.omitted_tiles > 0
    pages, out = render(view, tmp_path, include_listing=False, max_chart_pages=12)
    assert pages == 12
    first = pdf_text(PdfReader(out))[0]
    assert "bare de første 12 delene av kartet er med" in first
    assert "alle enheter står i listen" not in first  # there is no listing to point to
