"""Build Helsehus Desktop with PyInstaller, then smoke-test the frozen program.

    python packaging/build.py [--dist DIR] [--work DIR] [--clean] [--skip-build]
                              [--archive] [--installer] [--keep-temp]

Runs on Windows and Linux with the Python that has the project and PyInstaller installed
(`pip install ".[packaging]"`). The result is a one-folder build in `dist/helsehus-desktop/`.

The smoke test runs the *built* executable, never the source tree, on a fresh temporary data
folder (HELSEHUS_DB, HELSEHUS_SETTINGS_DIR; QT_QPA_PLATFORM=offscreen on Linux) and fails the
build loudly, with the program's output and log, if any step returns non-zero or leaves the wrong
result behind. See packaging/README.md for the list of checks.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "helsehus-desktop.spec"
NAME = "helsehus-desktop"
IS_WIN = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WIN else ""
STEP_TIMEOUT = 300  # seconds; a windowed program stuck on an error dialog must not hang CI


class SmokeTestFailed(Exception):
    pass


def version() -> str:
    text = (ROOT / "helsehus_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("no __version__ in helsehus_desktop/__init__.py")
    return match.group(1)


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


# --- building ---------------------------------------------------------------------------------


def build(dist: Path, work: Path, clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            'PyInstaller is not installed in this Python. Run: python -m pip install ".[packaging]"'
        ) from None
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        cmd.insert(3, "--clean")
    say("running " + " ".join(cmd))
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit {result.returncode})")
    say(f"PyInstaller finished in {time.monotonic() - started:.0f} s")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- smoke test -------------------------------------------------------------------------------


def clean_env(data: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "QT_", "HELSEHUS_")) and k not in {"VIRTUAL_ENV"}
    }
    env["HELSEHUS_DB"] = str(data / "db.sqlite")
    env["HELSEHUS_SETTINGS_DIR"] = str(data / "settings")
    if not IS_WIN:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_step(label: str, exe: Path, args: list[str], data: Path, *, expect_output: bool) -> str:
    """Run the frozen program; raise SmokeTestFailed with everything useful if it fails."""
    cmd = [str(exe), *args]
    say(f"smoke: {label}: {' '.join([exe.name, *args])}")
    started = time.monotonic()
    try:
        result = subprocess.run(
            cmd,
            cwd=data,
            env=clean_env(data),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=STEP_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeTestFailed(
            _report(
                label, cmd, None, exc.stdout, exc.stderr, data, f"timed out after {STEP_TIMEOUT} s"
            )
        ) from None
    took = time.monotonic() - started
    if result.returncode != 0:
        raise SmokeTestFailed(
            _report(
                label, cmd, result.returncode, result.stdout, result.stderr, data, "non-zero exit"
            )
        )
    out = (result.stdout or "").strip()
    if expect_output and not out:
        raise SmokeTestFailed(
            _report(label, cmd, 0, result.stdout, result.stderr, data, "printed nothing")
        )
    say(f"smoke: {label}: ok ({took:.1f} s){': ' + out.splitlines()[-1] if out else ''}")
    return out


def _report(label, cmd, code, stdout, stderr, data: Path, why: str) -> str:
    def text(value) -> str:
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        return (value or "").rstrip() or "(empty)"

    log = data / "helsehus.log"
    log_tail = (
        "\n".join(log.read_text("utf-8", "replace").splitlines()[-40:])
        if log.exists()
        else "(no log written)"
    )
    return (
        f"SMOKE TEST FAILED: {label}: {why}\n"
        f"command: {' '.join(cmd)}\nexit code: {code}\n"
        f"--- stdout ---\n{text(stdout)}\n--- stderr ---\n{text(stderr)}\n"
        f"--- {log} (last lines) ---\n{log_tail}"
    )


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestFailed(f"SMOKE TEST FAILED: {message}")


def expected_head() -> str:
    """The newest revision among the migration scripts, read from the source files."""
    revisions, downs = set(), set()
    for script in (ROOT / "helsehus_desktop" / "store" / "migrations" / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*(?::[^=]+)?=\s*['\"]([^'\"]+)['\"]", text, re.M)
        down = re.search(r"^down_revision\s*(?::[^=]+)?=\s*(.+)$", text, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - downs
    check(len(heads) == 1, f"expected one migration head in the sources, found {sorted(heads)}")
    return heads.pop()


def package_files(base: Path, sub: str) -> set[str]:
    """Files under base/sub that the program reads at run time, as posix paths relative to base."""
    return {
        p.relative_to(base).as_posix()
        for p in (base / sub).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo", ".ts"}
    }


def check_bundle_files(bundled: Path) -> None:
    """Resources and migration scripts in the bundle are exactly those in the source tree."""
    source = ROOT / "helsehus_desktop"
    for sub in ("resources", "store/migrations"):
        want, have = package_files(source, sub), package_files(bundled, sub)
        check(want <= have, f"missing from the bundle: {sorted(want - have)}")
        check(have <= want, f"in the bundle but not in the sources: {sorted(have - want)}")
        say(f"smoke: bundle has all {len(want)} files of helsehus_desktop/{sub}")
    check(
        any(
            p.startswith("store/migrations/versions/") and p.endswith(".py")
            for p in package_files(bundled, "store/migrations")
        ),
        "no migration scripts in the bundle",
    )
    check(
        (bundled / "resources" / "fonts" / "DejaVuSans.ttf").is_file(),
        "resources/fonts/DejaVuSans.ttf is missing from the bundle",
    )


def smoke_test(folder: Path, keep: bool) -> None:
    exe = folder / f"{NAME}{EXE_SUFFIX}"
    cli = folder / f"{NAME}-cli.exe" if IS_WIN else exe  # windowed .exe prints nothing on Windows
    for program in {exe, cli}:
        check(program.is_file(), f"{program} was not built")
    check_bundle_files(folder / "_internal" / "helsehus_desktop")

    data = Path(tempfile.mkdtemp(prefix="helsehus-smoke-"))
    say(f"smoke: fresh data folder {data}")
    try:
        out = run_step("version", cli, ["--version"], data, expect_output=True)
        check(version() in out, f"--version printed {out!r}, expected {version()}")

        run_step(
            "open the window on an empty database", cli, ["--smoke-test"], data, expect_output=False
        )
        db = data / "db.sqlite"
        check(db.is_file(), f"--smoke-test did not create the database at {db}")
        with sqlite3.connect(db) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        head = expected_head()
        check(
            revision == [(head,)],
            f"the frozen program migrated the database to {revision}, expected [{head!r}]",
        )
        say(f"smoke: database migrated to revision {head}")

        run_step("load the sample data", cli, ["sample", "load"], data, expect_output=True)

        pdf = data / "x.pdf"
        run_step(
            "export the organisation chart as PDF",
            cli,
            ["export", "orgchart", str(pdf)],
            data,
            expect_output=True,
        )
        check(pdf.is_file() and pdf.stat().st_size > 1000, f"{pdf} was not written")
        raw = pdf.read_bytes()
        check(raw.startswith(b"%PDF-"), f"{pdf} is not a PDF")
        check(b"DejaVuSans" in raw, f"{pdf} does not embed the bundled DejaVu Sans font")

        js = data / "x.json"
        run_step(
            "export the organisation chart as JSON",
            cli,
            ["export", "orgchart", str(js)],
            data,
            expect_output=True,
        )
        check(bool(json.loads(js.read_text(encoding="utf-8"))), f"{js} is empty")

        run_step(
            "open the window with data, in English",
            cli,
            ["--smoke-test", "--lang", "en"],
            data,
            expect_output=False,
        )
        if IS_WIN:
            run_step("windowed executable", exe, ["--smoke-test"], data, expect_output=False)
        check((data / "helsehus.log").is_file(), "no log file was written beside the database")
    finally:
        if keep:
            say(f"smoke: kept {data}")
        else:
            shutil.rmtree(data, ignore_errors=True)


# --- optional packages ------------------------------------------------------------------------


def linux_archive(dist: Path, folder: Path) -> Path:
    """A tarball with the program folder plus the desktop entry and icon, for ~/.local or /opt."""
    machine = os.uname().machine
    target = dist / f"{NAME}-{version()}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=NAME)
        tar.add(HERE / f"{NAME}.desktop", arcname=f"{NAME}/share/applications/{NAME}.desktop")
        tar.add(
            HERE.parent / "helsehus_desktop" / "resources" / "icons" / f"{NAME}.svg",
            arcname=f"{NAME}/share/icons/hicolor/scalable/apps/{NAME}.svg",
        )
    return target


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (
        os.environ.get("PROGRAMFILES(X86)"),
        os.environ.get("PROGRAMFILES"),
        os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs"),
    ):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def windows_installer(dist: Path, work: Path, folder: Path) -> Path:
    iscc = find_iscc()
    if not iscc:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found; install it or leave out --installer")
    icon = work / NAME / "icons" / f"{NAME}.ico"  # rendered by the spec into its workpath
    if not icon.is_file():
        subprocess.run([sys.executable, str(HERE / "make_icons.py"), str(icon.parent)], check=True)
    cmd = [
        iscc,
        f"/DAppVersion={version()}",
        f"/DDistDir={folder}",
        f"/DIconFile={icon}",
        f"/O{dist}",
        str(HERE / f"{NAME}.iss"),
    ]
    say("running " + " ".join(cmd))
    subprocess.run(cmd, check=True)
    return dist / f"{NAME}-{version()}-setup.exe"


# --- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist",
        type=Path,
        default=ROOT / "dist",
        help="where the program folder goes (default: dist/)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder (default: build/pyinstaller/)",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--skip-build", action="store_true", help="only smoke-test an existing build"
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="Linux: also write dist/helsehus-desktop-VERSION-linux-ARCH.tar.gz",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="Windows: also compile the Inno Setup installer (needs ISCC.exe)",
    )
    parser.add_argument(
        "--keep-temp", action="store_true", help="keep the smoke test's data folder for inspection"
    )
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # the program's Norwegian output, on any console
        stream.reconfigure(errors="replace")
    dist, work = args.dist.resolve(), args.work.resolve()
    folder = dist / NAME

    if not args.skip_build:
        build(dist, work, args.clean)
    if not folder.is_dir():
        raise SystemExit(f"{folder} does not exist; build first")
    say(f"frozen folder {folder}: {folder_size(folder) / 2**20:.1f} MiB")

    try:
        smoke_test(folder, args.keep_temp)
    except SmokeTestFailed as exc:
        print("\n" + "=" * 78 + f"\n{exc}\n" + "=" * 78, file=sys.stderr, flush=True)
        return 1
    say("smoke test passed")

    if args.archive:
        if IS_WIN:
            raise SystemExit("--archive is for Linux; on Windows use --installer")
        say(f"archive written: {linux_archive(dist, folder)}")
    if args.installer:
        if not IS_WIN:
            raise SystemExit("--installer needs Windows and Inno Setup 6")
        say(f"installer written: {windows_installer(dist, work, folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
