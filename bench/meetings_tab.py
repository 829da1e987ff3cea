"""Meetings tab benchmark: opening "Møter" on five years of a weekly meeting, against bare Qt and
raw sqlite3.

    /path/to/python bench/meetings_tab.py [--runs 9] [--years 5] [--seed 2026] [--profile]

The database is the sample (organisation, the fictional dozen, the four meeting series of the
seeds with their year of meetings) plus a Monday series with `--years` years of weekly meetings,
each held one with attendance, the standing agenda with minutes, eight figures and action items
carried over until closed (`store.sample_meetings.generate_meeting_years`, deterministic). It is
built once and cached in $TMPDIR/helsehus-bench/ (delete the folder to rebuild).

Figures, medians of `--runs` rounds, app and floor interleaved, one untimed warm-up of each:

  open tab         a 1280x800 window with `MeetingsTab` as its central widget, built with the
                   settings remembering the generated series and its latest held meeting (as
                   when the user left the tab there), shown, `processEvents()`, `grab()` (a full
                   paint). Everything the tab reads (series list, meeting list, the meeting's
                   record, the rule) is inside. Floor: a bare QMainWindow of the same size whose
                   central widget is a QTableView on a QStandardItemModel filled with as many
                   rows (six text columns) as the series has meetings, shown and grabbed alike.
  switch series    in an open tab showing another series, choosing the generated one in the
                   series list (its meetings listed, the default meeting loaded and shown) and
                   grabbing the window. Floor: the bare table's model refilled with the rows,
                   then a grab.
  list_meetings    `meeting_service.list_meetings` of the generated series (missing units and
                   open action items per meeting). Floor: the same three queries typed as SQL
                   and run with the standard library's sqlite3, with the same counting.
  load_meeting     `meeting_service.load_meeting` of the latest held meeting (series, members,
                   attendance, agenda, figures, action items with history). Floor: the same
                   reads as SQL with sqlite3 into tuples.

The app's and the floor's results are checked equal. No assertion is made on time.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import os
import platform
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
import sqlalchemy  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QSettings,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from helsehus_desktop.core import meetings as core  # noqa: E402
from helsehus_desktop.store import meeting_service  # noqa: E402
from helsehus_desktop.store import models as m  # noqa: E402
from helsehus_desktop.store.database import Database, known_revisions, open_database  # noqa: E402
from helsehus_desktop.store.sample import load_sample  # noqa: E402
from helsehus_desktop.store.sample_meetings import (  # noqa: E402
    GENERATED_NAME,
    generate_meeting_years,
)
from helsehus_desktop.ui.meetings.tab import MeetingsTab  # noqa: E402
from helsehus_desktop.ui.settings import Settings  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "helsehus-bench"
SIZE = (1280, 800)
TARGET = 0.25  # seconds: opening the tab without visible lag
clock = time.perf_counter


def bench_database(years: int, seed: int) -> Path:
    """The cached benchmark database, built when missing."""
    path = CACHE / f"meetings-{years}y-seed{seed}-schema{known_revisions()[-1]}.sqlite"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    for old in CACHE.glob(building.name + "*"):
        old.unlink()
    start = clock()
    db = open_database(building)
    try:
        load_sample(db, "bench")
        sample = clock() - start
        added = generate_meeting_years(db, "bench", years, seed=seed)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    building.rename(path)
    print(
        f"Built {path} in {clock() - start:.1f} s (sample {sample:.1f} s, then {added} generated "
        f"meetings in {clock() - start - sample:.1f} s)"
    )
    return path


def describe(db: Database) -> str:
    with db.session() as session:

        def count(model: type) -> int:
            return session.scalar(sqlalchemy.select(sqlalchemy.func.count()).select_from(model))

        return (
            f"{count(m.MeetingSeries)} series, {count(m.Meeting)} meetings, "
            f"{count(m.Attendance)} attendance rows, {count(m.AgendaItem)} agenda items, "
            f"{count(m.FigureValue)} figure values, {count(m.ActionItem)} action items, "
            f"{os.path.getsize(db.path) / 1e6:.1f} MB"
        )


# --- the floors: the same reads as plain SQL ------------------------------------------------------


def raw_list_meetings(conn: sqlite3.Connection, series_id: int) -> list[tuple]:
    meetings = conn.execute(
        "SELECT id, held_on, status, planned_on, moved_reason, start_time, place FROM meetings "
        "WHERE series_id = ? ORDER BY held_on, id",
        (series_id,),
    ).fetchall()
    required = {
        r[0]
        for r in conn.execute(
            "SELECT unit_id FROM series_required_units WHERE series_id = ?", (series_id,)
        )
    }
    recorded: dict[int, set] = defaultdict(set)
    for meeting_id, status, unit_id in conn.execute(
        "SELECT a.meeting_id, a.status, sm.unit_id FROM attendance a "
        "JOIN series_members sm ON sm.id = a.member_id JOIN meetings mt ON mt.id = a.meeting_id "
        "WHERE mt.series_id = ? AND mt.status = 'held' AND a.status <> ''",
        (series_id,),
    ):
        present = recorded[meeting_id]
        if status in ("present", "deputy"):
            present.add(unit_id)
    actions = conn.execute(
        "SELECT due_on, raised_on, closed_on FROM action_items "
        "WHERE series_id = ? AND due_on IS NOT NULL",
        (series_id,),
    ).fetchall()
    days = [r[1] for r in meetings]
    counts = [0] * (len(days) + 1)
    for due_on, raised_on, closed_on in actions:
        start = due_on if raised_on is None or raised_on < due_on else raised_on
        first = bisect.bisect_left(days, start)
        last = len(days) if closed_on is None else bisect.bisect_left(days, closed_on)
        if first < last:
            counts[first] += 1
            counts[last] -= 1
    result, running = [], 0
    for index, (mid, held_on, status, *_rest) in enumerate(meetings):
        running += counts[index]
        missing = len(required - recorded[mid]) if status == "held" and mid in recorded else 0
        result.append((mid, held_on, status, missing, running))
    return result


def app_list_meetings(db: Database, series_id: int) -> list[tuple]:
    return [
        (r.id, r.held_on.isoformat(), r.status, r.missing_units, r.open_actions)
        for r in meeting_service.list_meetings(db, "bench", series_id)
    ]


def raw_load_meeting(conn: sqlite3.Connection, meeting_id: int) -> tuple:
    meeting = conn.execute(
        "SELECT id, series_id, held_on, status, planned_on, moved_reason, start_time, place, note "
        "FROM meetings WHERE id = ?",
        (meeting_id,),
    ).fetchone()
    series_id, day = meeting[1], meeting[2]
    conn.execute("SELECT * FROM meeting_series WHERE id = ?", (series_id,)).fetchone()
    members = conn.execute(
        "SELECT id, name, unit_id, role, position_id FROM series_members WHERE series_id = ? "
        "ORDER BY sort, id",
        (series_id,),
    ).fetchall()
    required = conn.execute(
        "SELECT unit_id FROM series_required_units WHERE series_id = ? ORDER BY sort, id",
        (series_id,),
    ).fetchall()
    figures = conn.execute(
        "SELECT id, key, label FROM series_figures WHERE series_id = ? ORDER BY sort, id",
        (series_id,),
    ).fetchall()
    attendance = conn.execute(
        "SELECT member_id, status, deputy FROM attendance WHERE meeting_id = ?", (meeting_id,)
    ).fetchall()
    agenda = conn.execute(
        "SELECT id, title, minutes, decision FROM agenda_items WHERE meeting_id = ? "
        "ORDER BY sort, id",
        (meeting_id,),
    ).fetchall()
    reviews = conn.execute(
        "SELECT r.id, r.pathway_id, p.name, r.level, r.assessment, r.follow_up "
        "FROM pathway_reviews r JOIN pathways w ON w.id = r.pathway_id "
        "JOIN patients p ON p.id = w.patient_id WHERE r.meeting_id = ? ORDER BY r.id",
        (meeting_id,),
    ).fetchall()
    values = conn.execute(
        "SELECT figure_id, value, note FROM figure_values WHERE meeting_id = ?", (meeting_id,)
    ).fetchall()
    actions = conn.execute(
        "SELECT id, what, owner, due_on, status, raised_meeting_id, raised_on, closed_on "
        "FROM action_items WHERE series_id = ? AND ("
        " ((raised_on IS NULL OR raised_on <= ?) AND (closed_on IS NULL OR closed_on >= ?))"
        " OR raised_meeting_id = ?"
        " OR id IN (SELECT action_id FROM action_updates WHERE meeting_id = ?))"
        " ORDER BY raised_on, id",
        (series_id, day, day, meeting_id, meeting_id),
    ).fetchall()
    ids = [a[0] for a in actions]
    history = conn.execute(
        f"SELECT action_id, meeting_id, on_date, status, note FROM action_updates "
        f"WHERE action_id IN ({','.join('?' * len(ids))}) ORDER BY on_date, id",
        ids,
    ).fetchall()
    units = {mb[2] for mb in members} | {r[0] for r in required}
    units.discard(None)
    conn.execute(
        f"SELECT id, name FROM units WHERE id IN ({','.join('?' * len(units))})", list(units)
    ).fetchall()
    return (
        len(members),
        len(attendance),
        len(agenda),
        len(reviews),
        len(figures),
        sum(v[1] is not None or bool(v[2]) for v in values),
        len(actions),
        len(history),
    )


def app_load_meeting(db: Database, meeting_id: int) -> tuple:
    rec = meeting_service.load_meeting(db, "bench", meeting_id)
    recorded = sum(a.status != core.NOT_RECORDED for a in rec.attendance)
    return (
        len(rec.series.members),
        recorded,
        len(rec.agenda),
        len(rec.reviews),
        len(rec.series.figures),
        sum(v.value is not None or bool(v.note) for v in rec.figures),
        len(rec.actions),
        sum(len(a.history) for a in rec.actions),
    )


# --- the tab and its floor -----------------------------------------------------------------------


class Host(QMainWindow):
    """What the tab needs of the main window: db, actor, settings and the data_changed signal."""

    data_changed = Signal(str)

    def __init__(self, db: Database, settings: Settings) -> None:
        super().__init__()
        self.db, self.actor, self.settings = db, "bench", settings
        self.resize(*SIZE)


def dispose(window: QMainWindow) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


PHASES: dict[str, float] = {}  # the last open_tab's parts


def open_tab(db: Database, settings: Settings) -> tuple[Host, MeetingsTab]:
    start = clock()
    host = Host(db, settings)
    tab = MeetingsTab(host)
    host.setCentralWidget(tab)
    built = clock()
    host.show()
    QApplication.processEvents()
    shown = clock()
    host.grab()
    PHASES.update(build=built - start, show=shown - built, paint=clock() - shown)
    return host, tab


def fill(model: QStandardItemModel, rows: list[list[str]]) -> None:
    model.clear()
    model.setHorizontalHeaderLabels(["Dato", "Tid", "Status", "Mangler", "Tiltak", "Merknad"])
    for texts in rows:
        model.appendRow([QStandardItem(t) for t in texts])


def open_floor(rows: list[list[str]]) -> tuple[QMainWindow, QStandardItemModel]:
    window = QMainWindow()
    window.resize(*SIZE)
    model = QStandardItemModel(window)
    fill(model, rows)
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.show()
    QApplication.processEvents()
    window.grab()
    return window, model


def quiet(_mode: object, _context: object, message: str) -> None:
    """Qt's messages, less the offscreen platform saying it cannot propagate size hints (as
    pyproject's qt_log_ignore does for the tests)."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = clock()
    result = fn()
    return clock() - start, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed rounds (default 9)")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--profile", action="store_true", help="profile one tab opening")
    args = parser.parse_args(argv)
    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, SQLAlchemy "
        f"{sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}, {platform.platform()}, "
        f"nproc {os.cpu_count()}, Qt platform {app.platformName()}"
    )
    path = bench_database(args.years, args.seed)
    db = open_database(path)
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    scratch = tempfile.TemporaryDirectory()
    settings = Settings(QSettings(str(Path(scratch.name) / "s.ini"), QSettings.Format.IniFormat))
    try:
        print(f"Database: {describe(db)}")
        series = {s.name: s.id for s in meeting_service.list_series(db, "bench", True)}
        sid = series[GENERATED_NAME]
        other = next(i for name, i in series.items() if name != GENERATED_NAME)
        rows = meeting_service.list_meetings(db, "bench", sid)
        latest = [r for r in rows if r.status == core.HELD and r.held_on <= date.today()][-1]
        texts = [
            [
                r.held_on.strftime("%d.%m.%Y"),
                r.start_time,
                r.status,
                str(r.missing_units or ""),
                str(r.open_actions or ""),
                r.moved_reason,
            ]
            for r in rows
        ]
        print(
            f"Series «{GENERATED_NAME}»: {len(rows)} meetings, from {rows[0].held_on} to "
            f"{rows[-1].held_on}; latest held {latest.held_on}"
        )

        def remember(series_id: int, meeting_id: int) -> None:
            settings.meetings_series = series_id
            settings.meetings_meeting = meeting_id

        if args.profile:
            remember(sid, latest.id)
            dispose(open_tab(db, settings)[0])  # warm
            profiler = cProfile.Profile()
            profiler.enable()
            host, _tab = open_tab(db, settings)
            profiler.disable()
            dispose(host)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)

        figures: dict[str, list[float]] = defaultdict(list)

        def tab_round(record: bool) -> None:
            remember(sid, latest.id)
            seconds, (host, tab) = timed(lambda: open_tab(db, settings))
            phases = dict(PHASES)
            assert tab.page.record is not None and tab.page.record.meeting.id == latest.id
            assert tab.meeting_table.rowCount() == len(rows)
            dispose(host)
            seconds2, (window, _model) = timed(lambda: open_floor(texts))
            dispose(window)
            remember(other, 0)
            host, tab = open_tab(db, settings)

            def switch() -> None:
                tab.series_table.setCurrentCell(tab._series_row(sid), 0)
                QApplication.processEvents()
                host.grab()

            seconds3, _ = timed(switch)
            assert tab.page.record is not None and tab.page.record.series.id == sid
            dispose(host)
            window, model = open_floor([])

            def refill() -> None:
                fill(model, texts)
                QApplication.processEvents()
                window.grab()

            seconds4, _ = timed(refill)
            dispose(window)
            if record:
                for name, part in phases.items():
                    figures[name].append(part)
                figures["open tab"].append(seconds)
                figures["open floor"].append(seconds2)
                figures["switch"].append(seconds3)
                figures["switch floor"].append(seconds4)

        def store_round(record: bool) -> None:
            seconds, app_rows = timed(lambda: app_list_meetings(db, sid))
            seconds2, raw_rows = timed(lambda: raw_list_meetings(raw, sid))
            assert app_rows == raw_rows
            seconds3, app_rec = timed(lambda: app_load_meeting(db, latest.id))
            seconds4, raw_rec = timed(lambda: raw_load_meeting(raw, latest.id))
            assert app_rec == raw_rec, (app_rec, raw_rec)
            if record:
                figures["list_meetings"].append(seconds)
                figures["list floor"].append(seconds2)
                figures["load_meeting"].append(seconds3)
                figures["load floor"].append(seconds4)

        tab_round(False)
        store_round(False)
        for _ in range(args.runs):
            tab_round(True)
            store_round(True)

        print(f"\nMedians (min) of {args.runs} rounds, app and floor interleaved, one warm-up:\n")
        print(f"  {'':<34}{'app':>11}{'floor':>12}{'ratio':>8}   {'app min':>11}{'floor min':>12}")
        for label, app_key, floor_key in (
            ("open tab (build + first paint)", "open tab", "open floor"),
            ("switch to the series + paint", "switch", "switch floor"),
            (f"list_meetings ({len(rows)} rows)", "list_meetings", "list floor"),
            ("load_meeting (latest held)", "load_meeting", "load floor"),
        ):
            a, f = statistics.median(figures[app_key]), statistics.median(figures[floor_key])
            print(
                f"  {label:<34}{ms(a)}{ms(f):>12}{a / f:>7.1f}x   {ms(min(figures[app_key]))}"
                f"{ms(min(figures[floor_key])):>12}"
            )
        print(
            "\n  open tab, in parts (medians): build the tab (reads included) "
            + ", ".join(
                f"{name} {statistics.median(figures[name]) * 1000:.1f} ms"
                for name in ("build", "show", "paint")
            ).replace("build ", "", 1)
        )
        opened = statistics.median(figures["open tab"])
        verdict = "met" if opened < TARGET else "MISSED"
        print(f"\n  open tab {opened * 1000:.0f} ms; target < {TARGET * 1000:.0f} ms: {verdict}")
    finally:
        raw.close()
        db.close()
        scratch.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
