"""Child process for bench/startup.py: start one window, print timings at its first paint, exit.

    python bench/_startup_child.py app    # the real program, through helsehus_desktop.__main__
    python bench/_startup_child.py bare   # a bare PySide6 QMainWindow of the same size

Both take the same path: the window's `show` is wrapped so an event filter is put on the window
before it is shown; at the window's first Paint event a zero-time timer is posted, which fires
once the whole window (every child widget) has been painted into the backing store. That moment is
"first paint"; the process then prints one JSON line of time.perf_counter() readings and leaves
with os._exit(0), so teardown is not part of start-up. perf_counter is CLOCK_MONOTONIC on Linux
(and system-wide on macOS and Windows too), so the parent can subtract its own spawn time.

Qt must run offscreen (QT_QPA_PLATFORM=offscreen) and, for `app`, HELSEHUS_DB and
HELSEHUS_SETTINGS_DIR must point at a scratch folder; bench/startup.py sets all three.
"""

import time  # noqa: E402 - first statement: all before it is interpreter start-up

T_TOP = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

marks: dict[str, float] = {"top": T_TOP}

# PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call (see
# bench/README.md); a large organisation can use up None's count before the first paint and abort
# the process. Spare references keep the measurement alive; both kinds of run hold them alike.
SPARE_NONE = [None] * 500_000

# HELSEHUS_BENCH_PROFILE=<file>: profile the whole run (imports included) with cProfile and
# write the stats there at first paint. Used by `bench/startup.py --profile`; never timed.
PROFILE_TO = os.environ.get("HELSEHUS_BENCH_PROFILE")
if PROFILE_TO:
    import cProfile

    PROFILER = cProfile.Profile()
    PROFILER.enable()


def mark(name: str) -> None:
    marks[name] = time.perf_counter()


def finish(painted_widget) -> None:
    mark("painted")
    if PROFILE_TO:
        PROFILER.disable()
        PROFILER.dump_stats(PROFILE_TO)
    out = {
        "marks": marks,
        "pid": os.getpid(),
        "size": [painted_widget.width(), painted_widget.height()],
    }
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def make_watcher():
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        """On the window's first Paint, post a timer that fires after the paint is complete."""

        def __init__(self, window) -> None:
            super().__init__()
            self.window = window
            self.seen = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                mark("paint_event")
                QTimer.singleShot(0, lambda: finish(self.window))
            return False

    keep = []

    def attach(window) -> None:
        watcher = FirstPaint(window)
        window.installEventFilter(watcher)
        keep.append(watcher)

    return attach


def run_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imported")
    qapp = QApplication(sys.argv)
    mark("qapp")
    attach = make_watcher()
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)  # the size MainWindow gives itself
    mark("constructed")
    attach(window)
    window.show()
    mark("shown")
    qapp.exec()
    sys.exit("bare window was never painted")


def run_app() -> None:
    # Import what `helsehus-desktop` imports, and the main window it builds, so that the
    # breakdown separates imports from construction. The total is the same either way.
    import helsehus_desktop.__main__ as entry
    from helsehus_desktop.ui import app as app_module
    from helsehus_desktop.ui import main_window as mw_module

    mark("imported")
    attach = make_watcher()

    real_open = app_module.open_database

    def timed_open(*args, **kwargs):
        mark("db_open_start")
        try:
            return real_open(*args, **kwargs)
        finally:
            mark("db_opened")

    app_module.open_database = timed_open

    window_class = mw_module.MainWindow
    real_init = window_class.__init__
    real_show = window_class.show

    def timed_init(self, *args, **kwargs):
        mark("window_init_start")
        real_init(self, *args, **kwargs)

    def timed_show(self):
        mark("constructed")
        attach(self)
        real_show(self)
        mark("shown")

    window_class.__init__ = timed_init
    window_class.show = timed_show

    code = entry.main([])  # returns only if the window never painted (or start-up refused)
    sys.exit(f"helsehus-desktop returned {code} without painting a window")


if __name__ == "__main__":
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("set QT_QPA_PLATFORM=offscreen (bench/startup.py does)")
    {"app": run_app, "bare": run_bare}[sys.argv[1]]()
