"""Keep the translation files up to date.

    python tools/translations.py update    # sources -> resources/translations/helsehus_en.ts
    python tools/translations.py release   # every .ts in resources/translations -> .qm beside it
    python tools/translations.py release --out-dir DIR   # write the .qm files to DIR instead

`update` runs pyside6-lupdate over every .py file under helsehus_desktop/, keeping the
translations already in helsehus_en.ts and dropping messages that are gone (-no-obsolete).
qtbase_nb.ts (Norwegian for Qt's own dialogs) is written by hand and not touched by `update`.

pyside6-lupdate does not understand every way this project marks text, so it reads a copy of
the sources, rewritten line for line, in a temporary folder laid out like the repository (the
locations in the .ts file therefore name the real files and lines):

* `tr("Context", "text")`, the helper from helsehus_desktop.ui.i18n, becomes
  `translate("Context", "text")`. lupdate takes a bare `tr(a, b)` for `self.tr(a, b)`: source
  text `a` with disambiguation `b`, in the wrong context.
* A one-argument wrapper defined in the same module, such as
  `def _tr(text): return QCoreApplication.translate("App", text)`, is expanded at its calls.
* Translation calls inside f-strings (`f"<b>{self.tr('x')}</b>"`) are lifted out of the string:
  lupdate skips string contents, f-strings included.

The tools are looked up beside sys.executable, in the PySide6 package, then on PATH.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "helsehus_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
APP_TS = TRANSLATIONS / "helsehus_en.ts"
SOURCE_LANGUAGE = "nb_NO"
TARGET_LANGUAGE = "en_GB"

I18N_MODULE = "helsehus_desktop.ui.i18n"
HELPER = "tr"  # tr(context, text) in I18N_MODULE
# Calls whose string arguments lupdate extracts when it can see them.
MARKERS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP"}


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
        sys.exit(f"pyside6-{name} not found beside {sys.executable}, in PySide6 or on PATH; "
                 "install PySide6 in this environment.")
    return tool


# --- rewriting a source so that lupdate sees every message -----------------------------------


@dataclass
class Rewrite:
    text: str
    helper_calls: list[int] = field(default_factory=list)  # lines of tr(context, text) calls
    wrapper_calls: list[int] = field(default_factory=list)  # lines of one-argument wrappers
    fstring_calls: list[int] = field(default_factory=list)  # lines of calls inside f-strings


def _const_str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions `def f(text): return <translate>("Context", text)`: name -> context."""
    out = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1
                and len(node.body) >= 1 and isinstance(node.body[-1], ast.Return)):
            continue
        call = node.body[-1].value
        if not isinstance(call, ast.Call) or len(call.args) != 2:
            continue
        name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(
            call.func, "id", None)
        context = _const_str(call.args[0])
        param = node.args.args[0].arg
        if (name in ("translate", HELPER) and context is not None
                and isinstance(call.args[1], ast.Name) and call.args[1].id == param):
            out[node.name] = context
    return out


