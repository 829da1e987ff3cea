"""The organisation chart as a PDF: the chart itself, then a listing of units and contacts.

The chart uses the same layout as the screen (`core.layout.layout_chart`). How it goes on paper
(`plan_orgchart`), always landscape:

1. The whole chart on one page when that keeps at least `FIT_MIN_SCALE` (55 %) of the screen
   size (never enlarged past 100 %).
2. Otherwise tiles at `TILE_SCALE` (75 %), grown towards 100 % when that needs no more pages,
   each labelled "Del k av N" with a small map of where it sits. Neighbouring tiles share at
   least `TILE_OVERLAP` points, and a tile edge that cuts a box moves back so the next tile shows
   that box whole: every box is printed in one piece somewhere. Empty tiles are left out.
   When that gives more than `max_chart_pages` pages, the scale steps down to the 55 % floor.
3. If even the floor needs too many pages, the deepest levels are folded (as if collapsed, with
   "+ N" on the box) until it fits, and every chart page says so. Should even the top level
   alone be too big, only the first `max_chart_pages` parts are printed, again with a note.
   The listing after the chart always holds every unit, so nothing is lost from the printout.

Line management is drawn as on screen; cooperations are dashed curves from the border of one
unit to its partner, behind the boxes so they never cover text, with a dot at each real end.

Nothing here imports Qt or SQLAlchemy: it reads an `OrgView`.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.layout import ChartLayout, LayoutStyle, Point, layout_chart
from helsehus_desktop.core.orgchart import UNIT_KINDS, OrgView, Unit
from helsehus_desktop.reports.fonts import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    PageFurniture,
    ReportDoc,
    paper_size,
    register_fonts,
    text_styles,
)

FIT_MIN_SCALE = 0.55  # smallest scale for the whole chart on one page; also the tiling floor
MAX_SCALE = 1.0  # a small chart is not blown up beyond screen size
TILE_SCALE = 0.75  # preferred scale when the chart must be tiled
SCALE_STEP = 0.05
TILE_OVERLAP = 28.0  # at least this many points are shared by neighbouring tiles
MAX_CHART_PAGES = 40  # more tiles than this and deeper levels are folded
PAD = 12.0  # points kept clear round the chart inside a tile

LISTING_HEADING = "Enheter, stillinger og kontaktrekkefølge"

LINE_COLOUR = colors.HexColor("#52606d")
COOP_COLOUR = colors.HexColor("#0f8a7e")  # as on screen
VACANT_COLOUR = colors.HexColor("#b42318")
BOX_FILL = colors.white
EXTERNAL_FILL = colors.HexColor("#eef1f4")
MARKER_FILL = colors.HexColor("#e3e8ee")
LOCATOR_FILL = colors.HexColor("#dfe4ea")
ZEBRA = colors.HexColor("#f4f6f8")

# Text inside a box, in layout units (1 unit = 1 point at 100 %).
NAME_SIZE, NAME_MIN_SIZE = 11.0, 8.0
KIND_SIZE = 8.0
HEAD_SIZE = 8.5
HEAD_TITLE_SIZE = 8.0
BOX_PAD_X, BOX_PAD_Y = 7.0, 4.0
ELLIPSIS = "…"


# -- planning ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChartTile:
    """One chart page: grid cell (`row`, `col`) whose top-left corner is at (`x`, `y`) points in
    the scaled chart (negative when a one-page chart is centred)."""

    row: int
    col: int
    x: float
    y: float


@dataclass(slots=True)
class ChartPlan:
    layout: ChartLayout
    style: LayoutStyle
    scale: float
    frame: tuple[float, float]  # width, height of the chart area on a page, in points
    rows: int
    cols: int
    tiles: list[ChartTile]
    collapsed: frozenset[int]  # collapsed as drawn: the caller's plus any folded levels
    folded_below_depth: int | None = None  # levels deeper than this were folded to fit
    hidden_counts: dict[int, int] = field(default_factory=dict)  # box id -> units under it
    omitted_tiles: int = 0  # parts left out because even the folded chart passed the cap

    @property
    def pages(self) -> int:
        return len(self.tiles)


def _chart_furniture(
    title: str, view: OrgView, printed_on: date, note: str = "", reserve_right: float = 0.0
) -> PageFurniture:
    line = f"Per dato: {format_day(view.day)}"
    return PageFurniture(
        title=title,
        printed_on=printed_on,
        reserve_right=reserve_right,
        subtitle=(f"{line} – {note}" if note else line,),
    )


def _plan_note(plan: ChartPlan, include_listing: bool) -> str:
    """What the chart pages must say about units they do not show."""
    notes = []
    if plan.folded_below_depth is not None:
        notes.append(
            f"nivåene under nivå {plan.folded_below_depth + 1} er slått sammen (+ N) for å få plass"
        )
    if plan.omitted_tiles:
        notes.append(f"bare de første {plan.pages} delene av kartet er med")
    if notes and include_listing:
        notes.append("alle enheter står i listen")
    return "; ".join(notes)


def plan_orgchart(
    view: OrgView,
    *,
    page_size: str = "A4",
    collapsed: Collection[int] = (),
    max_chart_pages: int = MAX_CHART_PAGES,
    style: LayoutStyle | None = None,
) -> ChartPlan:
    """Decide scale, tiles and any folded levels for printing `view` (see the module doc)."""
    style = style or LayoutStyle()
    pagesize = paper_size(page_size, landscape_=True)
    _, _, fw, fh = _chart_furniture("", view, view.day).frame_box(pagesize)
    frame = (fw, fh)
    max_chart_pages = max(1, max_chart_pages)
    user_collapsed = frozenset(collapsed)

    depth_of: dict[int, int] = dict(view.walk())
    deepest = max(depth_of.values(), default=0)
    tried: dict[int | None, ChartPlan] = {}

    def attempt(fold: int | None) -> ChartPlan:
        if fold not in tried:
            eff = set(user_collapsed)
            if fold is not None:
                eff.update(u for u, d in depth_of.items() if d == fold and view.children.get(u))
            layout = layout_chart(view, eff, style)
            tried[fold] = _place(layout, style, frame, max_chart_pages, frozenset(eff), fold)
        return tried[fold]

    plan = attempt(None)
    if plan.pages > max_chart_pages and deepest > 0:
        # Fold as few levels as will do: the deepest fold depth whose chart fits the cap
        # (pages shrink, near enough monotonically, as the fold moves up the tree).
        lo, hi = 0, deepest - 1
        plan = attempt(0)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if attempt(mid).pages <= max_chart_pages:
                lo = mid
            else:
                hi = mid - 1
        if attempt(lo).pages <= max_chart_pages:
            plan = attempt(lo)
    if plan.pages > max_chart_pages:
        # Even the top level alone is too big (thousands of units side by side): print the
        # first parts only and say so; the listing still holds every unit.
        plan.omitted_tiles = plan.pages - max_chart_pages
        plan.tiles = plan.tiles[:max_chart_pages]
    plan.hidden_counts = _hidden_counts(view, plan.layout.hidden_children)
    return plan


def _place(
    layout: ChartLayout,
    style: LayoutStyle,
    frame: tuple[float, float],
    max_pages: int,
    eff: frozenset[int],
    fold: int | None,
) -> ChartPlan:
    fw, fh = frame
    if not layout.boxes:
        return ChartPlan(layout, style, 1.0, frame, 1, 1, [ChartTile(0, 0, 0.0, 0.0)], eff, fold)
    fit = min((fw - 2 * PAD) / layout.width, (fh - 2 * PAD) / layout.height)
    if fit >= FIT_MIN_SCALE:
        s = min(fit, MAX_SCALE)
        cw = layout.width * s + 2 * PAD
        tile = ChartTile(0, 0, -(fw - cw) / 2, 0.0)
        return ChartPlan(layout, style, s, frame, 1, 1, [tile], eff, fold)

    def plan_at(scale: float) -> ChartPlan:
        rows, cols, tiles = _tiles(layout, style, scale, frame)
        return ChartPlan(layout, style, scale, frame, rows, cols, tiles, eff, fold)

    # Shrink from the preferred scale towards the floor until the pages fit under the cap ...
    best = plan_at(TILE_SCALE)
    scale = TILE_SCALE
    while best.pages > max_pages and scale - SCALE_STEP >= FIT_MIN_SCALE - 1e-9:
        scale = round(scale - SCALE_STEP, 4)
        best = plan_at(scale)
    if best.pages > max_pages or scale < TILE_SCALE:
        return best
    # ... or, when the preferred scale leaves room on the pages it needs, grow into that room.
    scale = round(scale + SCALE_STEP, 4)
    while scale <= MAX_SCALE + 1e-9:
        bigger = plan_at(scale)
        if bigger.pages > best.pages:
            break
        best = bigger
        scale = round(scale + SCALE_STEP, 4)
    return best


def _starts(spans: list[tuple[float, float]], extent: float, size: float) -> list[float]:
    """Where tiles of `size` begin along one axis to cover `extent`.

    Each tile after the first begins no later than `TILE_OVERLAP` before the previous one
    ends, and early enough that a box cut by the previous tile's edge is whole on this one:
    no box is split without also being printed in one piece.
    """
    starts = [0.0]
    if extent <= size:
        return starts
    spans = sorted(spans)
    los = [lo for lo, _ in spans]
    while starts[-1] + size < extent:
        end = starts[-1] + size
        nxt = end - TILE_OVERLAP
        # Boxes starting before `end` that reach past it are cut; the longest box is at most
        # one box size, so only those starting within that reach of `end` need a look.
        first = bisect.bisect_left(los, end - size)
        for lo, hi in spans[first : bisect.bisect_left(los, end)]:
            if hi > end:
                nxt = min(nxt, lo - PAD / 2)
        starts.append(max(nxt, starts[-1] + size / 4))
    return starts


def _tiles(
    layout: ChartLayout, style: LayoutStyle, s: float, frame: tuple[float, float]
) -> tuple[int, int, list[ChartTile]]:
    """The non-empty tiles of the chart at scale `s`, row by row."""
    fw, fh = frame
    w, h = style.box_width * s, style.box_height * s
    marker = 6 * s  # the "+ N" tab hangs below a box
    boxes = [(PAD + bx * s, PAD + by * s) for bx, by in layout.boxes.values()]
    xs = _starts([(x, x + w) for x, _ in boxes], layout.width * s + 2 * PAD, fw)
    ys = _starts([(y, y + h + marker) for _, y in boxes], layout.height * s + 2 * PAD, fh)
    used: set[tuple[int, int]] = set()

    def mark(x0: float, y0: float, x1: float, y1: float) -> None:
        """Mark every tile meeting the rectangle (points, in the scaled chart)."""
        for r in range(bisect.bisect_right(ys, y0 - fh), bisect.bisect_left(ys, y1)):
            for c in range(bisect.bisect_right(xs, x0 - fw), bisect.bisect_left(xs, x1)):
                used.add((r, c))

    for x, y in boxes:
        mark(x, y, x + w, y + h)
    for line in layout.edges:
        for (ax, ay), (bx, by) in zip(line, line[1:], strict=False):
            mark(
                PAD + min(ax, bx) * s,
                PAD + min(ay, by) * s,
                PAD + max(ax, bx) * s + 0.01,
                PAD + max(ay, by) * s + 0.01,
            )
    tiles = [ChartTile(r, c, xs[c], ys[r]) for r, c in sorted(used)]
    return len(ys), len(xs), tiles


def _hidden_counts(view: OrgView, hidden: Iterable[int]) -> dict[int, int]:
    """How many units sit under each box whose children are not drawn."""
    size: dict[int, int] = {}
    for uid, _ in reversed(list(view.walk())):
        size[uid] = 1 + sum(size[c] for c in view.children.get(uid, []))
    return {uid: size[uid] - 1 for uid in hidden}


# -- drawing the chart ------------------------------------------------------------------------


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is broken where it must."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while stringWidth(word, font, size) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut] + "-", font, size) > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True, slots=True)
class _BoxText:
    name_lines: tuple[str, ...]
    name_size: float
    kind: str
    head: tuple[str, str] | None  # (first line, second line)
    vacant: bool
    external: bool

    @property
    def height(self) -> float:
        h = len(self.name_lines) * self.name_size * 1.15 + KIND_SIZE * 1.25
        if self.head:
            h += HEAD_SIZE * 1.25 + (HEAD_TITLE_SIZE * 1.2 if self.head[1] else 0)
        return h


def _box_text(view: OrgView, unit: Unit, style: LayoutStyle) -> _BoxText:
    width = style.box_width - 2 * BOX_PAD_X
    name = unit.name.strip() or "(uten navn)"
    head = view.head(unit.id)
    head_lines: tuple[str, str] | None = None
    vacant = False
    if head is not None:
        vacant = head.vacant
        first = "Vakant" if vacant else head.person_name.strip()
        head_lines = (
            _ellipsize(first, FONT_BOLD if vacant else FONT, HEAD_SIZE, width),
            _ellipsize(head.title.strip(), FONT, HEAD_TITLE_SIZE, width),
        )
    kind = _ellipsize(UNIT_KINDS.get(unit.kind, unit.kind), FONT, KIND_SIZE, width)
    room = style.box_height - 2 * BOX_PAD_Y
    size = NAME_SIZE
    while True:  # the largest name size that fits in two lines and leaves room for the rest
        lines = _wrap(name, FONT_BOLD, size, width)
        text = _BoxText(tuple(lines[:2]), size, kind, head_lines, vacant, unit.kind == "ekstern")
        if size <= NAME_MIN_SIZE or (len(lines) <= 2 and text.height <= room):
            break
        size = max(NAME_MIN_SIZE, size - 0.5)
    if len(lines) > 2:
        flat = " ".join(name.split())
        cut = len(lines[0]) if flat.startswith(lines[0]) else len(lines[0]) - 1  # "-" added
        last = _ellipsize(flat[cut:].strip(), FONT_BOLD, size, width)
        text = _BoxText((lines[0], last), size, kind, head_lines, vacant, unit.kind == "ekstern")
    return text


@dataclass(frozen=True, slots=True)
class _Curve:
    """A cooperation: a dashed curve between the facing sides of two boxes, drawn behind the
    boxes so it never covers text, with a dot on top at each end."""

    points: tuple[Point, Point, Point, Point]  # Bezier start, controls, end (layout units)

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys))


def _bezier_point(pts: Sequence[Point], t: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def _cooperation_curves(view: OrgView, layout: ChartLayout, style: LayoutStyle) -> list[_Curve]:
    """Cooperations between two drawn boxes (a partner hidden by collapsing is not drawn).

    Each is a curve starting at the border of its own unit, never behind a neighbour: side to
    side, or bottom to top between rows, or a bracket round the right-hand side for boxes in
    one column; of these, the one that passes behind the fewest other boxes.
    """
    w, h = style.box_width, style.box_height
    bulge = min(20.0, style.h_gap * 0.8)  # a Bezier bracket reaches 3/4 of this out
    cell = 256.0
    grid: dict[tuple[int, int], list[Point]] = {}
    for x, y in layout.boxes.values():
        for gx in range(int(x // cell), int((x + w) // cell) + 1):
            for gy in range(int(y // cell), int((y + h) // cell) + 1):
                grid.setdefault((gx, gy), []).append((x, y))

    def behind(pts: Sequence[Point], ends: Collection[Point]) -> int:
        hit: set[Point] = set()
        for i in range(1, 32):
            px, py = _bezier_point(pts, i / 32)
            for box in grid.get((int(px // cell), int(py // cell)), ()):
                if box not in ends and box[0] < px < box[0] + w and box[1] < py < box[1] + h:
                    hit.add(box)
        return len(hit)

    curves: list[_Curve] = []
    for coop in view.cooperations:
        a, b = layout.boxes.get(coop.unit_a_id), layout.boxes.get(coop.unit_b_id)
        if a is None or b is None or a == b:
            continue
        if b[0] < a[0]:
            a, b = b, a
        (ax, ay), (bx, by) = a, b
        candidates: list[tuple[Point, Point, Point, Point]] = []
        if bx - ax < w:
            right = bx + w + bulge
            candidates.append(
                (
                    (ax + w, ay + h / 2),
                    (right, ay + h / 2),
                    (right, by + h / 2),
                    (bx + w, by + h / 2),
                )
            )
        else:
            bend = max(30.0, (bx - ax - w) * 0.35)
            candidates.append(
                (
                    (ax + w, ay + h / 2),
                    (ax + w + bend, ay + h / 2),
                    (bx - bend, by + h / 2),
                    (bx, by + h / 2),
                )
            )
        if abs(by - ay) >= h + 12:
            (ux, uy), (lx, ly) = (a, b) if ay < by else (b, a)
            bend = max(24.0, (ly - uy - h) * 0.4)
            start, end = (ux + w * 0.7, uy + h), (lx + w * 0.7, ly)
            candidates.append((start, (start[0], start[1] + bend), (end[0], end[1] - bend), end))
        best = min(candidates, key=lambda pts: behind(pts, (a, b)))
        curves.append(_Curve(best))
    return curves


class _ChartTile(Flowable):
    """One page of the chart: the part of the drawing under `tile`, clipped to the frame."""

    def __init__(self, chart: _Chart, tile: ChartTile) -> None:
        super().__init__()
        self.chart, self.tile = chart, tile
        self.width, self.height = chart.plan.frame

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (self.width, min(self.height, availHeight))

    def draw(self) -> None:
        self.chart.draw_tile(self.canv, self.tile, self.width, self.height)


class _Chart:
    """Everything needed to draw chart tiles, computed once."""

    def __init__(self, view: OrgView, plan: ChartPlan) -> None:
        self.view, self.plan = view, plan
        style = plan.style
        self.texts = {uid: _box_text(view, view.units[uid], style) for uid in plan.layout.boxes}
        self.coops = _cooperation_curves(view, plan.layout, style)

    def draw_tile(self, canv: Canvas, tile: ChartTile, fw: float, fh: float) -> None:
        plan, s = self.plan, self.plan.scale
        style = plan.style
        canv.saveState()
        clip = canv.beginPath()
        clip.rect(0, 0, fw, fh)
        canv.clipPath(clip, stroke=0, fill=0)
        if not plan.layout.boxes:
            canv.setFont(FONT, 11)
            canv.setFillColor(MUTED)
            canv.drawCentredString(fw / 2, fh / 2, "Ingen enheter på denne datoen.")
            canv.restoreState()
            return

        def px(x: float) -> float:
            return PAD + x * s - tile.x

        def py(y: float) -> float:
            return fh - (PAD + y * s - tile.y)

        def visible(x0: float, y0: float, x1: float, y1: float) -> bool:
            return px(x1) >= -2 and px(x0) <= fw + 2 and py(y1) <= fh + 2 and py(y0) >= -2

        def polyline(points: Sequence[Point]) -> None:
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            if not visible(min(xs), min(ys), max(xs), max(ys)):
                return
            path = canv.beginPath()
            path.moveTo(px(points[0][0]), py(points[0][1]))
            for x, y in points[1:]:
                path.lineTo(px(x), py(y))
            canv.drawPath(path, stroke=1, fill=0)

        canv.setLineJoin(1)
        canv.setStrokeColor(LINE_COLOUR)
        canv.setLineWidth(max(0.5, 1.0 * s))
        for line in plan.layout.edges:
            polyline(line)

        # Cooperations behind the boxes, as on screen, so they never cover text.
        canv.saveState()
        canv.setStrokeColor(COOP_COLOUR)
        canv.setLineWidth(max(0.6, 1.1 * s))
        canv.setDash([4 * max(s, 0.6), 2.5 * max(s, 0.6)])
        for curve in self.coops:
            if visible(*curve.bounds()):
                (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve.points
                canv.bezier(px(x0), py(y0), px(x1), py(y1), px(x2), py(y2), px(x3), py(y3))
        canv.restoreState()

        w, h = style.box_width, style.box_height
        for uid, (bx, by) in plan.layout.boxes.items():
            if visible(bx, by, bx + w, by + h + 12):
                self._draw_box(canv, uid, px(bx), py(by), s)

        # Dots on top mark where each cooperation really ends: a line that passes behind a
        # box without a dot does not belong to it.
        canv.setFillColor(COOP_COLOUR)
        canv.setStrokeColor(colors.white)
        canv.setLineWidth(max(0.3, 0.5 * s))
        for curve in self.coops:
            for x, y in (curve.points[0], curve.points[-1]):
                if visible(x, y, x, y):
                    canv.circle(px(x), py(y), max(1.3, 2.4 * s), stroke=1, fill=1)
        canv.restoreState()

    def _draw_box(self, canv: Canvas, uid: int, left: float, top: float, s: float) -> None:
        style = self.plan.style
        w, h = style.box_width * s, style.box_height * s
        text = self.texts[uid]
        canv.saveState()
        canv.setLineWidth(max(0.4, 0.9 * s))
        canv.setStrokeColor(LINE_COLOUR)
        canv.setFillColor(EXTERNAL_FILL if text.external else BOX_FILL)
        if text.external:
            canv.setDash([3 * max(s, 0.6), 2 * max(s, 0.6)])
        canv.roundRect(left, top - h, w, h, 6 * s, stroke=1, fill=1)
        canv.setDash([])

        x = left + BOX_PAD_X * s
        inner = style.box_height - 2 * BOX_PAD_Y
        y = top - (BOX_PAD_Y + max(0.0, (inner - text.height) / 2)) * s
        canv.setFillColor(INK)
        size = text.name_size
        for line in text.name_lines:
            y -= size * 1.15 * s
            canv.setFont(FONT_BOLD, size * s)
            canv.drawString(x, y + size * 0.22 * s, line)
        y -= KIND_SIZE * 1.25 * s
        canv.setFont(FONT, KIND_SIZE * s)
        canv.setFillColor(MUTED)
        canv.drawString(x, y + KIND_SIZE * 0.2 * s, text.kind)
        if text.head:
            y -= HEAD_SIZE * 1.25 * s
            if text.vacant:
                canv.setFont(FONT_BOLD, HEAD_SIZE * s)
                canv.setFillColor(VACANT_COLOUR)
            else:
                canv.setFont(FONT, HEAD_SIZE * s)
                canv.setFillColor(INK)
            canv.drawString(x, y + HEAD_SIZE * 0.2 * s, text.head[0])
            if text.head[1]:
                y -= HEAD_TITLE_SIZE * 1.2 * s
                canv.setFont(FONT, HEAD_TITLE_SIZE * s)
                canv.setFillColor(MUTED)
                canv.drawString(x, y + HEAD_TITLE_SIZE * 0.2 * s, text.head[1])

        hidden = self.plan.hidden_counts.get(uid)
        if hidden:
            label = f"+ {hidden}"
            fs = 7.5 * s
            mw = stringWidth(label, FONT_BOLD, fs) + 8 * s
            mh = 11 * s
            mx, my = left + w / 2 - mw / 2, top - h - mh / 2
            canv.setFillColor(MARKER_FILL)
            canv.setStrokeColor(LINE_COLOUR)
            canv.setLineWidth(max(0.4, 0.7 * s))
            canv.roundRect(mx, my, mw, mh, mh / 2, stroke=1, fill=1)
            canv.setFillColor(INK)
            canv.setFont(FONT_BOLD, fs)
            canv.drawCentredString(left + w / 2, my + mh / 2 - fs * 0.35, label)
        canv.restoreState()


class _ChartPage:
    """onPage for chart pages: header and footer, legend, and which part of the chart this is."""

    def __init__(self, furniture: PageFurniture, plan: ChartPlan) -> None:
        self.furniture, self.plan = furniture, plan

    def __call__(self, canv: Canvas, doc: Any) -> None:
        self.furniture(canv, doc)
        f, plan = self.furniture, self.plan
        pw, ph = canv._pagesize
        right = pw - f.margin
        canv.saveState()
        self._legend(canv, pw / 2, f.bottom)
        index = min(max(doc.page - 1, 0), plan.pages - 1)
        if plan.pages > 1:
            tile = plan.tiles[index]
            band_top = ph - f.top
            band_h = f.header_height - 6
            map_w = min(100.0, max(24.0, plan.cols * 10.0))
            cell = min(map_w / plan.cols, band_h / plan.rows)
            tx = right
            if cell >= 1.5:  # a map of where this part sits, unless too fine to see
                self._locator(canv, tile, right - cell * plan.cols, band_top, cell)
                tx = right - cell * plan.cols - 8
            title_y = ph - f.top - f.title_size
            canv.setFillColor(INK)
            canv.setFont(FONT_BOLD, 10)
            canv.drawRightString(tx, title_y, f"Del {index + 1} av {plan.pages}")
            canv.setFont(FONT, f.small_size)
            canv.setFillColor(MUTED)
            canv.drawRightString(
                tx,
                title_y - f.small_size * 1.3,
                f"rad {tile.row + 1}, kolonne {tile.col + 1} · {round(plan.scale * 100)} %",
            )
        canv.restoreState()

    def _locator(self, canv: Canvas, tile: ChartTile, x: float, top: float, cell: float) -> None:
        plan = self.plan
        used = {(t.row, t.col) for t in plan.tiles}
        canv.setLineWidth(0.3)
        canv.setStrokeColor(RULE)
        for r, c in sorted(used):
            here = (r, c) == (tile.row, tile.col)
            canv.setFillColor(COOP_COLOUR if here else LOCATOR_FILL)
            canv.rect(x + c * cell, top - (r + 1) * cell, cell, cell, stroke=1, fill=1)
        canv.rect(x, top - cell * plan.rows, cell * plan.cols, cell * plan.rows, stroke=1, fill=0)

    def _legend(self, canv: Canvas, cx: float, y: float) -> None:
        items: list[tuple[str, str]] = [("line", "Linjeledelse"), ("coop", "Samarbeider med")]
        if self.plan.hidden_counts:
            items.append(("more", "underliggende enheter ikke vist"))
        fs, seg, gap = 7.5, 22.0, 14.0
        widths = [seg + 4 + stringWidth(label, FONT, fs) for _, label in items]
        x = cx - (sum(widths) + gap * (len(items) - 1)) / 2
        mid = y + fs * 0.35
        canv.setFont(FONT, fs)
        for (kind, label), width in zip(items, widths, strict=True):
            canv.saveState()
            if kind == "line":
                canv.setStrokeColor(LINE_COLOUR)
                canv.setLineWidth(1)
                canv.line(x, mid, x + seg, mid)
            elif kind == "coop":
                canv.setStrokeColor(COOP_COLOUR)
                canv.setLineWidth(1.2)
                canv.setDash([3, 2])
                canv.line(x, mid, x + seg, mid)
                canv.setDash([])
                canv.setFillColor(COOP_COLOUR)
                canv.circle(x + 1.5, mid, 1.5, stroke=0, fill=1)
                canv.circle(x + seg - 1.5, mid, 1.5, stroke=0, fill=1)
            else:
                canv.setFillColor(MARKER_FILL)
                canv.setStrokeColor(LINE_COLOUR)
                canv.setLineWidth(0.5)
                canv.roundRect(x, mid - 4, seg, 8, 4, stroke=1, fill=1)
                canv.setFillColor(INK)
                canv.setFont(FONT_BOLD, 6)
                canv.drawCentredString(x + seg / 2, mid - 2, "+ N")
            canv.restoreState()
            canv.setFillColor(INK)
            canv.drawString(x + seg + 4, y, label)
            x += width + gap


# -- the listing ------------------------------------------------------------------------------


CELL_PAD_X, CELL_PAD_TOP, CELL_PAD_BOTTOM = 4.0, 3.0, 4.0
COLUMN_SHARES = (0.26, 0.30, 0.22, 0.22)  # Enhet, Stillinger, Kontaktrekkefølge, Samarbeider med


def _fit(para: Paragraph, width: float, room: float) -> list[tuple[Paragraph, float]]:
    """`para` wrapped at `width`, cut into pieces no taller than `room`; each with its height."""
    pieces: list[tuple[Paragraph, float]] = []
    _, height = para.wrap(width, room)
    while height > room:
        parts = para.split(width, room)
        if len(parts) < 2:  # not even one line fits; cannot happen at the sizes used here
            break
        head, para = parts
        pieces.append((head, head.wrap(width, room)[1]))
        _, height = para.wrap(width, room)
    pieces.append((para, height))
    return pieces


def _chunks(entries: Iterable[tuple[Paragraph, float]], room: float) -> list[list[Paragraph]]:
    """Measured entries grouped in order so that no group is taller than `room`."""
    groups: list[list[Paragraph]] = [[]]
    used = 0.0
    for para, height in entries:
        if groups[-1] and used + height > room:
            groups.append([])
            used = 0.0
        groups[-1].append(para)
        used += height
    return groups


def _listing(view: OrgView, width: float, height: float) -> list[Flowable]:
    """The table after the chart: every unit of the day in tree order, indented by depth.

    `width` and `height` are the listing frame's. A unit's row is never split over two pages:
    every entry is measured at its column's width, and what does not fit in a row one page high
    (very many positions or partners, or very long texts) continues in extra rows marked
    "(forts.)". An entry taller than a page by itself is cut between rows.
    """
    st = text_styles(8)
    body, muted = st["body"], st["muted"]
    head_style = ParagraphStyle("th", parent=body, fontName=FONT_BOLD)
    indents = [ParagraphStyle(f"u{d}", parent=body, leftIndent=d * 9) for d in range(9)]
    grey = MUTED.hexval()[2:]
    red = VACANT_COLOUR.hexval()[2:]
    widths = [width * f for f in COLUMN_SHARES]
    inner = [w - 2 * CELL_PAD_X for w in widths]  # the width a cell's text wraps at

    def muted_span(text: str) -> str:
        return f'<font color="#{grey}">{escape(text)}</font>'

    header = [
        Paragraph(t, head_style)
        for t in ("Enhet", "Stillinger", "Kontaktrekkefølge", "Samarbeider med")
    ]
    header_height = max(p.wrap(w, height)[1] for p, w in zip(header, inner, strict=True))
    # The tallest row content that still fits on a page under the repeated header row.
    room = height - header_height - 2 * (CELL_PAD_TOP + CELL_PAD_BOTTOM) - 2

    def measured(markup: Iterable[str], col: int) -> list[tuple[Paragraph, float]]:
        return [piece for text in markup for piece in _fit(Paragraph(text, body), inner[col], room)]

    rows: list[list[Any]] = [header]
    shaded: list[int] = []
    for n_unit, (uid, depth) in enumerate(view.walk()):
        unit = view.units[uid]
        name_style = indents[min(depth, 8)]
        about = [f"<b>{escape(unit.name)}</b>", muted_span(UNIT_KINDS.get(unit.kind, unit.kind))]
        if unit.phone:
            about.append(f"Tlf. {escape(unit.phone)}")
        if unit.address:
            about.append(escape(unit.address))

        positions = []
        for pos in view.positions.get(uid, []):
            who = (
                f'<font color="#{red}">Vakant</font>'
                if pos.vacant
                else escape(pos.person_name.strip())
            )
            text = f"<b>{escape(pos.title)}</b>: {who}"
            reach = " · ".join(
                r for r in (f"tlf. {pos.phone}" if pos.phone else "", pos.email) if r
            )
            positions.append(f"{text}<br/>{muted_span(reach)}" if reach else text)

        contacts = []
        for n, step in enumerate(view.contacts.get(uid, []), start=1):
            text = f"{n}. {escape(step.label)}"
            if step.person_name.strip():
                text += f": {escape(step.person_name.strip())}"
            if step.phone:
                text += f", tlf. {escape(step.phone)}"
            contacts.append(text)

        partners = []
        for other, coop in view.partners(uid):
            text = escape(view.units[other].name)
            if coop.note:
                text += " " + muted_span(f"({coop.note})")
            partners.append(text)

        firsts = [p for p, _ in _fit(Paragraph("<br/>".join(about), name_style), inner[0], room)]
        columns = [
            _chunks(measured(entries, col), room)
            for col, entries in enumerate((positions, contacts, partners), start=1)
        ]
        for part in range(max(len(firsts), *(len(c) for c in columns))):
            if part < len(firsts):
                first: Flowable = firsts[part]
            else:
                more = Paragraph(f"{escape(unit.name)} {muted_span('(forts.)')}", name_style)
                first = _fit(more, inner[0], room)[0][0]
            cells: list[Any] = [
                c[part] if part < len(c) and c[part] else Paragraph("–" if part == 0 else "", body)
                for c in columns
            ]
            rows.append([first, *cells])
            if n_unit % 2:
                shaded.append(len(rows) - 1)

    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else reportlab names Helvetica for each cell
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LOCATOR_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE_COLOUR),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_BOTTOM),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
    ]
    commands.extend(("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in shaded)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    count = len(view.units)
    summary = (
        f"{count} {'enhet' if count == 1 else 'enheter'} per {format_day(view.day)}, "
        "i rekkefølge fra toppen av kartet; innrykk viser hvem som ligger under hvem."
    )
    return [
        Paragraph(LISTING_HEADING, st["heading"]),
        Paragraph(summary, muted),
        Spacer(1, 6),
        table,
    ]


# -- the document -----------------------------------------------------------------------------


def render_orgchart_pdf(
    view: OrgView,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    page_size: str = "A4",
    title: str = "Organisasjonskart",
    printed_on: date,
    collapsed: Collection[int] = (),
    include_listing: bool = True,
    max_chart_pages: int = MAX_CHART_PAGES,
) -> int:
    """Write the chart of `view` as a landscape PDF to `out`; return the number of pages.

    `page_size` is "A4" or "A3"; `collapsed` are units whose children are hidden, as on screen.
    See the module doc for how the scale and tiling are chosen.
    """
    register_fonts()
    plan = plan_orgchart(
        view, page_size=page_size, collapsed=collapsed, max_chart_pages=max_chart_pages
    )
    pagesize = paper_size(page_size, landscape_=True)
    chart_furniture = _chart_furniture(
        title,
        view,
        printed_on,
        _plan_note(plan, include_listing),
        reserve_right=250.0 if plan.pages > 1 else 0.0,
    )
    list_furniture = _chart_furniture(title, view, printed_on)
    doc = ReportDoc(
        out,
        pagesize=pagesize,
        title=title,
        subject=f"Organisasjonskart per {format_day(view.day)}",
    )
    cx, cy, cw, ch = chart_furniture.frame_box(pagesize)
    lx, ly, lw, lh = list_furniture.frame_box(pagesize)
    doc.addPageTemplates(
        [
            PageTemplate(
                "chart",
                [Frame(cx, cy, cw, ch, 0, 0, 0, 0, id="chart")],
                onPage=_ChartPage(chart_furniture, plan),
            ),
            PageTemplate(
                "listing", [Frame(lx, ly, lw, lh, 0, 0, 0, 0, id="listing")], onPage=list_furniture
            ),
        ]
    )
    chart = _Chart(view, plan)
    story: list[Flowable] = []
    for i, tile in enumerate(plan.tiles):
        if i:
            story.append(PageBreak())
        story.append(_ChartTile(chart, tile))
    if include_listing:
        story += [NextPageTemplate("listing"), PageBreak(), *_listing(view, lw, lh)]
    return doc.build(story)
