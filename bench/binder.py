"""Binder benchmark: the contingency binder of 1,000 plans written on one core.

    /path/to/python bench/binder.py [--plans 1000] [--profile 40]

The plans are the first `--plans` active patients of the patient-list benchmark's database
(10,000 generated fictional patients, built once and cached, see bench/patient_list.py). The
process is pinned to one CPU where the system allows it.

Timed: reading the plans (`pathway_service.load_plan`, as `export plans` does, each read
logged) and `reports.binder.write_binder` on the plans read, to a scratch folder: every plan
PDF, the index, the move into place.

Floor, in the same run after the binder: for every plan, a bare reportlab document with the
same page count (plain Helvetica paragraphs filling exactly that many pages, as in
bench/plan_pdf.py) written to a file in the same folder, then one more such document of the
index's page count. Target: 1,000 plans under 60 s. No assertion is made; figures are printed.
`--profile N` then profiles the binder on N plans and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

import reportlab
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parent))

from patient_list import bench_database  # noqa: E402
from plan_pdf import NOTE, bare_paragraphs_for  # noqa: E402

from helsehus_desktop.core.templates import load_mobid_form  # noqa: E402
from helsehus_desktop.reports.binder import INDEX_NAME, write_binder  # noqa: E402
from helsehus_desktop.store import pathway_service  # noqa: E402
from helsehus_desktop.store.database import open_database  # noqa: E402

TARGET = 60.0
clock = time.perf_counter


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


def accelerated() -> bool:
    """Whether reportlab runs with its C helpers (the separate `rl_accel` package)."""
    from reportlab.lib import rl_accel

    return type(rl_accel.fp_str).__name__ == "builtin_function_or_method"


def bare_binder(pages: list[int], out: Path) -> float:
    """The floor: one bare document per plan with its page count; returns seconds."""
    style = getSampleStyleSheet()["Normal"]
    fill = {n: bare_paragraphs_for(n) for n in set(pages)}  # untimed: the search renders
    start = clock()
    for number, count in enumerate(pages):
        doc = SimpleDocTemplate(str(out / f"bare-{number}.pdf"), pagesize=A4, invariant=1)
        doc.build([Paragraph(f"{n}. {NOTE}", style) for n in range(fill[count])])
    return clock() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    pinned = pin_to_one_core()
    print(
        f"Python {platform.python_version()}, reportlab {reportlab.Version} "
        f"({'with' if accelerated() else 'WITHOUT'} the rl_accel C helpers), "
        f"{platform.platform()}, nproc {os.cpu_count()}, {pinned}"
    )
    db = open_database(bench_database())
    scratch = Path(tempfile.mkdtemp(prefix="helsehus-binder-"))
    try:
        ids = pathway_service.active_patient_ids(db)[: args.plans]
        today = date.today()
        form = load_mobid_form(db.site_dir)
        start = clock()
        plans = [pathway_service.load_plan(db, "bench", pid, today) for pid in ids]
        read = clock() - start
        print(f"Read {len(plans)} plans in {read:.1f} s ({read / len(plans) * 1000:.1f} ms each)")

        start = clock()
        result = write_binder(
            plans, len(plans), scratch / "perm", printed_on=today, printed_by="bench",
            mobid_form=form,
        )  # fmt: skip
        written = clock() - start
        pages = [len(PdfReader(f).pages) for f in result.files]
        index_pages = len(PdfReader(scratch / "perm" / INDEX_NAME).pages)
        spread = ", ".join(f"{n} p: {c}" for n, c in sorted(Counter(pages).items()))
        print(f"Binder: {len(pages)} plans, {sum(pages)} pages ({spread}) + index {index_pages} p")
        (scratch / "bare").mkdir()
        floor = bare_binder([*pages, index_pages], scratch / "bare")

        total = read + written
        verdict = "met" if total < TARGET else "MISSED"
        print(
            f"\n  write_binder          {written:7.1f} s  {len(plans) / written:6.1f} plans/s"
            f"  {written / sum(pages) * 1000:5.1f} ms/page"
            f"\n  bare reportlab floor  {floor:7.1f} s  {len(plans) / floor:6.1f} plans/s"
            f"  ratio {written / floor:.1f}x"
            f"\n  read + write (what `export plans` does): {total:.1f} s; "
            f"target < {TARGET:.0f} s for 1,000: {verdict}"
        )
        if args.profile:
            profile(plans[: args.profile], scratch / "profiled", today, form)
    finally:
        db.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def profile(plans: list, out: Path, today: date, form) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    write_binder(plans, len(plans), out, printed_on=today, printed_by="bench", mobid_form=form)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats("helsehus_desktop|platypus/(tables|doctemplate)", 15)
    print(f"\ncProfile of write_binder on {len(plans)} plans:\n{stream.getvalue()}")


if __name__ == "__main__":
    raise SystemExit(main())
