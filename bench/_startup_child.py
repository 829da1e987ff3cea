"""Child process for bench/startup.py: start one window, print timings once it is ready, exit.

    python bench/_startup_child.py app    # the real program, through helsehus_desktop.__main__
    python bench/_startup_child.py bare   # a bare PySide6 QMainWindow of the same size

Both take the same path: the window's `show` is wrapped so an event filter is put on the window
before it is shown; the window's first Paint event is "first paint" (painting the frame itself
takes a few milliseconds more). The program paints its frame before it loads the database
layer, so for `app` the run goes on until the window with its tabs, built on the open database,
has been painted too ("ready"); a bare window is ready at its first paint. The process then
prints one JSON line of time.perf_counter() readings and leaves with os._exit(0), so teardown is
not part of start-up.
perf_counter is CLOCK_MONOTONIC on Linux (and system-wide on macOS and Windows too), so the
parent can subtract its own spawn time.

Qt must run offscreen (QT_QPA_PLATFORM=offscreen) and, for `app`, HELSEHUS_DB and
HELSEHUS_SETTINGS_DIR must point at a scratch folder; bench/startup.py sets all three.
"""

import time  # noqa: E402 - first statement: all before it is interpreter start-up

T_TOP = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

marks: dict[str, float] = {"top": T_TOP}

# HELSEHUS_BENCH_PROFILE=<file>: profile the whole run (imports included) with cProfile and
# write the stats there when ready. Used by `bench/startup.py --profile`; never timed.
PROFILE_TO = os.environ.get("HELSEHUS_BENCH_PROFILE")
if PROFILE_TO:
    import cProfile

    PROFILER = cProfile.Profile()
    PROFILER.enable()

KEEP: list = []  # event filters stay alive while they watch


def mark(name: str) -> None:
    marks[name] = time.perf_counter()


def finish(window) -> None:
    mark("ready")
    if PROFILE_TO:
        PROFILER.disable()
        PROFILER.dump_stats(PROFILE_TO)
    out = {"marks": marks, "pid": os.getpid(), "size": [window.width(), window.height()]}
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def watch_paint(window, name: str, then=None) -> None:
    """Mark `name` when `window` next gets a Paint event, then call `then(window)` once that
    paint has finished. The mark is taken at the event, not at a timer after it: the program
    starts loading its database from a timer of its own posted at the same moment, and that
    timer may run first."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class NextPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                mark(name)
                window.removeEventFilter(self)
                if then is not None:
                    QTimer.singleShot(0, lambda: then(window))
            return False

    watcher = NextPaint()
    KEEP.append(watcher)
    window.installEventFilter(watcher)


def run_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imported")
    qapp = QApplication(sys.argv)
    mark("qapp")
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)  # the size MainWindow gives itself
    mark("constructed")
    watch_paint(window, "painted", then=finish)  # a bare window is ready when painted
    window.show()
    mark("shown")
    qapp.exec()
    sys.exit("bare window was never painted")


def run_app() -> None:
    # Import what `helsehus-desktop` imports before it shows the window, so that the breakdown
    # separates imports from construction. The store is not among them: the program loads it
    # after the frame is painted, so its import is timed in "open database".
    import helsehus_desktop.__main__ as entry
    from helsehus_desktop.ui import app as app_module
    from helsehus_desktop.ui import main_window as mw_module

    mark("imported")
    window_class = mw_module.MainWindow
    real_init, real_show, real_attach = (
        window_class.__init__,
        window_class.show,
        window_class.attach,
    )
    real_open = app_module.Application.open

    def timed_init(self, *args, **kwargs):
        mark("window_init_start")
        real_init(self, *args, **kwargs)

    def timed_show(self):
        mark("constructed")
        watch_paint(self, "painted")
        real_show(self)
        mark("shown")

    def timed_open(self, *args, **kwargs):
        mark("db_open_start")
        real_open(self, *args, **kwargs)

    def timed_attach(self, db):
        mark("db_opened")
        real_attach(self, db)
        mark("attached")
        watch_paint(self, "content_painted", then=finish)
        self.update()

    window_class.__init__ = timed_init
    window_class.show = timed_show
    window_class.attach = timed_attach
    app_module.Application.open = timed_open
    code = entry.main([])  # returns only if the window never got ready (or start-up refused)
    sys.exit(f"helsehus-desktop returned {code} without painting a window")


if __name__ == "__main__":
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("set QT_QPA_PLATFORM=offscreen (bench/startup.py does)")
    {"app": run_app, "bare": run_bare}[sys.argv[1]]()
