"""Small trend charts of 0-10 scores (ESAS-r symptoms, the MOBID-2 overall score) for the
printed plan, as reportlab graphics `Drawing`s.

Each chart is a handful of primitive shapes (band rectangles, one polyline per unbroken run,
dots), not a `LinePlot`: the plan prints ten of them and they must stay cheap. The x axis is
time, so uneven gaps between registrations show as such; a score that could not be assessed
breaks the line instead of dropping it to zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Drawing, Line, Path, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from helsehus_desktop.core.assessments import BANDS, SCORE_MAX, SCORE_MIN
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.reports.fonts import FONT, FONT_BOLD, INK, MUTED, RULE

# Light tints for the 1-3 / 4-6 / 7-10 bands, in the order of `BANDS`.
BAND_FILLS = (
    colors.HexColor("#f3f0c9"),
    colors.HexColor("#f9dcb8"),
    colors.HexColor("#f4c4bd"),
)
LINE = colors.HexColor("#1d4e89")
THRESHOLD = colors.HexColor("#9b2c2c")

TITLE_SIZE = 7.5
LABEL_SIZE = 6.0
LEFT, RIGHT, BOTTOM = 13.0, 4.0, 10.0  # room for the y labels, the last dot, the date labels

Point = tuple[datetime, int | None]


def _band_edges(low: int, high: int) -> tuple[float, float]:
    """Integer band low..high covers low-0.5 .. high+0.5 on the axis, kept inside 0..10."""
    return (max(SCORE_MIN, low - 0.5), min(SCORE_MAX, high + 0.5))


def trend_drawing(
    points: Sequence[Point],
    *,
    title: str,
    width: float,
    height: float,
    threshold: int | None = None,
) -> Drawing:
    """A chart of `points` (oldest first; None = not assessed) with the score bands shaded.

    `threshold` draws a dashed line at that score (the MOBID-2 level read as relevant pain).
    """
    d = Drawing(width, height)
    top = height - TITLE_SIZE - 7
    d.add(String(0, height - TITLE_SIZE, title, fontName=FONT_BOLD, fontSize=TITLE_SIZE))
    x0, x1, y0, y1 = LEFT, width - RIGHT, BOTTOM, top

    def y_of(score: float) -> float:
        return y0 + (y1 - y0) * (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)

    for (low, high, _label), fill in zip(BANDS, BAND_FILLS, strict=True):
        a, b = _band_edges(low, high)
        d.add(Rect(x0, y_of(a), x1 - x0, y_of(b) - y_of(a), fillColor=fill, strokeColor=None))
    d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
    for tick in (0, 5, 10):
        d.add(
            String(
                x0 - 2,
                y_of(tick) - LABEL_SIZE * 0.35,
                str(tick),
                fontName=FONT,
                fontSize=LABEL_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    if threshold is not None:
        ty = y_of(threshold)
        d.add(Line(x0, ty, x1, ty, strokeColor=THRESHOLD, strokeWidth=0.6, strokeDashArray=[2, 2]))
    if not points:
        d.add(
            String(
                (x0 + x1) / 2,
                (y0 + y1) / 2,
                "Ingen registreringer",
                fontName=FONT,
                fontSize=LABEL_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        return d
    first, last = points[0][0], points[-1][0]
    span = (last - first).total_seconds()
    inner = (x1 - x0) - 6

    def x_of(at: datetime) -> float:
        if span <= 0:
            return (x0 + x1) / 2
        return x0 + 3 + inner * (at - first).total_seconds() / span

    runs: list[list[float]] = [[]]
    # Every dot is a zero-length, round-capped stroke in one path: far cheaper than circles.
    dots = Path(strokeColor=LINE, strokeWidth=2.8, strokeLineCap=1, fillColor=None)
    for at, score in points:
        if score is None:
            if runs[-1]:
                runs.append([])
            continue
        x, y = x_of(at), y_of(score)
        runs[-1].extend((x, y))
        dots.moveTo(x, y)
        dots.lineTo(x + 0.01, y)
    for run in runs:
        if len(run) >= 4:
            d.add(PolyLine(run, strokeColor=LINE, strokeWidth=1.0))
    d.add(dots)
    label = {"fontName": FONT, "fontSize": LABEL_SIZE, "fillColor": MUTED}
    if span <= 0:
        d.add(String((x0 + x1) / 2, 1, format_day(first.date()), textAnchor="middle", **label))
    else:
        d.add(String(x0, 1, format_day(first.date()), textAnchor="start", **label))
        d.add(String(x1, 1, format_day(last.date()), textAnchor="end", **label))
    return d


def band_legend(width: float, *, threshold_label: str = "") -> Drawing:
    """One line naming the shaded bands (and the dashed threshold line, when given)."""
    size = 7.0
    d = Drawing(width, size + 4)
    x = 0.0
    for (low, high, label), fill in zip(BANDS, BAND_FILLS, strict=True):
        d.add(Rect(x, 1, 10, size, fillColor=fill, strokeColor=RULE, strokeWidth=0.4))
        text = f"{low}–{high} {label}"
        d.add(String(x + 13, 2, text, fontName=FONT, fontSize=size, fillColor=INK))
        x += 13 + stringWidth(text, FONT, size) + 12
    if threshold_label:
        d.add(
            Line(
                x,
                size / 2 + 1,
                x + 14,
                size / 2 + 1,
                strokeColor=THRESHOLD,
                strokeWidth=0.8,
                strokeDashArray=[2, 2],
            )
        )
        d.add(String(x + 18, 2, threshold_label, fontName=FONT, fontSize=size, fillColor=INK))
    return d
