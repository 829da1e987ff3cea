"""Start-up benchmark: process spawn to the first painted main window, against a bare QMainWindow.

    /path/to/python bench/startup.py [--runs 7] [--warmup 1] [--scenario first-run empty sample]

Each run spawns `python bench/_startup_child.py app|bare` with QT_QPA_PLATFORM=offscreen and a
fresh scratch folder (HELSEHUS_DB=<tmp>/db.sqlite, HELSEHUS_SETTINGS_DIR=<tmp>/settings). The child
prints time.perf_counter() readings up to its window's first paint and exits at once (os._exit),
so the wall time measured here, from spawn to exit, is start-up only. App and bare runs are
interleaved so that drift on the machine hits both alike.

Scenarios (the database each app run starts from; the bare window ignores it):
  first-run  no database file yet: the program creates it and runs every migration
  empty      an empty database already at the current schema
  sample     the sample organisation, loaded with `helsehus-desktop --db ... sample load`
  large      the 2,000-unit organisation of bench/orgdata.py (the one bench/chart_2000.py draws),
             imported with the store's import_orgchart

Floor: the bare window, measured in the same run. Target: app / bare within 3x (wall time).
No assertion is made: the figures are printed, and the exit status is 0 unless a child failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = HERE / "_startup_child.py"
TARGET_RATIO = 3.0
SCENARIOS = ("first-run", "empty", "sample", "large")

# Phases of an app run, as (label, from mark, to mark); "spawn" is the parent's clock.
APP_PHASES = [
    ("interpreter start-up", "spawn", "top"),
    ("imports (PySide6, window)", "top", "imported"),
    ("QApplication, settings, language, logging", "imported", "window_init_start"),
    ("build the window frame", "window_init_start", "constructed"),
    ("show()", "constructed", "shown"),
    ("shown -> frame painted", "shown", "painted"),
    ("load store + open database (+ migrations)", "db_open_start", "db_opened"),
    ("build tabs and menus", "db_opened", "attached"),
    ("built -> painted with the organisation", "attached", "ready"),
]
BARE_PHASES = [
    ("interpreter start-up", "spawn", "top"),
    ("imports (PySide6)", "top", "imported"),
    ("QApplication", "imported", "qapp"),
    ("build QMainWindow", "qapp", "constructed"),
    ("show()", "constructed", "shown"),
    ("shown -> painted", "shown", "painted"),
]


PYCACHE: Path | None = None  # set by main(): where children keep bytecode, None to leave as is


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HELSEHUS_DB"] = str(folder / "db.sqlite")
    env["HELSEHUS_SETTINGS_DIR"] = str(folder / "settings")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if PYCACHE is not None:
        # An installed program runs from bytecode. A development shell often sets
        # PYTHONDONTWRITEBYTECODE, which would have every run compile the package from source;
        # give the children a private bytecode folder instead (filled by the warm-up runs), so
        # nothing is written into the source tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def prepare_template(scenario: str, root: Path) -> Path | None:
    """A database folder to copy for every app run of `scenario` (None: start with nothing)."""
    if scenario == "first-run":
        return None
    folder = root / f"template-{scenario}"
    folder.mkdir()
    env = child_env(folder)
    db = folder / "db.sqlite"
    if scenario == "empty":
        cmd = [
            sys.executable,
            "-c",
            "import sys; from helsehus_desktop.store.database import open_database; "
            "open_database(sys.argv[1]).close()",
            str(db),
        ]
    elif scenario == "sample":
        cmd = [sys.executable, "-m", "helsehus_desktop", "--db", str(db), "sample", "load"]
    else:
        cmd = [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[2]); from orgdata import make_snapshot; "
            "from helsehus_desktop.store.database import open_database; "
            "from helsehus_desktop.store.orgchart_service import import_orgchart; "
            "db = open_database(sys.argv[1]); import_orgchart(db, 'bench', make_snapshot()); "
            "db.close()",
            str(db),
            str(HERE),
        ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"preparing {scenario} failed:\n{done.stdout}\n{done.stderr}")
    for extra in folder.iterdir():  # keep only the database itself (WAL is checkpointed on close)
        if extra.name != "db.sqlite":
            shutil.rmtree(extra) if extra.is_dir() else extra.unlink()
    return folder


def run_once(kind: str, template: Path | None, root: Path, profile_to: Path | None = None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=root))
    if kind == "app" and template is not None:
        shutil.copy2(template / "db.sqlite", folder / "db.sqlite")
    env = child_env(folder)
    if profile_to is not None:
        env["HELSEHUS_BENCH_PROFILE"] = str(profile_to)
    spawn = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(CHILD), kind], env=env, capture_output=True, text=True, timeout=120
    )
    ended = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{kind} child failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    result = json.loads(lines[-1])
    marks = result["marks"]
    marks["spawn"] = spawn
    result["wall"] = ended - spawn  # spawn to exit when ready
    result["to_paint"] = marks["painted"] - spawn  # same clock (CLOCK_MONOTONIC) in both
    return result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def summarise(label: str, runs: list[dict], phases: list[tuple[str, str, str]]) -> None:
    walls = [r["wall"] for r in runs]
    paints = [r["to_paint"] for r in runs]
    print(
        f"  {label}: wall (spawn->exit) median {ms(statistics.median(walls))}, "
        f"min {ms(min(walls))};  spawn->first paint median "
        f"{ms(statistics.median(paints))}, min {ms(min(paints))}"
    )
    for name, start, end in phases:
        values = [
            r["marks"][end] - r["marks"][start]
            for r in runs
            if start in r["marks"] and end in r["marks"]
        ]
        if values:
            print(f"      {name:<44} median {ms(statistics.median(values))}")


def run_scenario(scenario: str, runs: int, warmup: int, root: Path, profile: bool = False) -> dict:
    template = prepare_template(scenario, root)
    results: dict[str, list[dict]] = {"bare": [], "app": []}
    for i in range(warmup + runs):
        order = ("bare", "app") if i % 2 == 0 else ("app", "bare")  # alternate who goes first
        for kind in order:
            result = run_once(kind, template, root)
            if i >= warmup:
                results[kind].append(result)
    bare_wall = statistics.median(r["wall"] for r in results["bare"])
    app_wall = statistics.median(r["wall"] for r in results["app"])
    bare_paint = statistics.median(r["to_paint"] for r in results["bare"])
    app_paint = statistics.median(r["to_paint"] for r in results["app"])
    ratio = app_paint / bare_paint
    ready_ratio = app_wall / bare_wall
    print(f"\nScenario {scenario!r}: {runs} runs each, interleaved, after {warmup} warm-up")
    summarise("bare QMainWindow (floor)", results["bare"], BARE_PHASES)
    summarise("Helsehus Desktop", results["app"], APP_PHASES)
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(
        f"  window on screen, app/bare (spawn->first paint, medians): {ratio:.2f}x; "
        f"target <= {TARGET_RATIO:.0f}x: {verdict}\n"
        f"  ready with the organisation drawn, app/bare (spawn->exit, medians): "
        f"{ready_ratio:.2f}x"
    )
    if profile:
        stats_file = root / f"profile-{scenario}.pstats"
        run_once("app", template, root, profile_to=stats_file)
        print_profile(scenario, stats_file)
    return {
        "scenario": scenario,
        "ratio": ratio,
        "ready_ratio": ready_ratio,
        "app_median": app_wall,
        "bare_median": bare_wall,
    }


def print_profile(scenario: str, stats_file: Path) -> None:
    """The app run's hot spots: slowest imports by module, then the package's own functions."""
    import io
    import pstats

    stats = pstats.Stats(str(stats_file))
    rows = []  # (cumulative seconds, label)
    for (filename, line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if name == "<module>" and ("site-packages" in filename or "helsehus_desktop" in filename):
            rows.append((ct, "import " + _module_name(filename)))
        elif "helsehus_desktop" in filename and name != "<module>":
            rows.append((ct, f"{_module_name(filename)}:{line}({name})"))
    print(f"\n  cProfile of one app run ({scenario}; profiling slows it, compare shares only):")
    for ct, label in sorted(rows, reverse=True)[:25]:
        print(f"    {ct * 1000:7.0f} ms cumulative  {label}")
    out = io.StringIO()
    pstats.Stats(str(stats_file), stream=out).sort_stats("tottime").print_stats(12)
    print(
        "\n  by own time:\n"
        + "\n".join(
            "    " + ln
            for ln in out.getvalue().splitlines()
            if ln.strip() and "function calls" not in ln
        )
    )


def _module_name(filename: str) -> str:
    path = Path(filename)
    parts = path.with_suffix("").parts
    for anchor in ("site-packages", "helsehus_desktop"):
        if anchor in parts:
            start = parts.index(anchor) + (1 if anchor == "site-packages" else 0)
            name = ".".join(parts[start:])
            return name.removesuffix(".__init__")
    return filename


def main(argv: list[str] | None = None) -> int:
    global PYCACHE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    parser.add_argument("--scenario", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--json", metavar="FILE", help="also write the summary here")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="after each scenario, one more app run under cProfile: hot spots",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run the children with the environment as it is (by default they "
        "get a private PYTHONPYCACHEPREFIX and bytecode writing is allowed)",
    )
    args = parser.parse_args(argv)

    print(
        f"Python {platform.python_version()} ({sys.executable}), {platform.platform()}, "
        f"nproc {os.cpu_count()}"
    )
    try:
        import PySide6

        print(f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM=offscreen")
    except ImportError:
        pass
    root = Path(tempfile.mkdtemp(prefix="helsehus-bench-startup-"))
    if not args.no_bytecode_cache:
        PYCACHE = root / "pycache"
    print(
        "bytecode: "
        + (
            "as the environment has it (PYTHONDONTWRITEBYTECODE="
            f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})"
            if PYCACHE is None
            else "private PYTHONPYCACHEPREFIX, warmed up"
        )
    )
    try:
        summary = [
            run_scenario(s, args.runs, args.warmup, root, args.profile) for s in args.scenario
        ]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("\nSummary (medians; ratios app/bare):")
    for row in summary:
        print(
            f"  {row['scenario']:<10} window on screen {row['ratio']:.2f}x (target <= "
            f"{TARGET_RATIO:.0f}x);  ready with data: app {ms(row['app_median'])}, bare "
            f"{ms(row['bare_median'])}, {row['ready_ratio']:.2f}x"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
