"""`helsehus-desktop export plans DIR`, the contingency binder, launched as an administrator
(or a scheduled task) would run it."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

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


def run(env, *args, timeout=300):
    return subprocess.run([EXE, *args], env=env, capture_output=True, text=True, timeout=timeout)


def active_patients(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        found = conn.execute("SELECT patient_id FROM pathways WHERE status = 'active'").fetchall()
        return [pid for (pid,) in found]
    finally:
        conn.close()


def test_sample_then_binder_of_every_active_plan(env, tmp_path):
    db = tmp_path / "kommune.sqlite"
    loaded = run(env, "--db", str(db), "sample", "load", "--patients", "8")
    assert loaded.returncode == 0, loaded.stderr
    assert "Nye eksempelpasienter:" in loaded.stdout and "Genererte" in loaded.stdout
    active = active_patients(db)
    assert len(active) > 12

    out = tmp_path / "beredskapsperm"
    result = run(env, "--db", str(db), "export", "plans", str(out))
    assert result.returncode == 0, result.stderr
    assert "Beredskapspermen er skrevet" in result.stdout
    assert f"{len(active)} av {len(active)} planer" in result.stderr
    plans = sorted(p for p in out.iterdir() if p.name != "00_innholdsfortegnelse.pdf")
    assert len(plans) == len(active)
    assert all(p.read_bytes().startswith(b"%PDF") for p in plans)
    assert (out / "00_innholdsfortegnelse.pdf").read_bytes().startswith(b"%PDF")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no working folder left

    conn = sqlite3.connect(db)
    try:
        read = {
            pid
            for (pid,) in conn.execute("SELECT patient_id FROM access_log WHERE action = 'read'")
        }
    finally:
        conn.close()
    assert read == set(active)  # every plan read for the binder is in the access log


def test_a_target_that_cannot_be_written_is_refused_in_norwegian(env, tmp_path):
    db = tmp_path / "kommune.sqlite"
    assert run(env, "--db", str(db), "sample", "load").returncode == 0
    a_file = tmp_path / "notat.txt"
    a_file.write_text("ikke en mappe", encoding="utf-8")
    refused = run(env, "--db", str(db), "export", "plans", str(a_file / "perm"))
    assert refused.returncode == 2
    assert "er en fil, ikke en mappe" in refused.stderr

    if os.name == "nt":
        return  # a folder's write permission is not a mode bit there
    if os.geteuid() == 0:
        locked = Path("/sys/beredskapsperm")  # not even root may make a folder here
    else:
        closed = tmp_path / "lukket"
        closed.mkdir(mode=0o500)
        locked = closed / "perm"
    refused = run(env, "--db", str(db), "export", "plans", str(locked))
    assert refused.returncode == 2
    assert "du har ikke tilgang" in refused.stderr and "Traceback" not in refused.stderr
