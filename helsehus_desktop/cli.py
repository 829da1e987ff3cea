"""Headless commands for administrators: sample data, exports (the organisation chart, the
contingency binder of plans, a meeting's minutes or agenda) and imports."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLockFile

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.dates import format_day, parse_day
from helsehus_desktop.core.file_errors import describe_file_problem
from helsehus_desktop.core.meetings import MeetingRecord
from helsehus_desktop.core.orgchart_json import ImportFormatError, dump_orgchart, parse_orgchart
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.core.templates import TemplateError, load_mobid_form
from helsehus_desktop.locations import database_lock_path, database_target, log_dir
from helsehus_desktop.logging_setup import setup_logging
from helsehus_desktop.store import meeting_service, orgchart_service, pathway_service
from helsehus_desktop.store.access import log_print
from helsehus_desktop.store.database import Database, current_actor, open_database
from helsehus_desktop.store.errors import StoreError
from helsehus_desktop.store.sample import load_sample
from helsehus_desktop.store.sample_patients import load_sample_patients


def _fail(message: str) -> int:
    print(f"Feil: {message}", file=sys.stderr)
    return 2


CHANGING = ("sample", "import")  # commands that write to the database
NEARBY_DAYS = 14  # an unknown meeting number lists the meetings this many days either side
NEARBY_SHOWN = 20


def run(args: argparse.Namespace) -> int:
    target = database_target(args.db)
    setup_logging(log_dir(target))
    lock = None
    if args.command in CHANGING and "://" not in target:
        # The same lock the window takes: a change under an open window would leave its undo
        # history pointing at data that is no longer there.
        lock = QLockFile(str(database_lock_path(target)))
        lock.setStaleLockTime(0)
        if not lock.tryLock(200):
            return _fail("Databasen er åpen i Helsehus Desktop. Lukk programmet og prøv igjen.")
    try:
        db = open_database(target)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        return _dispatch(args, db)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {describe_file_problem(exc)}")
    finally:
        db.close()
        if lock is not None:
            lock.unlock()


def _dispatch(args: argparse.Namespace, db: Database) -> int:
    if args.command == "sample":
        return _sample(args, db)
    if args.command == "export" and args.what == "plans":
        return _export_plans(args, db)
    if args.command == "export" and args.what in ("minutes", "agenda"):
        return _export_meeting(args, db)
    if args.command == "export":
        return _export(args, db)
    if args.command == "import":
        try:
            doc = parse_orgchart(Path(args.source).read_bytes())
        except ImportFormatError as exc:
            return _fail(f"{args.source}: {exc}")
        summary = orgchart_service.import_orgchart(db, current_actor(), doc)
        print(f"Importert. Nye enheter: {summary.created}, oppdaterte: {summary.updated}.")
        return 0
    return _fail(f"Ukjent kommando: {args.command}")


def _sample(args: argparse.Namespace, db: Database) -> int:
    actor = current_actor()
    summary = load_sample(db, actor)
    print(
        f"Eksempeldata lastet inn i {db.location}. "
        f"Nye enheter: {summary.created}, oppdaterte: {summary.updated}. "
        f"Nye eksempelpasienter: {summary.patients}. Nye eksempelmøter: {summary.meetings}."
    )
    if args.patients:
        added = load_sample_patients(db, actor, count=args.patients, seed=args.seed)
        skipped = args.patients - added
        print(
            f"Genererte oppdiktede pasienter: {added} (startverdi {args.seed})."
            + (f" {skipped} fantes fra før og ble hoppet over." if skipped else "")
        )
    return 0


def _export_plans(args: argparse.Namespace, db: Database) -> int:
    """The contingency binder: every active plan read through the store (each read is logged
    in the access log) and written by `reports.binder`. Reads only, so it takes no lock."""
    from helsehus_desktop.reports.binder import INDEX_NAME, write_binder  # slow: reportlab

    out = Path(args.out_dir)
    existing = next(p for p in (out, *out.parents) if p.exists())
    if not existing.is_dir():
        return _fail(f"{existing}: er en fil, ikke en mappe. Velg en mappe for permen.")
    actor, today = current_actor(), date.today()
    ids = pathway_service.active_patient_ids(db)
    step = max(1, len(ids) // 10)

    def plans() -> Iterator[PatientPlan]:
        for pid in ids:
            try:
                yield pathway_service.load_plan(db, actor, pid, today)
            except FormRefused:
                continue  # deleted in the window since the list was read

    def progress(done: int, total: int) -> bool:
        if done % step == 0 or done == total:
            print(f"Skrevet {done} av {total} planer ...", file=sys.stderr, flush=True)
        return True

    try:
        result = write_binder(
            plans(),
            len(ids),
            out,
            printed_on=today,
            printed_by=actor,
            mobid_form=load_mobid_form(db.site_dir),
            progress=progress,
        )
    except TemplateError as exc:
        return _fail(f"En mal kan ikke brukes: {exc}")
    count = len(result.files)
    print(
        f"Beredskapspermen er skrevet til {out}: {count} {'plan' if count == 1 else 'planer'} "
        f"og innholdsfortegnelsen {INDEX_NAME}."
    )
    return 0


def _export_meeting(args: argparse.Namespace, db: Database) -> int:
    """The minutes or the agenda of one meeting, read through the store (reviewed patients are
    logged as read) and written by `reports.minutes_pdf`; reviewed patients are also logged as
    printed, since their data leaves the program. Reads only, so it takes no lock."""
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        return _fail("Filnavnet må slutte på .pdf.")
    actor = current_actor()
    try:
        record = meeting_service.load_meeting(db, actor, args.meeting_id)
    except FormRefused:
        return _fail(_unknown_meeting(db, actor, args.meeting_id))
    from helsehus_desktop.reports.minutes_pdf import (  # slow to import: reportlab
        render_agenda_pdf,
        render_minutes_pdf,
    )

    agenda = args.what == "agenda"
    render = render_agenda_pdf if agenda else render_minutes_pdf
    pages = render(record, out, include_names=args.names, printed_by=actor, today=date.today())
    for patient_id in _reviewed_patients(record):
        log_print(db, actor, patient_id)
    what = "Innkallingen" if agenda else "Referatet"
    named = "med pasientnavn" if args.names else "med initialer for pasientene"
    day = format_day(record.meeting.held_on)
    print(
        f"{what} fra «{record.series.name}» {day} er skrevet til {out} (sider: {pages}, {named})."
    )
    return 0


def _reviewed_patients(record: MeetingRecord) -> list[int]:
    """The patients whose pathways the meeting reviewed (`load_meeting` names them)."""
    return sorted({r.patient_id for r in record.reviews if r.patient_id is not None})


def _unknown_meeting(db: Database, actor: str, meeting_id: int) -> str:
    """ "No meeting N", with the meetings of the last and next weeks to choose from."""
    today = date.today()
    near = meeting_service.meetings_between(
        db, actor, today - timedelta(days=NEARBY_DAYS), today + timedelta(days=NEARBY_DAYS)
    )
    message = f"Fant ikke noe møte med nummer {meeting_id}."
    if not near:
        return message + f" Ingen møter de siste og neste {NEARBY_DAYS} dagene."
    lines = [
        f"  {m.id:>6}  {format_day(m.held_on)}  {m.series_name}"
        for m in sorted(
            sorted(near, key=lambda m: (abs((m.held_on - today).days), m.id))[:NEARBY_SHOWN],
            key=lambda m: (m.held_on, m.id),
        )
    ]
    return "\n".join(
        [message + f" Møter de siste og neste {NEARBY_DAYS} dagene (nummer, dato, møte):", *lines]
    )


def _export(args: argparse.Namespace, db: Database) -> int:
    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".json"):
        return _fail("Filnavnet må slutte på .pdf eller .json.")
    if kind == ".json":
        if args.date:
            return _fail("--date gjelder bare PDF: JSON-filen har hele historikken.")
        snapshot = orgchart_service.load_snapshot(db)
        out.write_text(dump_orgchart(snapshot, exported=date.today()), encoding="utf-8")
        print(f"Organisasjonen er eksportert til {out}.")
        return 0
    try:
        day = parse_day(args.date) if args.date else date.today()
    except ValueError:
        return _fail(f"Ugyldig dato «{args.date}»: bruk formatet DD.MM.ÅÅÅÅ.")
    from helsehus_desktop.reports.orgchart_pdf import render_orgchart_pdf  # slow to import

    view = orgchart_service.load_snapshot(db).view(day)
    pages = render_orgchart_pdf(view, out, page_size=args.page_size, printed_on=date.today())
    print(f"Organisasjonskartet er skrevet til {out} (sider: {pages}).")
    return 0
