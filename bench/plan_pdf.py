"""Plan PDF benchmark: one rich palliative plan printed, against a bare reportlab document.

    /path/to/python bench/plan_pdf.py [--runs 9] [--profile]

The plan is built in memory (no database): a level-3 patient with every section filled in, a
level history, stop points, plan A/B/C with medication lines, acute scenarios, the resource
team, the activity and home-death checklists from the shipped templates, 30 ESAS-r and 12
MOBID-2 registrations (so ten trend charts). It is printed to memory with `render_plan_pdf`.

Floor, measured in the same run, interleaved: a bare `SimpleDocTemplate` of plain Paragraphs in
Helvetica (no embedded font, no tables, no header, no charts) with the same page count, also
written to memory. One untimed warm-up of each first. Target: the plan within 3x the floor
(medians). No assertion is made; the figures and the ratio are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from helsehus_desktop.core.assessments import ESAS_KEYS
from helsehus_desktop.core.holidays_no import holidays_ahead
from helsehus_desktop.core.pathway import (
    PLAN_STEPS,
    ActivityItem,
    AcuteScenario,
    AdvanceCarePlan,
    ChecklistEntry,
    ContactPlan,
    EsasRegistration,
    LevelChange,
    MedicationLine,
    MobidRegistration,
    MobidScore,
    Pathway,
    Patient,
    PatientPlan,
    PlanChecks,
    PlanStep,
    StopPoint,
    TeamMember,
)
from helsehus_desktop.core.templates import (
    load_activity_templates,
    load_home_death_checklist,
    load_mobid_form,
)
from helsehus_desktop.reports.plan_pdf import render_plan_pdf

TODAY = date(2025, 3, 28)
TARGET = 3.0
FORM = load_mobid_form()
NOTE = (
    "Pasienten ønsker å være hjemme så lenge det er forsvarlig. Datteren er til stede de fleste "
    "ettermiddager og ønsker å bli ringt ved endringer, også om natten."
)
clock = time.perf_counter


def rich_plan() -> PatientPlan:
    """A realistic, fully filled level-3 plan (fictional patient, deterministic)."""
    start = TODAY - timedelta(days=90)
    activities = tuple(
        ActivityItem(i, t.key, t.group, t.title, 3 in t.levels, i % 3 != 0,
                     start + timedelta(days=i) if i % 3 else None,
                     "Sykepleier Tove Fjære" if i % 3 else "", NOTE[: 20 * (i % 4)])
        for i, t in enumerate(load_activity_templates())
    )  # fmt: skip
    home_death = tuple(
        ChecklistEntry(t.key, t.title, i < 8, start + timedelta(days=i) if i < 8 else None,
                       "Kari Nordmann" if i < 8 else "")
        for i, t in enumerate(load_home_death_checklist())
    )  # fmt: skip
    esas = tuple(
        EsasRegistration(
            i,
            datetime(2025, 1, 1, 9, 0) + timedelta(days=3 * i, hours=i % 5),
            "patient_helped",
            {key: (None if (i + n) % 13 == 0 else (i * 3 + n * 2) % 11)
             for n, key in enumerate(ESAS_KEYS)},
            (("Munntørrhet", i % 11),) if i % 4 == 0 else (),
        )
        for i in range(30)
    )  # fmt: skip
    mobid = tuple(
        MobidRegistration(
            i,
            datetime(2025, 1, 2, 8, 0) + timedelta(days=7 * i),
            "Hjelpepleier Siv Ødegård",
            tuple(MobidScore(it.key, n % 2 == 0, n % 3 == 0, n % 4 == 0, (i + n) % 11)
                  for n, it in enumerate(FORM.items)),
            (i * 2) % 11,
        )
        for i in range(12)
    )  # fmt: skip
    meds = (
        MedicationLine("Morfin", "5 mg", "s.c.", "ved behov, inntil hver 4. time", "6 doser"),
        MedicationLine("Midazolam", "2,5 mg", "s.c.", "ved uro", "4 doser"),
        MedicationLine("Haloperidol", "1 mg", "s.c.", "ved kvalme", "3 doser"),
        MedicationLine("Glykopyrron", "0,2 mg", "s.c.", "ved surkling", "4 doser"),
    )
    steps = tuple(
        PlanStep(s, f"Når smerten er {3 + 3 * n} eller mer på ESAS-r. " + NOTE,
                 "Leiring, munnstell, ro rundt pasienten. " + NOTE,
                 "Fastlege på dagtid, legevakt 116 117 kveld og natt.", meds[: 2 + n])
        for n, s in enumerate(PLAN_STEPS)
    )  # fmt: skip
    return PatientPlan(
        patient=Patient(1, "Testpasient Åse Øvrebø", "01814012324", date(1940, 1, 1),
                        "Fjordvegen 12, 7600 Levanger", "Norsk", False, 5, "Lege Bjørn Ærlig",
                        "74 00 00 01", "Datter Kåre Øvrebø", "900 00 001", "Tove Fjære"),
        unit_name="Hjemmetjenesten Nord",
        pathway=Pathway(1, 1, 3, start, prevent_escalation=NOTE * 2, enable_improvement=NOTE),
        level_history=(
            LevelChange(start, None, 1, "Ny pasient", "Kari Nordmann"),
            LevelChange(start + timedelta(days=30), 1, 2, "Ny diagnose, mer smerter", "Per Ås"),
            LevelChange(start + timedelta(days=60), 2, 3, "Hyppige endringer og uro", "Per Ås"),
        ),
        stop_points=tuple(
            StopPoint(i, start + timedelta(days=14 * i),
                      start + timedelta(days=14 * i + 1) if i < 6 else None,
                      "Evaluert i kjernegruppen. " + NOTE if i < 6 else "")
            for i in range(1, 8)
        ),
        activities=activities,
        advance_care=AdvanceCarePlan(start + timedelta(days=3), "Pasient, datter, fastlege",
                                     NOTE * 2, "Hjemme", "Hjemme", "no", "no", "no_cpr",
                                     "Peroral antibiotika, ikke intravenøs.", NOTE, True),
        plan_steps=steps,
        plan_checks=PlanChecks(NOTE, "Fagkoordinator følger opp i helgene.", NOTE),
        holidays=tuple(holidays_ahead(TODAY)),
        scenarios=(
            AcuteScenario(True, "Lungeødem", "Heve hodeenden, gi ordinert medisin", "Legevakt"),
            AcuteScenario(True, "Økt uro om natten", "Plan B. " + NOTE, "Nattpatruljen"),
            AcuteScenario(False, "Stor blødning", "Mørke håndklær, bli hos pasienten", "113"),
        ),
        contact_plan=ContactPlan("Hjemmetjenesten kveld, 74 00 00 10", "Nattpatruljen",
                                 "Fagkoordinator på vakt", "Som helg", NOTE),
        team=(
            TeamMember("gp", "Lege Bjørn Ærlig", "74 00 00 01"),
            TeamMember("palliative_team", "PRT Sykehuset Levanger", "74 09 80 00"),
            TeamMember("physio_ergo", "Fysioterapeut Åsmund Berg", "74 00 00 20", 9),
            TeamMember("cancer_coordinator", "Kreftkoordinator Liv Moe", "74 00 00 30"),
        ),
        esas=esas,
        mobid=mobid,
        home_death=home_death,
        unit_names={9: "Ergo- og fysioterapitjenesten for voksne"},
    )  # fmt: skip


def render_plan(plan: PatientPlan) -> int:
    return render_plan_pdf(
        plan, io.BytesIO(), printed_on=TODAY, printed_by="Kari Nordmann", mobid_form=FORM
    )


def render_bare(paragraphs: int) -> int:
    """Plain Paragraphs in Helvetica in a SimpleDocTemplate; returns the page count."""
    style = getSampleStyleSheet()["Normal"]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1)
    doc.build([Paragraph(f"{n}. {NOTE}", style) for n in range(paragraphs)])
    return int(doc.page)


def bare_paragraphs_for(pages: int) -> int:
    """The most paragraphs that still fill exactly `pages` pages (full pages, a fair floor)."""
    lo, hi = 1, 4000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if render_bare(mid) <= pages:
            lo = mid
        else:
            hi = mid - 1
    return lo


def timed(fn: Callable[[], object]) -> float:
    start = clock()
    fn()
    return clock() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--profile", action="store_true", help="profile one plan render")
    args = parser.parse_args()
    print(
        f"Python {platform.python_version()}, reportlab {reportlab.Version}, nproc {os.cpu_count()}"
    )
    plan = rich_plan()
    pages = render_plan(plan)  # warm-up: fonts registered, templates read, caches filled
    paragraphs = bare_paragraphs_for(pages)
    assert render_bare(paragraphs) == pages
    app: list[float] = []
    floor: list[float] = []
    for _ in range(args.runs):
        app.append(timed(lambda: render_plan(plan)))
        floor.append(timed(lambda: render_bare(paragraphs)))
    app_med, floor_med = statistics.median(app), statistics.median(floor)
    ratio = app_med / floor_med
    print(f"plan PDF: {pages} pages; floor: {paragraphs} plain paragraphs on {pages} pages")
    print(f"  plan  median {app_med * 1000:7.1f} ms   min {min(app) * 1000:7.1f} ms")
    print(f"  floor median {floor_med * 1000:7.1f} ms   min {min(floor) * 1000:7.1f} ms")
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"  ratio {ratio:.2f}x ({verdict} the {TARGET:.0f}x target)")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(render_plan, plan)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
