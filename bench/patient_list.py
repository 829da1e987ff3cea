"""Patient list benchmark: one filter keystroke on 10,000 patients and ~200,000 ESAS-r.

    /path/to/python bench/patient_list.py [--runs 15] [--patients 10000] [--seed 2026]

The database is the sample organisation, the fictional dozen and `--patients` generated ones
(`load_sample_patients(count=N, seed=...)`, deterministic), built once and cached in
$TMPDIR/helsehus-bench/ (delete the folder to rebuild; the build time is printed when it runs).

A keystroke in the list is what the tab does after each typed character: the matching ids
(`patient_service.search_patient_ids`) and the display rows of the first screenful
(`patient_service.patient_rows` for 60 ids). Typical queries: "a", "ol", "1950", a unit
filter, a level filter, all three together, and every status.

Floor, in the same run and interleaved: the same two queries on the same file, typed as SQL
and run with the standard library's `sqlite3` (no SQLAlchemy, no dataclasses).
Target: a keystroke under 50 ms (median). No assertion is made; figures are printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy

from helsehus_desktop.store import models as m
from helsehus_desktop.store.database import Database, known_revisions, open_database
from helsehus_desktop.store.patient_service import (
    PatientFilter,
    patient_rows,
    search_patient_ids,
)
from helsehus_desktop.store.sample import load_sample
from helsehus_desktop.store.sample_patients import load_sample_patients

CACHE = Path(tempfile.gettempdir()) / "helsehus-bench"
SCREENFUL = 60
TARGET = 0.050
clock = time.perf_counter


def bench_database(patients: int = 10_000, seed: int = 2026) -> Path:
    """The cached benchmark database, built when missing."""
    path = CACHE / f"patients-{patients}-seed{seed}-schema{known_revisions()[-1]}.sqlite"
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
        added = load_sample_patients(db, "bench", count=patients, seed=seed)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    building.rename(path)
    print(f"Built {path} in {clock() - start:.1f} s ({added} generated patients)")
    return path


def describe(db: Database) -> str:
    with db.session() as session:

        def count(model: type) -> int:
            return session.scalar(sqlalchemy.select(sqlalchemy.func.count()).select_from(model))

        return (
            f"{count(m.Patient)} patients, {count(m.EsasRegistration)} ESAS-r, "
            f"{count(m.StopPoint)} stop points, {count(m.ActivityItem)} activity lines, "
            f"{os.path.getsize(db.path) / 1e6:.0f} MB"
        )


# --- the floor: the same queries as plain SQL ---------------------------------------------------

SEARCH_SQL = (
    "SELECT p.id FROM patients p JOIN pathways w ON w.patient_id = p.id WHERE 1 = 1{where} "
    "ORDER BY p.name, p.id"
)
ROWS_SQL = """
SELECT p.id, p.name, p.birth_date, p.identity_number, w.level, w.status,
       coalesce(u.name, ''),
       (SELECT min(s.due_on) FROM stop_points s
         WHERE s.pathway_id = w.id AND s.evaluated_on IS NULL)
FROM patients p JOIN pathways w ON w.patient_id = p.id LEFT JOIN units u ON u.id = p.unit_id
WHERE p.id IN ({marks})
"""


def raw_keystroke(conn: sqlite3.Connection, flt: PatientFilter) -> tuple[int, int]:
    where, params = [], []
    for token in flt.text.lower().split():
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("p.search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    for column, value in (("p.unit_id", flt.unit_id), ("w.level", flt.level)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if flt.status is not None:
        where.append("w.status = ?")
        params.append(flt.status)
    sql = SEARCH_SQL.format(where="".join(f" AND {w}" for w in where))
    ids = [row[0] for row in conn.execute(sql, params)]
    first = ids[:SCREENFUL]
    shown = conn.execute(ROWS_SQL.format(marks=",".join("?" * len(first))), first).fetchall()
    return len(ids), len(shown)


def app_keystroke(db: Database, flt: PatientFilter) -> tuple[int, int]:
    ids = search_patient_ids(db, flt)
    return len(ids), len(patient_rows(db, ids[:SCREENFUL]))


# --- the run -------------------------------------------------------------------------------------


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = clock()
    result = fn()
    return clock() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per query (default 15)")
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    print(
        f"Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, SQLite "
        f"{sqlite3.sqlite_version}, {platform.platform()}, nproc {os.cpu_count()}"
    )
    path = bench_database(args.patients, args.seed)
    db = open_database(path)
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        print(f"Database: {describe(db)}")
        with db.session() as session:
            nord = session.scalar(
                sqlalchemy.select(m.Unit.id).where(m.Unit.name == "Hjemmetjenesten Nord")
            )
        queries = [
            ('"a"', PatientFilter(text="a")),
            ('"ol"', PatientFilter(text="ol")),
            ('"1950"', PatientFilter(text="1950")),
            ("unit Hjemmetjenesten Nord", PatientFilter(unit_id=nord)),
            ("level 3", PatientFilter(level=3)),
            ('"ol" + unit + level 2', PatientFilter(text="ol", unit_id=nord, level=2)),
            ('"a", every status', PatientFilter(text="a", status=None)),
        ]
        print(
            f"\nOne keystroke = search ids + display rows of the first {SCREENFUL}; medians of "
            f"{args.runs} runs, app and floor interleaved, one warm-up each:\n"
        )
        print(f"  {'query':<28}{'matches':>8}{'app':>11}{'floor':>11}{'ratio':>8}")
        worst = 0.0
        for label, flt in queries:
            app_times, raw_times = [], []
            app_keystroke(db, flt), raw_keystroke(raw, flt)  # warm-up
            for _ in range(args.runs):
                seconds, app_result = timed(lambda flt=flt: app_keystroke(db, flt))
                app_times.append(seconds)
                seconds, raw_result = timed(lambda flt=flt: raw_keystroke(raw, flt))
                raw_times.append(seconds)
            assert app_result == raw_result, (label, app_result, raw_result)
            app, floor = statistics.median(app_times), statistics.median(raw_times)
            worst = max(worst, app)
            print(
                f"  {label:<28}{app_result[0]:>8}{app * 1000:>8.1f} ms{floor * 1000:>8.1f} ms"
                f"{app / floor:>7.1f}x"
            )
        verdict = "met" if worst < TARGET else "MISSED"
        print(f"\n  slowest keystroke {worst * 1000:.1f} ms; target < 50 ms: {verdict}")
    finally:
        raw.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
