"""Keep the translation files up to date.

    python tools/translations.py update    # sources -> resources/translations/helsehus_en.ts
    python tools/translations.py release   # every .ts in resources/translations -> .qm beside it
    python tools/translations.py release --out-dir DIR   # write the .qm files to DIR instead

`update` runs pyside6-lupdate over every .py file under helsehus_desktop/, keeping the
translations already in helsehus_en.ts and dropping messages that are gone (-no-obsolete).
qtbase_nb.ts (Norwegian for Qt's own dialogs) is written by hand and not touched by `update`.

lupdate reads `self.tr("…")`, `QCoreApplication.translate("Context", "…")`,
`translate("Context", "…")` and `QT_TRANSLATE_NOOP("Context", "…")`. It skips calls inside
f-strings and does not know one-argument wrappers, so the code does not use those.

The tools are looked up beside sys.executable, in the PySide6 package, then on PATH.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "helsehus_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
APP_TS = TRANSLATIONS / "helsehus_en.ts"
SOURCE_LANGUAGE = "nb_NO"
TARGET_LANGUAGE = "en_GB"

# --- finding the tools -----------------------------------------------------------------------


def find_tool(name: str) -> Path | None:
    """pyside6-`name` beside the running Python, PySide6's own `name`, or either on PATH."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidates.append(Path(folder) / f"{name}{exe}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def _require(name: str) -> Path:
    tool = find_tool(name)
    if tool is None:
        sys.exit(
            f"pyside6-{name} not found beside {sys.executable}, in PySide6 or on PATH; "
            "install PySide6 in this environment."
        )
    return tool


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def update(ts: Path = APP_TS) -> int:
    lupdate = _require("lupdate")
    sources = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    command = [
        str(lupdate),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        TARGET_LANGUAGE,
        *[_rel(s) for s in sources],
        "-ts",
        str(ts.resolve()),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        return done.returncode
    total, unfinished = count_messages(ts)
    print(f"{ts}: {total} messages, {unfinished} unfinished")
    return 0


def count_messages(ts: Path) -> tuple[int, int]:
    messages = ET.parse(ts).getroot().iter("message")
    total = unfinished = 0
    for message in messages:
        total += 1
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            unfinished += 1
    return total, unfinished


def release(out_dir: Path | None = None) -> int:
    lrelease = _require("lrelease")
    status = 0
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)
        if done.returncode != 0:
            status = done.returncode
            print(f"lrelease failed for {ts.name}", file=sys.stderr)
        else:
            print(f"{ts.name} -> {qm}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract messages from the sources into helsehus_en.ts")
    rel = sub.add_parser("release", help="compile every .ts in resources/translations to .qm")
    rel.add_argument("--out-dir", type=Path, help="write the .qm files here instead")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update()
    return release(args.out_dir)


if __name__ == "__main__":
    sys.exit(main())
