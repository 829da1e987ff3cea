"""A process killed in the middle of writing leaves a sound database with whole transactions."""

import subprocess
import sys
import time

from helsehus_desktop.store import orgchart_service as svc
from helsehus_desktop.store.database import open_database

WRITER = """
import sys
from datetime import date
from helsehus_desktop.store import orgchart_service as svc
from helsehus_desktop.store.database import open_database
from helsehus_desktop.core.orgchart import Position

db = open_database(sys.argv[1])
root = svc.create_unit(db, "crash", name="Rot", kind="område", parent_id=None,
                       valid_from=date(2024, 1, 1))
print("ready", flush=True)
i = 0
while True:
    uid = svc.create_unit(db, "crash", name=f"Enhet {i}", kind="avdeling", parent_id=root,
                          valid_from=date(2024, 1, 1))
    svc.replace_positions(db, "crash", uid, [Position(None, uid, "Leder", is_head=True)])
    i += 1
"""


def test_killed_writer_leaves_whole_transactions(tmp_path):
    path = tmp_path / "crash.sqlite"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(1.0)
    finally:
        writer.kill()  # SIGKILL on Linux, TerminateProcess on Windows: no clean-up runs
        writer.wait()
        writer.stdout.close()

    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    snapshot = svc.load_snapshot(db)
    db.close()
    units = [u for u in snapshot.units if u.name.startswith("Enhet ")]
    assert len(units) > 5
    # Each unit came in one transaction with its line link; positions in the next one, so at
    # most the last unit may lack its head.
    linked = {lk.unit_id for lk in snapshot.links}
    assert all(u.id in linked for u in units)
    headless = [u for u in units if u.id not in {p.unit_id for p in snapshot.positions}]
    assert len(headless) <= 1
