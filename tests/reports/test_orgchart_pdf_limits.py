"""Whatever the importer accepts prints: every text at its longest, deep trees, wide glyphs.

The listing measures each entry at its column's width; rows that would be taller than a page
continue in "(forts.)" rows, so reportlab never meets a row it cannot place (`LayoutError`).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.orgchart import (
    ContactStep,
    Cooperation,
    LineLink,
    OrgSnapshot,
    Position,
    Unit,
)
from helsehus_desktop.core.orgchart_json import TEXT_LIMITS
from helsehus_desktop.reports.orgchart_pdf import (
    LISTING_HEADING,
    MAX_CHART_PAGES,
    plan_orgchart,
    render_orgchart_pdf,
)

DAY = date(2025, 3, 1)
PRINTED = date(2025, 3, 5)
START = date(2020, 1, 1)
PAPER = pytest.mark.parametrize("page_size", ["A4", "A3"])
TOKEN = re.compile(r"[a-z]+\d+x\d+")
MANY = 12  # positions, contact steps and partners on the one unit


def words(code: str, field: str) -> str:
    """Text exactly as long as `field` may be, of words found nowhere else: "code" + "x" + n."""
    limit = TEXT_LIMITS[field]
    parts: list[str] = []
    n = 1
    while len(" ".join([*parts, f"{code}x{n}"])) <= limit:
        parts.append(f"{code}x{n}")
        n += 1
    text = " ".join(parts).ljust(limit, "ø")  # filled up with a letter no token contains
    assert len(text) == limit
    return text


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def long_snapshot() -> tuple[OrgSnapshot, list[str], str]:
    """A root unit with every field at its limit and `MANY` of each kind of entry, a chain under
    it as deep as the listing indents, and partner units. Returns the snapshot, the texts that
    must be printed, and the (never printed) description."""
    description = words("ds1", "description")

    def unit(uid: int) -> Unit:
        return Unit(
            uid,
            words(f"ky{uid}", "key"),
            words(f"un{uid}", "name"),
            "enhet",
            START,
            description=description,
            phone=words(f"up{uid}", "phone"),
            address=words(f"ua{uid}", "address"),
        )

    units = [unit(1)]
    links = []
    for depth in range(1, 10):  # the listing indents at most 8 levels: reach and pass that
        units.append(unit(1 + depth))
        links.append(LineLink(None, 1 + depth, depth, START))
    positions, contacts, cooperations = [], [], []
    for i in range(1, MANY + 1):
        positions.append(
            Position(
                None,
                1,
                words(f"pt{i}", "title"),
                person_name=words(f"pn{i}", "person_name") if i % 4 else "",  # some vacant
                phone=words(f"pp{i}", "phone"),
                email=words(f"pe{i}", "email"),
                is_head=i == 1,
                sort=i,
            )
        )
        contacts.append(
            ContactStep(
                None,
                1,
                i,
                words(f"cl{i}", "label"),
                person_name=words(f"cn{i}", "person_name"),
                phone=words(f"cp{i}", "phone"),
                valid_from=START,
            )
        )
        partner = 100 + i
        units.append(unit(partner))
        cooperations.append(Cooperation(None, 1, partner, START, note=words(f"co{i}", "note")))
    deepest = units[9]
    positions.append(
        Position(None, deepest.id, words("dt1", "title"), person_name=words("dn1", "person_name"))
    )
    printed = [
        *(t for u in units for t in (u.name, u.phone, u.address)),
        *(t for p in positions for t in (p.title, p.person_name, p.phone, p.email) if t),
        *(t for c in contacts for t in (c.label, c.person_name, c.phone)),
        *(c.note for c in cooperations),
    ]
    snap = OrgSnapshot(units, positions, links, cooperations, contacts)
    return snap, printed, description


def render(snap: OrgSnapshot, out: Path, page_size: str) -> tuple[int, list[str]]:
    pages = render_orgchart_pdf(snap.view(DAY), out, page_size=page_size, printed_on=PRINTED)
    reader = PdfReader(out)
    assert pages == len(reader.pages)
    return pages, [page.extract_text() or "" for page in reader.pages]


@PAPER
def test_every_text_at_its_limit_is_printed_whole(tmp_path: Path, page_size: str) -> None:
    snap, printed, description = long_snapshot()
    pages, texts = render(snap, tmp_path / "lang.pdf", page_size)

    start = next(i for i, t in enumerate(texts) if LISTING_HEADING in t)
    listing = texts[start:]
    found = set(tokens("\n".join(listing)))
    for text in printed:
        expected = tokens(text)
        assert expected, text
        missing = [t for t in expected if t not in found]
        assert not missing, f"{text[:40]}…: {missing[:5]}"
    # The root's row is far taller than a page: it goes on in rows marked "(forts.)", and the
    # column headings repeat on every listing page.
    assert "(forts.)" in "\n".join(listing)
    assert len(listing) > 2
    for n, text in enumerate(texts, start=1):
        assert f"Side {n} av {pages}" in text
    for text in listing[1:]:
        assert "Kontaktrekkefølge" in text and "Stillinger" in text
    # The description is not part of the printout (only the window shows it).
    assert "ds1x1" not in "\n".join(texts)
    assert len(description) == TEXT_LIMITS["description"]


@PAPER
def test_unbroken_texts_at_their_limit_wrap_inside_their_column(
    tmp_path: Path, page_size: str
) -> None:
    """No spaces to break at: long words are cut where the column ends, nothing is lost."""

    def solid(field: str, letter: str) -> str:
        return letter * TEXT_LIMITS[field]

    email = "e" * (TEXT_LIMITS["email"] - len("@kommune.no")) + "@kommune.no"
    units = [
        Unit(
            1,
            "a",
            solid("name", "N"),
            "enhet",
            START,
            description=solid("description", "D"),
            phone=solid("phone", "9"),
            address=solid("address", "A"),
        ),
        Unit(2, "b", solid("name", "M"), "enhet", START),
    ]
    positions = [
        Position(
            None,
            1,
            solid("title", "T"),
            person_name=solid("person_name", "P"),
            phone=solid("phone", "8"),
            email=email,
        )
        for _ in range(MANY)
    ]
    contacts = [
        ContactStep(None, 1, i, solid("label", "L"), solid("person_name", "Q"), solid("phone", "7"))
        for i in range(1, MANY + 1)
    ]
    coops = [Cooperation(None, 1, 2, START, note=solid("note", "K"))]
    snap = OrgSnapshot(units, positions, [], coops, contacts)
    _, texts = render(snap, tmp_path / "ord.pdf", page_size)
    flat = "".join("\n".join(texts).split())
    for text in (
        units[0].name,
        units[0].phone,
        units[0].address,
        units[1].name,
        positions[0].title,
        positions[0].person_name,
        f"tlf.{positions[0].phone}·{email}",
        f"1.{contacts[0].label}:{contacts[0].person_name},tlf.{contacts[0].phone}",
        f"({coops[0].note})",
    ):
        assert text in flat, text[:20]


@PAPER
def test_widest_glyphs_at_their_limit_deep_in_the_tree(tmp_path: Path, page_size: str) -> None:
    """The widest letters in the font, indented as far as the listing goes: the unit's own
    cell is then taller than a page by itself and is cut between rows."""
    wide, wider = "\u1671", "\u2031"  # the widest glyphs in DejaVu Sans Bold and Sans
    units = [
        Unit(
            uid,
            f"k{uid}",
            wide * TEXT_LIMITS["name"],
            "enhet",
            START,
            phone=wider * TEXT_LIMITS["phone"],
            address=wider * TEXT_LIMITS["address"],
        )
        for uid in range(1, 12)
    ]
    links = [LineLink(None, uid, uid - 1, START) for uid in range(2, 12)]
    person = wider * TEXT_LIMITS["person_name"]
    positions = [
        Position(None, 11, wide * TEXT_LIMITS["title"], person_name=person) for _ in range(3)
    ]
    pages, texts = render(OrgSnapshot(units, positions, links), tmp_path / "bred.pdf", page_size)
    listing = "".join("\n".join(texts).split())
    assert listing.count(wide * TEXT_LIMITS["name"]) >= len(units)
    assert f"Side {pages} av {pages}" in texts[-1]


@PAPER
def test_deep_line_management_chain(tmp_path: Path, page_size: str) -> None:
    levels = 60
    units = [
        Unit(uid, f"n{uid}", f"Nivå {uid} " + "Ø" * 150, "avdeling", START)
        for uid in range(1, levels + 1)
    ]
    links = [LineLink(None, uid, uid - 1, START) for uid in range(2, levels + 1)]
    positions = [
        Position(None, uid, words(f"lt{uid}", "title"), person_name=f"Leder {uid}", is_head=True)
        for uid in range(1, levels + 1)
    ]
    snap = OrgSnapshot(units, positions, links)
    view = snap.view(DAY)
    assert max(depth for _, depth in view.walk()) == levels - 1
    plan = plan_orgchart(view, page_size=page_size)
    assert plan.pages <= MAX_CHART_PAGES

    pages, texts = render(snap, tmp_path / "dyp.pdf", page_size)
    assert pages > plan.pages
    listing = "\n".join(texts[plan.pages :])
    order = [listing.index(f"Nivå {uid} ") for uid in range(1, levels + 1)]
    assert order == sorted(order)  # tree order, top to bottom
    found = set(tokens(listing))
    assert all(t in found for p in positions for t in tokens(p.title))
