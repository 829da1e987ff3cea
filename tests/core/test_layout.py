"""The chart layout: the explicit-stack walk matches the old recursive one, and deep chains fit."""

from collections.abc import Collection
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from helsehus_desktop.core.layout import ChartLayout, LayoutStyle, layout_chart
from helsehus_desktop.core.orgchart import LineLink, OrgSnapshot, OrgView, Unit

D = date(2024, 1, 1)


def _recursive_layout(view: OrgView, collapsed: Collection[int], style: LayoutStyle) -> ChartLayout:
    """The recursive `layout_chart` as it was before the explicit stack, kept as the reference
    (only the unused `roots` parameter is gone). It fails beyond ~1,000 levels of management."""
    out = ChartLayout()
    w, h = style.box_width, style.box_height
    row = h + style.v_gap

    def kids(uid: int) -> list[int]:
        children = view.children.get(uid, [])
        if children and uid in collapsed:
            out.hidden_children.add(uid)
            return []
        return children

    def place(uid: int, x0: float, y: float) -> float:
        children = kids(uid)
        if not children:
            out.boxes[uid] = (x0, y)
            return x0 + w
        leaves = [c for c in children if not kids(c)]
        stacked = leaves if len(leaves) >= style.stack_min else []
        branches = [c for c in children if c not in stacked]
        if not branches:
            out.boxes[uid] = (x0, y)
            place_column(stacked, x0, y + h, y + h + style.stack_gap)
            return x0 + style.stack_indent + w
        child_y = y + row
        bus_y = y + h + style.v_gap / 2
        drops: list[float] = []
        x = x0
        if stacked:
            place_column(stacked, x, bus_y, child_y)
            drops.append(x + style.stack_indent / 2)
            x += style.stack_indent + w + style.h_gap
        for child in branches:
            right = place(child, x, child_y)
            cx = out.boxes[child][0] + w / 2
            drops.append(cx)
            out.edges.append([(cx, bus_y), (cx, child_y)])
            x = right + style.h_gap
        right = x - style.h_gap
        px = (drops[0] + drops[-1]) / 2 - w / 2
        out.boxes[uid] = (px, y)
        out.edges.append([(px + w / 2, y + h), (px + w / 2, bus_y)])
        out.edges.append([(min(drops[0], px + w / 2), bus_y), (max(drops[-1], px + w / 2), bus_y)])
        return max(right, px + w)

    def place_column(leaves: list[int], x0: float, top: float, first_y: float) -> None:
        spine_x = x0 + style.stack_indent / 2
        cy = first_y
        for leaf in leaves:
            out.boxes[leaf] = (x0 + style.stack_indent, cy)
            cy += h + style.stack_gap
        last_mid = cy - style.stack_gap - h / 2
        out.edges.append([(spine_x, top), (spine_x, last_mid)])
        for leaf in leaves:
            mid = out.boxes[leaf][1] + h / 2
            out.edges.append([(spine_x, mid), (x0 + style.stack_indent, mid)])

    tops = view.roots
    lone = [r for r in tops if not kids(r)] if len(tops) > 1 else []
    x = 0.0
    if lone:
        for i, uid in enumerate(lone):
            out.boxes[uid] = (0.0, i * (h + style.stack_gap))
        x = w + style.h_gap * 2
    for root in tops:
        if root not in lone:
            x = place(root, x, 0.0) + style.h_gap * 2
    if out.boxes:
        out.width = max(bx for bx, _ in out.boxes.values()) + w
        out.height = max(by for _, by in out.boxes.values()) + h
    return out


def units(n: int) -> list[Unit]:
    return [Unit(i, f"k{i}", f"Enhet {i}", "avdeling", D) for i in range(1, n + 1)]


def chain(n: int) -> OrgSnapshot:
    """Unit 1 at the top, each next unit reporting to the one before: n levels deep."""
    return OrgSnapshot(units=units(n), links=[LineLink(None, i + 1, i, D) for i in range(1, n)])