def _imports(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Local names of the tr helper, and of the i18n module itself."""
    helpers, modules = set(), set()
    package, _, leaf = I18N_MODULE.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == I18N_MODULE:
            helpers |= {a.asname or a.name for a in node.names if a.name == HELPER}
        elif isinstance(node, ast.ImportFrom) and node.module == package:
            modules |= {a.asname or a.name for a in node.names if a.name == leaf}
        elif isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name == I18N_MODULE and a.asname}
    return helpers, modules


def rewrite_source(text: str) -> Rewrite:
    """`text` with every translation call in a form lupdate reads; lines are kept in place."""
    tree = ast.parse(text)
    helpers, modules = _imports(tree)
    wrappers = _wrappers(tree)
    data = text.encode("utf-8")
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def offset(line: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[line - 1] + col

    result = Rewrite(text)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in bytes

    def is_helper(func: ast.AST) -> bool:
        return (isinstance(func, ast.Name) and func.id in helpers) or (
            isinstance(func, ast.Attribute) and func.attr == HELPER
            and isinstance(func.value, ast.Name) and func.value.id in modules)

    def marker_text(call: ast.Call) -> str | None:
        """The call as lupdate should read it, if it is a translation call with a literal."""
        func = call.func
        if not any(_const_str(a) is not None for a in call.args):
            return None
        args = [ast.unparse(a) for a in call.args]
        if is_helper(func):
            return f"translate({', '.join(args)})"
        if isinstance(func, ast.Name) and func.id in wrappers:
            return f"translate({wrappers[func.id]!r}, {', '.join(args)})"
        if isinstance(func, ast.Attribute) and func.attr in ("tr", "translate"):
            return ast.unparse(call)
        if isinstance(func, ast.Name) and func.id in MARKERS:
            return ast.unparse(call)
        return None

    inside_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in inside_fstring:
            calls = []
            for inner in ast.walk(node):
                inside_fstring.add(id(inner))
                if isinstance(inner, ast.Call):
                    lifted = marker_text(inner)
                    if lifted is not None:
                        calls.append(lifted)
            if calls:
                assert node.end_lineno is not None and node.end_col_offset is not None
                newlines = "\n" * (node.end_lineno - node.lineno)
                edits.append((offset(node.lineno, node.col_offset),
                              offset(node.end_lineno, node.end_col_offset),
                              f"({', '.join(calls)},){newlines}"))
                result.fstring_calls.append(node.lineno)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in inside_fstring:
            continue
        func = node.func
        assert func.end_lineno is not None and func.end_col_offset is not None
        if is_helper(func):
            end = offset(func.end_lineno, func.end_col_offset)
            edits.append((end - len(HELPER), end, "translate"))
            result.helper_calls.append(node.lineno)
        elif isinstance(func, ast.Name) and func.id in wrappers and node.args:
            first = node.args[0]
            edits.append((offset(func.lineno, func.col_offset), offset(func.lineno,
                          func.end_col_offset), "translate"))
            at = offset(first.lineno, first.col_offset)
            edits.append((at, at, f"{wrappers[func.id]!r}, "))
            result.wrapper_calls.append(node.lineno)
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement.encode("utf-8") + data[end:]
    result.text = data.decode("utf-8")
    return result


# --- commands ----------------------------------------------------------------------------------


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def update(ts: Path = APP_TS) -> int:
    lupdate = _require("lupdate")
    sources = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="helsehus-lupdate-") as tmp:
        work = Path(tmp)
        for source in sources:
            rewritten = rewrite_source(source.read_text(encoding="utf-8"))
            copy = work / source.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(rewritten.text, encoding="utf-8")
            for kind, lines in (("tr(context, text) helper", rewritten.helper_calls),
                                ("one-argument wrapper", rewritten.wrapper_calls),
                                ("translation call inside an f-string", rewritten.fstring_calls)):
                notes += [f"  {_rel(source)}:{line}: {kind}" for line in lines]
        ts_copy = work / ts.relative_to(ROOT)
        ts_copy.parent.mkdir(parents=True, exist_ok=True)
        if ts.exists():
            shutil.copyfile(ts, ts_copy)
        command = [str(lupdate), "-no-obsolete", "-locations", "relative",
                   "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE,
                   *[_rel(s) for s in sources], "-ts", _rel(ts)]
        done = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)
        if done.returncode != 0:
            return done.returncode
        ts.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ts_copy, ts)
    if notes:
        print("Rewritten for lupdate (it cannot read these forms as written):")
        print("\n".join(notes))
    total, unfinished = count_messages(ts)
    print(f"{_rel(ts)}: {total} messages, {unfinished} unfinished")
    return 0


def count_messages(ts: Path) -> tuple[int, int]:
    messages = ET.parse(ts).getroot().iter("message")
    total = unfinished = 0
    for message in messages:
        total += 1
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                "obsolete"):
            unfinished += 1
    return total, unfinished


def release(out_dir: Path | None = None) -> int:
    lrelease = _require("lrelease")
    status = 0
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, check=False)
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
