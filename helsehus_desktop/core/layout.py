"""Tidy top-down layout of the organisation chart, shared by the screen and the PDF.

Each subtree gets its own band of columns, so boxes never overlap and the work is linear in the
number of units. A unit whose children are all leaves lists them in a column under itself
instead of in a row: this keeps large organisations narrow enough to read.
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


def layout_chart(view: OrgView, collapsed: Collection[int] = (),
                 style: LayoutStyle = LayoutStyle(), roots: list[int] | None = None) -> ChartLayout:
    """Place every visible unit of `view` (or of the subtrees under `roots`)."""
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
        """Lay out the subtree of `uid` from column `x0`; return the right edge it used."""
        children = kids(uid)
        if not children:
            out.boxes[uid] = (x0, y)
            return x0 + w
        if len(children) >= style.stack_min and not any(kids(c) for c in children):
            out.boxes[uid] = (x0, y)
            spine_x = x0 + style.stack_indent / 2
            cy = y + h + style.stack_gap
            for child in children:
                out.boxes[child] = (x0 + style.stack_indent, cy)
                mid = cy + h / 2
                out.edges.append([(spine_x, y + h), (spine_x, mid), (x0 + style.stack_indent, mid)])
                cy += h + style.stack_gap
            return x0 + style.stack_indent + w
        x = x0
        for child in children:
            x = place(child, x, y + row) + style.h_gap
        right = x - style.h_gap
        first_x = out.boxes[children[0]][0]
        last_x = out.boxes[children[-1]][0]
        px = (first_x + last_x) / 2
        out.boxes[uid] = (px, y)
        bus_y = y + h + style.v_gap / 2
        for child in children:
            cx, cy = out.boxes[child]
            out.edges.append([(px + w / 2, y + h), (px + w / 2, bus_y), (cx + w / 2, bus_y),
                              (cx + w / 2, cy)])
        return max(right, px + w)

    x = 0.0
    for root in view.roots if roots is None else roots:
        x = place(root, x, 0.0) + style.h_gap * 2
    if out.boxes:
        out.width = max(bx for bx, _ in out.boxes.values()) + w
        out.height = max(by for _, by in out.boxes.values()) + h
    return out
