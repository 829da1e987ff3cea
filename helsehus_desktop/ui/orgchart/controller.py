"""Between the organisation tab and the store: runs each edit as an undoable command.

Every service call returns what it replaced, so each edit yields its own inverse: an `Op` is a
function that performs a change and returns the `Op` that reverses it. Undo and redo just keep
calling the op they hold. An edit is run once before it goes on the stack, so a refused edit
(a cycle, a bad date, a locked database) never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from helsehus_desktop.core import orgchart as core
from helsehus_desktop.store import orgchart_service as svc
from helsehus_desktop.store.database import Database
from helsehus_desktop.ui.errors import message_for

Op = Callable[[], "Op"]


def report_failed_step(exc: Exception) -> None:
    """An undo or redo the store refused: say why, and that the step is gone from the list.
    Shown over whichever window is active, since the tab that made the edit may be gone."""
    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("OrgController", "Kunne ikke angre eller gjøre om"),
        message_for(exc)
        + "\n\n"
        + QCoreApplication.translate(
            "OrgController",
            "Trinnet er tatt ut av angre-listen. Det som er lagret, er som før forsøket.",
        ),
    )


class InverseCommand(QUndoCommand):
    def __init__(self, text: str, inverse: Op) -> None:
        super().__init__(text)
        self._op = inverse
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:  # the change itself already ran before the push
            self._done_once = True
            return
        self._run()

    def undo(self) -> None:
        self._run()

    def _run(self) -> None:
        try:
            self._op = self._op()
        except Exception as exc:  # noqa: BLE001 - shown to the user; the stack stays usable
            self.setObsolete(True)  # the stack drops it: it could not be done
            report_failed_step(exc)


class OrgController:
    def __init__(self, db: Database, actor: str, stack: QUndoStack) -> None:
        self.db, self.actor, self.stack = db, actor, stack

    def snapshot(self) -> core.OrgSnapshot:
        return svc.load_snapshot(self.db)

    def _push(self, text: str, inverse: Op) -> None:
        self.stack.push(InverseCommand(text, inverse))

    # --- ops: each performs one change and returns its inverse -------------------------------

    def _op_update(self, unit_id: int, values: dict[str, Any]) -> Op:
        def run() -> Op:
            return self._op_update(unit_id, svc.update_unit(self.db, self.actor, unit_id, **values))

        return run

    def _op_delete(self, unit_id: int) -> Op:
        def run() -> Op:
            return self._op_restore(svc.delete_unit(self.db, self.actor, unit_id))

        return run

    def _op_restore(self, gone: svc.DeletedUnit) -> Op:
        def run() -> Op:
            svc.restore_unit(self.db, self.actor, gone)
            return self._op_delete(gone.unit.id)

        return run

    def _op_replace(
        self, replace: Callable[..., list[Any]], unit_id: int, rows: Sequence[Any]
    ) -> Op:
        def run() -> Op:
            return self._op_replace(replace, unit_id, replace(self.db, self.actor, unit_id, rows))

        return run

    # --- edits: run now, then stack the inverse ---------------------------------------------

    def add_unit(self, text: str, **fields: Any) -> int:
        unit_id = svc.create_unit(self.db, self.actor, **fields)
        self._push(text, self._op_delete(unit_id))
        return unit_id

    def update_unit(self, text: str, unit_id: int, **values: Any) -> None:
        self._push(
            text, self._op_update(unit_id, svc.update_unit(self.db, self.actor, unit_id, **values))
        )

    def check_deletable(self, unit_id: int) -> None:
        svc.check_deletable(self.db, unit_id)

    def delete_unit(self, text: str, unit_id: int) -> None:
        self._push(text, self._op_restore(svc.delete_unit(self.db, self.actor, unit_id)))

    def move_unit(self, text: str, unit_id: int, parent_id: int | None, day: date) -> None:
        old = svc.move_unit(self.db, self.actor, unit_id, parent_id, day)
        self._push(text, self._op_replace(svc.replace_links, unit_id, old))

    def set_positions(self, text: str, unit_id: int, rows: Sequence[core.Position]) -> None:
        old = svc.replace_positions(self.db, self.actor, unit_id, rows)
        self._push(text, self._op_replace(svc.replace_positions, unit_id, old))

    def set_contact_chain(
        self, text: str, unit_id: int, chain: Sequence[tuple[str, str, str]], day: date
    ) -> None:
        old = svc.set_contact_chain(self.db, self.actor, unit_id, chain, day)
        self._push(text, self._op_replace(svc.replace_contacts, unit_id, old))

    def import_orgchart(self, doc: core.OrgSnapshot) -> svc.ImportSummary:
        """Not undoable: the window clears the undo history afterwards."""
        return svc.import_orgchart(self.db, self.actor, doc)

    def set_cooperations(self, text: str, unit_id: int, rows: Sequence[core.Cooperation]) -> None:
        old = svc.replace_cooperations(self.db, self.actor, unit_id, rows)
        self._push(text, self._op_replace(svc.replace_cooperations, unit_id, old))
