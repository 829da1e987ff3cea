"""Tidy top-down layout of the organisation chart, shared by the screen and the PDF.

Each subtree gets its own band of columns, so boxes never overlap and the work is linear in the
number of units. Leaf children, when there are several, hang in one column instead of a row:
this keeps large organisations narrow enough to read.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from helsehus_desktop.core.orgchart import OrgView

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class LayoutStyle:
    box_width: float = 190.0
    box_height: float = 64.0
    h_gap: float = 24.0
    v_gap: float = 48.0
    stack_gap: float = 12.0
    stack_indent: float = 28.0
    stack_min: int = 3  # at least this many leaf children are stacked in a column


@dataclass(slots=True)
class ChartLayout:
    boxes: dict[int, Point] = field(default_factory=dict)  # top-left corner of each box
    edges: list[list[Point]] = field(default_factory=list)  # line management, as polylines
    hidden_children: set[int] = field(default_factory=set)  # collapsed units with children
    width: float = 0.0
    height: float = 0.0

    def center(self, unit_id: int, style: LayoutStyle) -> Point:
        x, y = self.boxes[unit_id]
        return (x + style.box_width / 2, y + style.box_height / 2)


@dataclass(slots=True)
class _Frame:
    """A unit whose branches are being laid out: the locals of one level of the depth-first walk."""

    uid: int
    y: float
    branches: list[int]
    drops: list[float]  # x where each item of the row meets the bus
    x: float  # column where the next branch starts
    child_y: float
    bus_y: float
    next: int = 0  # index in `branches` of the branch being placed


def layout_chart(
    view: OrgView,
    collapsed: Collection[int] = (),
    style: LayoutStyle = LayoutStyle(),
) -> ChartLayout:
    """Place every visible unit of `view`."""
    out = ChartLayout()
    w, h = style.box_width, style.box_height
    row = h + style.v_gap

    def kids(uid: int) -> list[int]:
        children = view.children.get(uid, [])
        if children and uid in collapsed:
            out.hidden_children.add(uid)
            return []
        return children

    def place(root: int, x0: float, y: float) -> float:
        """Lay out the subtree of `root` from column `x0`; return the right edge it used.

        Depth first with an explicit stack rather than recursion, so that a chain of line
        management thousands of levels deep cannot overflow Python's call stack. `stack` holds a
        _Frame for each unit from `root` down to the one being placed whose branches are not all
        placed yet. A subtree placed in full yields `right`, its right edge; the frame on top (its
        parent) then draws the line down to it and goes on to its next branch. A frame with no
        branches left is finished and popped, which in turn yields the right edge of its subtree.
        """
        stack: list[_Frame] = []
        right = enter(root, x0, y, stack)
        while stack:
            frame = stack[-1]
            if right is not None:  # frame.branches[frame.next] is placed, up to `right`
                cx = out.boxes[frame.branches[frame.next]][0] + w / 2
                frame.drops.append(cx)
                out.edges.append([(cx, frame.bus_y), (cx, frame.child_y)])
                frame.x = right + style.h_gap
                frame.next += 1
            if frame.next < len(frame.branches):
                right = enter(frame.branches[frame.next], frame.x, frame.child_y, stack)
            else:
                stack.pop()
                right = finish(frame)
        assert right is not None
        return right

    def enter(uid: int, x0: float, y: float, stack: list[_Frame]) -> float | None:
        """Start on `uid` at column `x0`. Return the right edge when its subtree is placed at once
        (no branches below it); otherwise push a frame for its branches and return None."""
        children = kids(uid)
        if not children:
            out.boxes[uid] = (x0, y)
            return x0 + w
        leaves = [c for c in children if not kids(c)]
        stacked = leaves if len(leaves) >= style.stack_min else []
        branches = [c for c in children if c not in stacked]
        if not branches:  # only a column of leaves: hang it straight under the unit
            out.boxes[uid] = (x0, y)
            place_column(stacked, x0, y + h, y + h + style.stack_gap)
            return x0 + style.stack_indent + w
        # A row below the unit: the column of leaves first (if any), then each branch.
        child_y = y + row
        bus_y = y + h + style.v_gap / 2
        drops: list[float] = []
        x = x0
        if stacked:
            place_column(stacked, x, bus_y, child_y)
            drops.append(x + style.stack_indent / 2)
            x += style.stack_indent + w + style.h_gap
        stack.append(_Frame(uid, y, branches, drops, x, child_y, bus_y))
        return None

    def finish(frame: _Frame) -> float:
        """Centre the unit of `frame` over its row, once every branch is placed; return the right
        edge of its subtree."""
        right = frame.x - style.h_gap
        drops, y, bus_y = frame.drops, frame.y, frame.bus_y
        px = (drops[0] + drops[-1]) / 2 - w / 2
        out.boxes[frame.uid] = (px, y)
        out.edges.append([(px + w / 2, y + h), (px + w / 2, bus_y)])
        out.edges.append([(min(drops[0], px + w / 2), bus_y), (max(drops[-1], px + w / 2), bus_y)])
        return max(right, px + w)

    def place_column(leaves: list[int], x0: float, top: float, first_y: float) -> None:
        """Leaves one under another from `first_y`, hung on a spine from `top` at the left."""
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

    # Top-level units without children (groups, outside partners) stand in a column of their
    # own at the left, without lines, so they do not stretch the chart sideways.
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