@st.composite
def organisations(draw):
    """Random forests of up to 80 units, some units collapsed. A unit's parent is none, any
    earlier unit, one of the first three (hubs with many leaf children, so columns of leaves next
    to branches) or the unit just before (chains), mixed freely; or, in deep organisations, one of
    the three units just before it, which makes tall trees that still branch."""
    n = draw(st.integers(1, 80))
    deep = draw(st.booleans())
    links = []
    for uid in range(2, n + 1):
        near = st.integers(max(1, uid - 3), uid - 1)
        anything = st.one_of(
            st.none(), st.integers(1, uid - 1), st.integers(1, min(3, uid - 1)), st.just(uid - 1)
        )
        parent = draw(near if deep else anything)
        if parent is not None:
            links.append(LineLink(None, uid, parent, D))
    collapsed = draw(st.sets(st.integers(1, n), max_size=8))
    return OrgSnapshot(units=units(n), links=links), collapsed


styles = st.one_of(
    st.just(LayoutStyle()),
    st.builds(
        LayoutStyle,
        # Sizes that are not whole numbers, so a change in the order of float sums would show.
        box_width=st.sampled_from([190.0, 101.3, 77.7]),
        box_height=st.sampled_from([64.0, 33.1]),
        h_gap=st.sampled_from([24.0, 0.1, 7.3]),
        v_gap=st.sampled_from([48.0, 0.3]),
        stack_gap=st.sampled_from([12.0, 1.7]),
        stack_indent=st.sampled_from([28.0, 9.9]),
        stack_min=st.integers(1, 5),
    ),
)


def assert_same(got: ChartLayout, want: ChartLayout) -> None:
    # Lists of items, so the order in which boxes were placed counts too.
    assert list(got.boxes.items()) == list(want.boxes.items())
    assert got.edges == want.edges
    assert got.hidden_children == want.hidden_children
    assert (got.width, got.height) == (want.width, want.height)


@settings(max_examples=200, deadline=None)
@given(organisations(), styles)
def test_layout_is_exactly_the_recursive_layout(case, style):
    snap, collapsed = case
    view = snap.view(D)
    assert_same(layout_chart(view, collapsed, style), _recursive_layout(view, collapsed, style))


def test_stacked_leaves_beside_branches_match_the_recursive_layout():
    # 1 has four leaves (a column) and two branches; 2 has only leaves; 3 has one leaf and a
    # collapsed child, which counts as a leaf.
    links = [(2, 1), (3, 1), *((u, 1) for u in range(4, 8)), *((u, 2) for u in range(8, 12))]
    links += [(12, 3), (13, 3), (14, 13)]
    snap = OrgSnapshot(units=units(14), links=[LineLink(None, u, p, D) for u, p in links])
    view = snap.view(D)
    style = LayoutStyle()
    for collapsed in [(), {13}, {2}, {1}]:
        assert_same(layout_chart(view, collapsed, style), _recursive_layout(view, collapsed, style))


def test_a_chain_5000_levels_deep_is_laid_out():
    n = 5000
    view = chain(n).view(D)
    style = LayoutStyle()
    layout = layout_chart(view, (), style)
    assert set(layout.boxes) == set(range(1, n + 1))
    for child, parent in view.parent.items():
        assert layout.boxes[parent][1] < layout.boxes[child][1]
    row = style.box_height + style.v_gap
    assert layout.boxes[n] == (0.0, (n - 1) * row)
    assert layout.height == (n - 1) * row + style.box_height
    assert len(layout.edges) == 3 * (n - 1) and not layout.hidden_children


def test_a_collapsed_unit_halfway_down_a_deep_chain_hides_the_rest():
    n, middle = 5000, 2500
    view = chain(n).view(D)
    layout = layout_chart(view, {middle})
    assert set(layout.boxes) == set(range(1, middle + 1))
    assert layout.hidden_children == {middle}
    assert layout.height == max(y for _, y in layout.boxes.values()) + LayoutStyle().box_height
