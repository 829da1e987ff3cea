"""Headless commands for administrators: sample data, exports and imports."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from helsehus_desktop.core.dates import parse_day
from helsehus_desktop.core.orgchart_json import ImportFormatError, dump_orgchart, parse_orgchart
from helsehus_desktop.locations import database_target, log_dir
from helsehus_desktop.logging_setup import setup_logging
from helsehus_desktop.reports.orgchart_pdf import render_orgchart_pdf
from helsehus_desktop.store import orgchart_service
from helsehus_desktop.store.database import current_actor, open_database
from helsehus_desktop.store.errors import StoreError
from helsehus_desktop.store.sample import load_sample


def _fail(message: str) -> int:
    print(f"Feil: {message}", file=sys.stderr)
    return 2


def _parse_day(text: str | None) -> date:
    return parse_day(text) if text else date.today()


def run(args: argparse.Namespace) -> int:
    target = database_target(args.db)
    setup_logging(log_dir(target))
    try:
        db = open_database(target)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        return _dispatch(args, db)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.strerror or exc} ({exc.filename or ''})")
    finally:
        db.close()


def _dispatch(args: argparse.Namespace, db) -> int:
    actor = current_actor()
    if args.command == "sample":
        summary = load_sample(db, actor)
        print(
            f"Eksempeldata lastet inn i {db.location}. "
            f"Nye enheter: {summary.created}, oppdaterte: {summary.updated}."
        )
        return 0
    if args.command == "export":
        out = Path(args.out)
        try:
            day = _parse_day(args.date)
        except ValueError:
            return _fail(f"Ugyldig dato «{args.date}»: bruk formatet DD.MM.ÅÅÅÅ.")
        snapshot = orgchart_service.load_snapshot(db)
        if out.suffix.lower() == ".json":
            out.write_text(dump_orgchart(snapshot, exported=date.today()), encoding="utf-8")
        elif out.suffix.lower() == ".pdf":
            pages = render_orgchart_pdf(
                snapshot.view(day), out, page_size=args.page_size, printed_on=date.today()
            )
            print(f"Organisasjonskartet er skrevet til {out} (sider: {pages}).")
            return 0
        else:
            return _fail("Filnavnet må slutte på .pdf eller .json.")
        print(f"Organisasjonen skrevet til {out}")
        return 0
    if args.command == "import":
        try:
            doc = parse_orgchart(Path(args.source).read_bytes())
        except ImportFormatError as exc:
            return _fail(f"{args.source}: {exc}")
        summary = orgchart_service.import_orgchart(db, actor, doc)
        print(f"Importert. Nye enheter: {summary.created}, oppdaterte: {summary.updated}.")
        return 0
    return _fail(f"Ukjent kommando: {args.command}")
