"""The contingency binder: every plan as its own PDF plus a table of contents, for the day the
network or the PC is down.

The run is written into a hidden working folder inside `out_dir` and moved into place only when
every plan is written, so the binder already in the folder stays whole and readable until the
new one replaces it: a crash or a cancelled run never leaves a half PDF, or a mix of old and new
plans, under the binder's names. When the new binder is in place, plan files of an earlier
binder that this run did not write (patients no longer active) are removed, so the folder never
holds a stale plan the index does not list.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.names import slug, sort_key
from helsehus_desktop.core.pathway import LEVEL_LABELS, PatientPlan
from helsehus_desktop.core.templates import MobidForm
from helsehus_desktop.reports.fonts import PageFurniture
from helsehus_desktop.reports.plan_pdf import (
    FRAME_WIDTH,
    SignedFurniture,
    grid_table,
    header_row,
    para,
    portrait_doc,
    render_plan_pdf,
    styles,
)

INDEX_NAME = "00_innholdsfortegnelse.pdf"
INDEX_TITLE = "Beredskapsperm – innholdsfortegnelse"
# Plan files this module writes: a number of four or more digits, "_", a slug.
PLAN_FILE = re.compile(r"^\d{4,}_[a-z0-9-]+\.pdf$")


@dataclass(frozen=True)
class BinderResult:
    files: tuple[Path, ...]
    index: Path | None
    cancelled: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    birth_date: date
    unit: str
    level: int
    next_stop: date | None
    file: str


def write_binder(
    plans: Iterable[PatientPlan],
    total: int,
    out_dir: Path,
    *,
    printed_on: date,
    printed_by: str,
    mobid_form: MobidForm,
    progress: Callable[[int, int], bool] | None = None,
) -> BinderResult:
    """Write one plan PDF per patient and the index into `out_dir` (created when missing).

    `progress(done, total)` is called after each plan; returning False cancels the run, which
    then leaves `out_dir` as it was. OSError (disk full, a file open in a viewer) propagates.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".beredskapsperm-", dir=out_dir))
    try:
        width = max(4, len(str(total)))
        entries: list[_Entry] = []
        done = 0
        for done, plan in enumerate(plans, 1):
            file = f"{done:0{width}d}_{slug(plan.patient.name)}.pdf"
            render_plan_pdf(
                plan,
                work / file,
                printed_on=printed_on,
                printed_by=printed_by,
                mobid_form=mobid_form,
            )
            entries.append(_entry(plan, file))
            if progress is not None and progress(done, max(total, done)) is False:
                return BinderResult(files=(), index=None, cancelled=True)
        _write_index(entries, work / INDEX_NAME, printed_on=printed_on, printed_by=printed_by)
        return _move_into_place(work, out_dir, [e.file for e in entries])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _entry(plan: PatientPlan, file: str) -> _Entry:
    stop = plan.next_stop_point()
    return _Entry(
        name=plan.patient.name,
        birth_date=plan.patient.birth_date,
        unit=plan.unit_name,
        level=plan.pathway.level,
        next_stop=None if stop is None else stop.due_on,
        file=file,
    )


def _move_into_place(work: Path, out_dir: Path, files: list[str]) -> BinderResult:
    """Move the new binder from `work` into `out_dir`, index last, then drop stale plans."""
    moved = []
    for file in files:
        os.replace(work / file, out_dir / file)
        moved.append(out_dir / file)
    index = out_dir / INDEX_NAME
    os.replace(work / INDEX_NAME, index)
    keep = set(files)
    for old in out_dir.iterdir():
        if old.is_file() and PLAN_FILE.match(old.name) and old.name not in keep:
            old.unlink()
    return BinderResult(files=tuple(moved), index=index, cancelled=False)


def _write_index(entries: list[_Entry], path: Path, *, printed_on: date, printed_by: str) -> int:
    """The table of contents: one row per plan, sorted by unit, then name."""
    count = len(entries)
    furniture = PageFurniture(
        title=INDEX_TITLE,
        printed_on=printed_on,
        subtitle=(
            f"Palliative planer for {count} {'pasient' if count == 1 else 'pasienter'} "
            "med aktivt forløp, én fil per pasient",
        ),
    )
    doc = portrait_doc(
        path, SignedFurniture(furniture, printed_by), title=INDEX_TITLE, subject=INDEX_TITLE
    )
    rows = [header_row("Navn", "Født", "Ansvarlig enhet", "Forløp", "Neste stopp-punkt", "Fil")]
    for e in sorted(entries, key=lambda e: (sort_key(e.unit), sort_key(e.name), e.file)):
        rows.append(
            [
                para(e.name, "cell_bold"),
                para(format_day(e.birth_date)),
                para(e.unit),
                para(LEVEL_LABELS.get(e.level, str(e.level))),
                para(format_day(e.next_stop), empty="Ingen planlagt"),
                para(e.file, "small"),
            ]
        )
    story: list[Flowable] = []
    if entries:
        widths = [103, 58, 95, 48, 68]
        story.append(grid_table(rows, [*widths, FRAME_WIDTH - sum(widths)]))
    else:
        story.append(Paragraph(escape("Ingen pasienter med aktivt forløp."), styles()["note"]))
    return doc.build(story)
