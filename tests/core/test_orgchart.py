"""The chart's rules: dated views, cycles, two parents, moves, contact chains, and layout."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from helsehus_desktop.core.layout import LayoutStyle, layout_chart
from helsehus_desktop.core.orgchart import (
    ContactStep,
    LineLink,
    OrgSnapshot,
    Unit,
    find_line_cycle,
    move_links,
    overlapping_parents,
    replace_contacts_from,
    would_create_cycle,
)

D = date(2024, 1, 1)


def units(n, valid_to=None):
    return [Unit(i, f"k{i}", f"Enhet {i}", "avdeling", D, valid_to) for i in range(1, n + 1)]


def test_view_shows_only_what_is_valid_that_day():
    snap = OrgSnapshot(
        units=[*units(2), Unit(3, "k3", "Nedlagt", "avdeling", D, date(2024, 6, 30))],
        links=[LineLink(None, 2, 1, D), LineLink(None, 3, 1, D)],
    )
    assert set(snap.view(date(2024, 6, 30)).units) == {1, 2, 3}
    later = snap.view(date(2024, 7, 1))
    assert set(later.units) == {1, 2} and later.children[1] == [2]


def test_a_cycle_closed_by_a_future_link_is_found():
    links = [LineLink(None, 2, 1, D), LineLink(None, 1, 2, date(2030, 1, 1))]
    at, chain = find_line_cycle(links)
    assert at == 1 and sorted(chain) == [1, 2]
    # Once the first link has ended, the reverse link is fine.
    ended = [LineLink(None, 2, 1, D, date(2029, 12, 31)), links[1]]
    assert find_line_cycle(ended) is None


def test_two_parents_at_once_are_found():
    links = [LineLink(None, 3, 1, D), LineLink(None, 3, 2, date(2025, 1, 1))]
    assert overlapping_parents(links) == (0, 1)
    assert overlapping_parents(move_links(links[:1], 3, 2, date(2025, 1, 1))) is None


def test_would_create_cycle_looks_at_ancestors():
    snap = OrgSnapshot(units=units(3), links=[LineLink(None, 2, 1, D), LineLink(None, 3, 2, D)])
    view = snap.view(D)
    assert would_create_cycle(view, 1, 3) and would_create_cycle(view, 2, 2)
    assert not would_create_cycle(view, 3, 1) and not would_create_cycle(view, 1, None)


def test_contact_chain_replacement_keeps_history_and_skips_no_change():
    chain = [("Fagkoordinator", "", ""), ("Kontaktperson", "Bente Brekstad", "")]
    first = replace_contacts_from([], 7, chain, D)
    assert [s.rank for s in first] == [1, 2]
    assert replace_contacts_from(first, 7, chain, date(2025, 1, 1)) == first
    changed = replace_contacts_from(first, 7, chain[:1], date(2025, 1, 1))
    old = [s for s in changed if s.valid_to == date(2024, 12, 31)]
    assert len(old) == 2 and len([s for s in changed if s.valid_to is None]) == 1
    assert isinstance(changed[0], ContactStep)


@st.composite
def forests(draw):
    """Random organisations: each unit's parent is an earlier unit or none."""
    n = draw(st.integers(1, 60))
    links = []
    for uid in range(2, n + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, uid - 1)))
        if parent is not None:
            links.append(LineLink(None, uid, parent, D))
    collapsed = draw(st.sets(st.integers(1, n), max_size=5))
    return OrgSnapshot(units=units(n), links=links), collapsed


@settings(max_examples=150, deadline=None)
@given(forests())
def test_layout_never_overlaps_and_puts_parents_above_children(case):
    snap, collapsed = case
    view = snap.view(D)
    style = LayoutStyle()
    layout = layout_chart(view, collapsed, style)
    boxes = list(layout.boxes.items())
    for i, (_a, (ax, ay)) in enumerate(boxes):
        for _b, (bx, by) in boxes[i + 1 :]:
            apart_x = ax + style.box_width <= bx or bx + style.box_width <= ax
            apart_y = ay + style.box_height <= by or by + style.box_height <= ay
            assert apart_x or apart_y
    for child, parent in view.parent.items():
        if child in layout.boxes:
            assert layout.boxes[parent][1] < layout.boxes[child][1]
    hidden = {d for c in layout.hidden_children for d in view.descendants(c)}
    assert set(layout.boxes) == set(view.units) - hidden
    assert find_line_cycle(snap.links) is None


def test_a_move_dated_in_the_past_keeps_later_moves():
    links = [LineLink(None, 5, 1, D), LineLink(None, 5, 2, date(2025, 1, 1))]
    moved = move_links(links, 5, 3, date(2024, 6, 1))
    periods = sorted((lk.parent_id, lk.valid_from, lk.valid_to) for lk in moved)
    assert periods == [
        (1, D, date(2024, 5, 31)),
        (2, date(2025, 1, 1), None),
        (3, date(2024, 6, 1), date(2024, 12, 31)),
    ]
    assert overlapping_parents(moved) is None


def test_a_contact_chain_fixed_in_the_past_keeps_the_later_chain():
    first = replace_contacts_from([], 7, [("Fagkoordinator", "", "")], D)
    later = replace_contacts_from(first, 7, [("Driftskoordinator", "", "")], date(2025, 1, 1))
    fixed = replace_contacts_from(later, 7, [("Fagkoordinator", "", "12345678")], date(2024, 6, 1))
    snap = OrgSnapshot(units=units(7), contacts=fixed)
    assert [s.phone for s in snap.view(date(2024, 7, 1)).contacts[7]] == ["12345678"]
    assert [s.label for s in snap.view(date(2025, 2, 1)).contacts[7]] == ["Driftskoordinator"]
    assert [s.phone for s in snap.view(date(2024, 5, 1)).contacts[7]] == [""]
