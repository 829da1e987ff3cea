"""Launch the installed `helsehus-desktop` command as an administrator or a user would."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helsehus_desktop import __version__

pytestmark = pytest.mark.e2e

# The command pip installed beside this Python (a venv's bin/ or Scripts\), else on PATH.
EXE = shutil.which(
    "helsehus-desktop", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
)


@pytest.fixture
def env(tmp_path):
    if EXE is None:
        pytest.fail("helsehus-desktop is not installed (pip install .)")
    home = tmp_path / "home"
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("HELSEHUS_")},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(env, *args, timeout=120):
    return subprocess.run([EXE, *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_version(env):
    result = run(env, "--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_smoke_test_on_a_fresh_data_folder_creates_the_database(env, tmp_path):
    result = run(env, "--smoke-test")
    assert result.returncode == 0, result.stderr
    databases = list((tmp_path / "home" / "data").rglob("helsehus.sqlite"))
    assert len(databases) == 1
    assert (databases[0].parent / "helsehus.log").exists()
    result = run(env, "--smoke-test", "--lang", "en")
    assert result.returncode == 0, result.stderr


def test_admin_commands_round_trip(env, tmp_path):
    db = str(tmp_path / "kommune.sqlite")
    assert run(env, "--db", db, "sample", "load").returncode == 0
    again = run(env, "--db", db, "sample", "load")
    assert again.returncode == 0 and "Nye enheter: 0," in again.stdout

    pdf, out = tmp_path / "kart.pdf", tmp_path / "org.json"
    assert run(env, "--db", db, "export", "orgchart", str(pdf), "--page-size", "A3").returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(env, "--db", db, "export", "orgchart", str(out)).returncode == 0
    units = json.loads(out.read_text(encoding="utf-8"))["units"]
    assert any(u["name"] == "Staup Helsehus" for u in units)

    fresh = str(tmp_path / "ny.sqlite")
    imported = run(env, "--db", fresh, "import", "orgchart", str(out))
    assert imported.returncode == 0, imported.stderr
    assert f"Nye enheter: {len(units)}," in imported.stdout

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "helsehus-orgchart", "version": 1, "units": [', encoding="utf-8")
    refused = run(env, "--db", fresh, "import", "orgchart", str(broken))
    assert refused.returncode == 2 and "JSON" in refused.stderr


def test_a_database_from_a_newer_program_is_refused(env, tmp_path):
    db = tmp_path / "newer.sqlite"
    assert run(env, "--db", str(db), "sample", "load").returncode == 0
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = Path(db).read_bytes()
    result = run(env, "--db", str(db), "--smoke-test")
    assert result.returncode == 1 and "nyere versjon" in result.stderr
    assert Path(db).read_bytes() == before


def test_a_second_copy_on_the_same_database_is_refused(env, tmp_path):
    db = tmp_path / "shared.sqlite"
    first = subprocess.Popen(
        [EXE, "--db", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        lock = Path(str(db) + ".lock")
        for _ in range(200):
            if lock.exists():
                break
            time.sleep(0.05)
        assert lock.exists()
        second = run(env, "--db", str(db), "--smoke-test")
        assert second.returncode == 1 and "allerede åpen" in second.stderr
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_failure_while_starting_is_reported_and_ends_the_program(env, tmp_path):
    db = tmp_path / "odd.sqlite"
    assert run(env, "--db", str(db), "sample", "load").returncode == 0
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE units SET valid_from = 'not a date' WHERE id = 1")
    conn.close()
    result = run(env, "--db", str(db), "--smoke-test", timeout=60)
    assert result.returncode == 1 and "kunne ikke starte" in result.stderr


def test_changing_commands_wait_for_the_window_to_close(env, tmp_path):
    db = tmp_path / "open.sqlite"
    window = subprocess.Popen(
        [EXE, "--db", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        lock = Path(str(db) + ".lock")
        for _ in range(200):
            if lock.exists():
                break
            time.sleep(0.05)
        refused = run(env, "--db", str(db), "sample", "load")
        assert refused.returncode == 2 and "Lukk programmet" in refused.stderr
        assert (
            run(env, "--db", str(db), "export", "orgchart", str(tmp_path / "x.json")).returncode
            == 0
        )
    finally:
        window.terminate()
        window.wait(timeout=30)
    wrong = run(
        env, "--db", str(db), "export", "orgchart", str(tmp_path / "x.json"), "--date", "01.01.2025"
    )
    assert wrong.returncode == 2 and "bare PDF" in wrong.stderr
