"""Organisation-chart benchmark: a 2,000-unit organisation laid out, drawn, scrolled and listed.

    /path/to/python bench/chart_2000.py [--reps 5] [--units 2000] [--profile]

One process, Qt offscreen. The organisation comes from bench/orgdata.py (deterministic). Timed:

  view      OrgSnapshot.view(day), which the tab builds on every reload
  layout    core.layout.layout_chart(view) alone
  show      ChartView.show_view(view, collapsed=()) on a fresh view (includes the layout)
  paint     first paint at the overview zoom (ChartView.overview()), then at 100 % (ChartView.zoom
            back to 1.0, centred on the root): QApplication.processEvents() then
            view.viewport().grab()
  reload    show_view again on the populated view + repaint (what every edit costs the chart)
  scroll    20 scroll steps at 100 %, each: move the scroll bars, processEvents() (the real
            incremental paint), then viewport().grab() (a full repaint); mean per step
  tree      OrgTreeModel.load(view) on a fresh model, on a loaded model (reload), and behind the
            tab's OrgFilterProxy + a shown QTreeView, to first paint

Floors, measured in the same run, interleaved with the app figures: a bare QGraphicsScene with
as many plain QGraphicsRectItems (placed where the chart puts its boxes) and QGraphicsLineItems,
in a plain QGraphicsView of the same size, shown, zoomed, grabbed and scrolled the same way; and a
plain QStandardItemModel with the same rows (text only) for the tree.
Target: show_view (layout included) + first paint at the overview zoom under 0.3 s.
No assertion is made; the figures and ratios are printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
sys.path.insert(0, str(Path(__file__).resolve().parent))

from orgdata import DAY, describe, make_snapshot  # noqa: E402
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPen, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QTreeView,
)

from helsehus_desktop.core.layout import LayoutStyle, layout_chart  # noqa: E402
from helsehus_desktop.ui.orgchart.chart_view import ChartView  # noqa: E402
from helsehus_desktop.ui.orgchart.tree_model import OrgFilterProxy, OrgTreeModel  # noqa: E402

VIEW_SIZE = (700, 680)  # the chart's share of a 1280x800 main window (splitter 320/700/300)
TREE_SIZE = (320, 680)
SCROLL_STEPS = 20
TARGET_SECONDS = 0.3
STYLE = LayoutStyle()

clock = time.perf_counter


def settle() -> None:
    QApplication.processEvents()


def timed(fn: Callable[[], object]) -> float:
    start = clock()
    fn()
    return clock() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


class Figures:
    """Named lists of timings; median by default."""

    def __init__(self) -> None:
        self.values: dict[str, list[float]] = {}

    def add(self, name: str, seconds: float) -> None:
        self.values.setdefault(name, []).append(seconds)

    def med(self, name: str) -> float:
        return statistics.median(self.values[name])

    def low(self, name: str) -> float:
        return min(self.values[name])


# --- the app's chart -----------------------------------------------------------------------------


def chart_round(view, figures: Figures, prefix: str = "") -> dict:
    chart = ChartView()
    chart.resize(*VIEW_SIZE)
    chart.show()
    settle()
    f = prefix
    figures.add(f + "show_view", timed(lambda: chart.show_view(view, ())))

    def overview_paint() -> None:
        chart.overview()
        settle()
        chart.viewport().grab()

    figures.add(f + "paint_overview", timed(overview_paint))
    info = {
        "overview_scale": chart.transform().m11(),
        "overview_center": chart.mapToScene(chart.viewport().rect().center()),
    }

    def full_paint() -> None:
        chart.zoom(1.0 / chart.transform().m11())
        chart.centerOn(chart.layout_result.width / 2, 0)
        settle()
        chart.viewport().grab()

    figures.add(f + "paint_100", timed(full_paint))

    def repaint_without_cooperations() -> None:  # the same view, overlay of cooperations off
        chart.set_show_cooperations(False)
        settle()
        chart.viewport().grab()

    figures.add(f + "repaint_100", timed(lambda: chart.viewport().grab()))
    figures.add(f + "repaint_100_nocoop", timed(repaint_without_cooperations))
    chart.set_show_cooperations(True)
    settle()
    info["center_100"] = chart.mapToScene(chart.viewport().rect().center())
    scroll_into(chart, figures, f + "scroll")

    def reload() -> None:
        chart.show_view(view, ())
        settle()
        chart.viewport().grab()

    figures.add(f + "reload", timed(reload))
    info["items"] = len(chart.scene().items())
    chart.close()
    chart.deleteLater()
    settle()
    return info


def scroll_into(view: QGraphicsView, figures: Figures, name: str) -> None:
    """SCROLL_STEPS steps right (a third of the width) and down/up (a quarter of the height)."""
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    dx, dy = view.viewport().width() // 3, view.viewport().height() // 4
    events = grabs = 0.0
    for step in range(SCROLL_STEPS):
        t0 = clock()
        hbar.setValue(hbar.value() + dx)
        vbar.setValue(vbar.value() + (dy if step % 2 == 0 else -dy))
        settle()
        t1 = clock()
        view.viewport().grab()
        t2 = clock()
        events += t1 - t0
        grabs += t2 - t1
    figures.add(name, (events + grabs) / SCROLL_STEPS)
    figures.add(name + "_incremental", events / SCROLL_STEPS)
    figures.add(name + "_grab", grabs / SCROLL_STEPS)


# --- the floor -----------------------------------------------------------------------------------


def floor_round(boxes: list[tuple[float, float]], info: dict, figures: Figures) -> None:
    gview = QGraphicsView()
    gview.resize(*VIEW_SIZE)
    gview.show()
    settle()
    scene = QGraphicsScene(gview)

    def build() -> None:
        brush, pen = QBrush(QColor("#eef5e6")), QPen(QColor("#7d8b99"))
        w, h = STYLE.box_width, STYLE.box_height
        right = bottom = 0.0
        for x, y in boxes:
            rect = QGraphicsRectItem(0, 0, w, h)
            rect.setPos(x, y)
            rect.setBrush(brush)
            rect.setPen(pen)
            scene.addItem(rect)
            line = QGraphicsLineItem(x + w / 2, y, x + w / 2, y - STYLE.v_gap / 2)
            line.setPen(pen)
            scene.addItem(line)
            right, bottom = max(right, x + w), max(bottom, y + h)
        scene.setSceneRect(QRectF(-40, -40, right + 80, bottom + 80))
        gview.setScene(scene)

    figures.add("floor_show_view", timed(build))

    def overview_paint() -> None:
        gview.resetTransform()
        gview.scale(info["overview_scale"], info["overview_scale"])
        gview.centerOn(info["overview_center"])
        settle()
        gview.viewport().grab()

    figures.add("floor_paint_overview", timed(overview_paint))

    def full_paint() -> None:
        gview.resetTransform()
        gview.centerOn(info["center_100"])
        settle()
        gview.viewport().grab()

    figures.add("floor_paint_100", timed(full_paint))
    scroll_into(gview, figures, "floor_scroll")
    gview.close()
    gview.deleteLater()
    settle()


# --- the tree ------------------------------------------------------------------------------------


def tree_round(view, figures: Figures) -> None:
    model = OrgTreeModel()
    figures.add("tree_load", timed(lambda: model.load(view)))
    figures.add("tree_reload", timed(lambda: model.load(view)))

    model2 = OrgTreeModel()
    proxy = OrgFilterProxy()
    proxy.setSourceModel(model2)
    tree = QTreeView()
    tree.setUniformRowHeights(True)
    tree.setModel(proxy)
    tree.resize(*TREE_SIZE)
    tree.show()
    settle()

    def load_shown() -> None:
        model2.load(view)
        settle()
        tree.viewport().grab()

    figures.add("tree_load_shown", timed(load_shown))
    tree.close()
    for obj in (tree, proxy, model2, model):
        obj.deleteLater()
    settle()


def tree_floor_round(view, figures: Figures) -> None:

    def build() -> None:
        model = QStandardItemModel()
        items: dict[int, QStandardItem] = {}
        root = model.invisibleRootItem()
        for uid, _depth in view.walk():
            unit = view.units[uid]
            row = [QStandardItem(unit.name), QStandardItem(unit.kind)]
            parent = items.get(view.parent.get(uid))
            (parent or root).appendRow(row)
            items[uid] = row[0]
            for pos in view.positions.get(uid, []):
                row[0].appendRow(
                    [QStandardItem(f"{pos.title}: {pos.person_name}"), QStandardItem("")]
                )
        model.deleteLater()

    figures.add("floor_tree_load", timed(build))


# --- report --------------------------------------------------------------------------------------


def report(figures: Figures, reps: int, cold: dict[str, float]) -> None:
    m, lo = figures.med, figures.low

    def row(label: str, name: str, floor: str | None = None) -> None:
        text = f"  {label:<40} median {ms(m(name))}  min {ms(lo(name))}"
        if floor is not None:
            text += f"   floor {ms(m(floor))}   ratio {m(name) / m(floor):5.1f}x"
        print(text)

    print(f"\nMedians of {reps} rounds (app and floor interleaved):")
    row("OrgSnapshot.view(day)", "view")
    row("layout_chart(view)", "layout")
    row("ChartView.show_view(view, ())", "show_view", "floor_show_view")
    row("first paint, overview zoom", "paint_overview", "floor_paint_overview")
    row("first paint, 100 % zoom", "paint_100", "floor_paint_100")
    row("  repaint at 100 % (grab again)", "repaint_100", "floor_paint_100")
    row("  .. with cooperations hidden", "repaint_100_nocoop", "floor_paint_100")
    row("scroll step at 100 % (mean of 20)", "scroll", "floor_scroll")
    row("  of which processEvents (incremental)", "scroll_incremental", "floor_scroll_incremental")
    row("  of which viewport().grab() (full)", "scroll_grab", "floor_scroll_grab")
    row("reload: show_view again + repaint", "reload")
    row("OrgTreeModel.load (fresh model)", "tree_load", "floor_tree_load")
    row("OrgTreeModel.load (reload, same model)", "tree_reload", "floor_tree_load")
    row("  .. behind proxy + shown QTreeView", "tree_load_shown", "floor_tree_load")

    target = m("show_view") + m("paint_overview")
    floor = m("floor_show_view") + m("floor_paint_overview")
    verdict = "met" if target < TARGET_SECONDS else "MISSED"
    print(
        f"\n  layout + first paint (show_view + overview paint): {ms(target)}  floor "
        f"{ms(floor)}  ratio {target / floor:.1f}x  target < {TARGET_SECONDS * 1000:.0f} ms: "
        f"{verdict}"
    )
    tab = m("view") + m("tree_load_shown") + target
    print(f"  the tab's whole reload (view + tree behind proxy + chart + paint): {ms(tab)}")
    if cold:
        print(
            "  first round (cold: fonts, glyph caches, first-use imports), not in the medians: "
            + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in cold.items())
        )


def profile(view) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    figures = Figures()
    profiler.enable()
    layout_chart(view)
    chart_round(view, figures, prefix="p_")
    tree_round(view, figures)
    profiler.disable()
    print("\ncProfile of one layout + chart round + tree round (top 30 by own time):")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--units", type=int, default=2000, help="units in the organisation")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="afterwards, run one round under cProfile and print the hot spots",
    )
    args = parser.parse_args(argv)

    import PySide6

    print(
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{platform.platform()}, nproc {os.cpu_count()}, QT_QPA_PLATFORM=offscreen"
    )
    qapp = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - kept alive
    start = clock()
    snapshot = make_snapshot(args.units)
    print(f"Organisation: {describe(snapshot)}  (generated in {clock() - start:.2f} s)")

    figures = Figures()
    view = snapshot.view(DAY)
    layout = layout_chart(view)
    boxes = list(layout.boxes.values())
    print(
        f"Layout: {len(layout.boxes)} boxes, {len(layout.edges)} edge polylines, "
        f"{layout.width:.0f} x {layout.height:.0f} px at 100 %; view {VIEW_SIZE[0]} x "
        f"{VIEW_SIZE[1]} px"
    )

    # A cold round first: the first text drawn loads fonts and fills glyph caches, which the real
    # window has done before its chart paints. Reported, not counted.
    cold_figs = Figures()
    info = chart_round(view, cold_figs)
    floor_round(boxes, info, cold_figs)
    cold = {
        k: cold_figs.med(k)
        for k in (
            "show_view",
            "paint_overview",
            "paint_100",
            "floor_show_view",
            "floor_paint_overview",
        )
    }
    print(f"Chart scene: {info['items']} items; overview zoom {info['overview_scale']:.2f}")

    for rep in range(args.reps):
        figures.add("view", timed(lambda: snapshot.view(DAY)))
        for _ in range(3):
            figures.add("layout", timed(lambda: layout_chart(view)))
        if rep % 2 == 0:
            chart_round(view, figures)
            floor_round(boxes, info, figures)
            tree_round(view, figures)
            tree_floor_round(view, figures)
        else:
            floor_round(boxes, info, figures)
            chart_round(view, figures)
            tree_floor_round(view, figures)
            tree_round(view, figures)

    report(figures, args.reps, cold)
    if args.profile:
        profile(view)
    return 0


if __name__ == "__main__":
    sys.exit(main())
