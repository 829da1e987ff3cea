"""Command line: `helsehus-desktop` opens the window; subcommands run headless (for admins)."""

from __future__ import annotations

import argparse
import sys

from helsehus_desktop import __version__


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 1:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et positivt heltall")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helsehus-desktop",
        description="Helsehus Desktop: organisasjonskart, palliative forløp og møter.",
    )
    parser.add_argument(
        "--db",
        metavar="STI",
        help="databasefil eller database-URL (ellers HELSEHUS_DB eller standard)",
    )
    parser.add_argument("--lang", choices=["nb", "en"], help="språk i vinduet (nb eller en)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="åpne vinduet, vis hver fane én gang og avslutt (0 = i orden)",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    sample = sub.add_parser("sample", help="eksempeldata")
    sample_sub = sample.add_subparsers(dest="action", required=True, metavar="HANDLING")
    sample_load = sample_sub.add_parser(
        "load", help="last inn eksempeldata (organisasjon og et dusin oppdiktede pasienter)"
    )
    sample_load.add_argument(
        "--patients",
        metavar="N",
        type=_count,
        help="lag i tillegg N oppdiktede pasienter med historikk, for testing i stor skala",
    )
    sample_load.add_argument(
        "--seed",
        metavar="TALL",
        type=int,
        default=2026,
        help="startverdi for --patients (samme verdi gir de samme pasientene; standard 2026)",
    )

    export = sub.add_parser("export", help="eksporter data")
    export_sub = export.add_subparsers(dest="what", required=True, metavar="HVA")
    org_out = export_sub.add_parser("orgchart", help="organisasjonskart til .pdf eller .json")
    org_out.add_argument("out", metavar="UT", help="filnavn som slutter på .pdf eller .json")
    org_out.add_argument("--date", metavar="DD.MM.ÅÅÅÅ", help="vis kartet per denne datoen")
    org_out.add_argument("--page-size", choices=["A4", "A3"], default="A4")

    plans_out = export_sub.add_parser(
        "plans",
        help="beredskapsperm: planen til hver pasient med aktivt forløp, og en innholdsfortegnelse",
    )
    plans_out.add_argument("out_dir", metavar="MAPPE", help="mappen permen skrives til")

    for what, text in (("minutes", "referat"), ("agenda", "innkalling med saksliste")):
        meeting_out = export_sub.add_parser(what, help=f"{text} fra ett møte til .pdf")
        meeting_out.add_argument("meeting_id", metavar="MØTE-ID", type=_count, help="møtets nummer")
        meeting_out.add_argument("out", metavar="UT", help="filnavn som slutter på .pdf")
        meeting_out.add_argument(
            "--names",
            action="store_true",
            help="skriv pasientenes navn (ellers bare initialer)",
        )

    imp = sub.add_parser("import", help="importer data")
    imp_sub = imp.add_subparsers(dest="what", required=True, metavar="HVA")
    org_in = imp_sub.add_parser("orgchart", help="organisasjon fra .json")
    org_in.add_argument("source", metavar="INN", help="JSON-fil laget med export orgchart")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from helsehus_desktop import cli

        return cli.run(args)
    from helsehus_desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
