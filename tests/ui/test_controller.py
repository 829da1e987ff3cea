"""The undo history: every kind of edit undone and redone in a mixed sequence."""

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from helsehus_desktop.core import orgchart as core
from helsehus_desktop.store import orgchart_service as svc
from helsehus_desktop.ui.orgchart.controller import OrgController

D0, D1 = date(2024, 1, 1), date(2025, 3, 1)


def state(db):
    snap = svc.load_snapshot(db)
    return (
        sorted((u.id, u.name, u.valid_to) for u in snap.units),
        sorted((p.unit_id, p.title, p.person_name) for p in snap.positions),
        sorted((lk.unit_id, lk.parent_id, lk.valid_from, lk.valid_to) for lk in snap.links),
        sorted((c.unit_a_id, c.unit_b_id, c.note) for c in snap.cooperations),
        sorted((s.unit_id, s.rank, s.label, s.valid_from, s.valid_to) for s in snap.contacts),
    )


def test_a_mixed_sequence_undoes_and_redoes_to_the_same_states(qtbot, db):
    stack = QUndoStack()
    ctl = OrgController(db, "test", stack)
    states = [state(db)]
    top = ctl.add_unit("a", name="Kommunalsjef", kind="område", parent_id=None, valid_from=D0)
    states.append(state(db))
    nord = ctl.add_unit(
        "b", name="Hjemmetjenesten Nord", kind="tjenestested", parent_id=top, valid_from=D0
    )
    states.append(state(db))
    sor = ctl.add_unit(
        "c", name="Hjemmetjenesten Sør", kind="tjenestested", parent_id=top, valid_from=D0
    )
    states.append(state(db))
    edits = [
        lambda: ctl.set_positions(
            "p", nord, [core.Position(None, nord, "Avdelingsleder", person_name="Hilde Aabakken")]
        ),
        lambda: ctl.set_contact_chain(
            "k", nord, [("Fagkoordinator", "", ""), ("Kontaktperson", "Hilde Aabakken", "")], D0
        ),
        lambda: ctl.set_cooperations("s", nord, [core.Cooperation(None, nord, sor, D0)]),
        lambda: ctl.move_unit("m", sor, nord, D1),
        lambda: ctl.update_unit("r", nord, name="Hj.tj. Nord"),
        lambda: ctl.set_contact_chain("k2", nord, [("Driftskoordinator", "", "")], D1),
        lambda: ctl.move_unit("m2", sor, top, D1),
        lambda: ctl.update_unit("e", sor, valid_to=date(2026, 1, 1)),
        lambda: ctl.delete_unit("d", sor),
    ]
    for edit in edits:
        edit()
        states.append(state(db))
    for expected in reversed(states[:-1]):
        stack.undo()
        assert state(db) == expected
    for expected in states[1:]:
        stack.redo()
        assert state(db) == expected


def test_an_undo_the_store_refuses_is_reported_and_dropped(qtbot, db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    stack = QUndoStack()
    ctl = OrgController(db, "test", stack)
    uid = ctl.add_unit("a", name="Eplehagen", kind="tjenestested", parent_id=None, valid_from=D0)
    ctl.update_unit("r", uid, name="Eplehagen omsorgsbase")
    svc.delete_unit(db, "someone else", uid)  # changed outside this window's history
    stack.undo()
    assert shown and "angre-listen" in shown[0]
    assert stack.count() == 1  # the failed step is gone; the one before it remains
