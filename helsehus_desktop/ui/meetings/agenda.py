"""Saksliste og referat: the meeting's items in order, each with its minutes and decision,
written down the page as the minutes read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.ui.meetings.meeting_section import MeetingForm, MeetingHost
from helsehus_desktop.ui.pathways.forms import text_box


class AgendaItemBox(QGroupBox):
    """One item: its title, the minutes and the decision, with buttons to move or remove it."""

    def __init__(self, item: core.AgendaItem, on_move: Callable, on_remove: Callable) -> None:
        super().__init__()
        self.item_id = item.id
        self.subject = QLineEdit(item.title)
        self.subject.setPlaceholderText(self.tr("Hva saken gjelder"))
        self.minutes = text_box(4)
        self.minutes.setPlainText(item.minutes)
        self.minutes.setPlaceholderText(self.tr("Hva som ble sagt og vurdert"))
        self.decision = text_box(2)
        self.decision.setPlainText(item.decision)
        self.decision.setPlaceholderText(self.tr("Hva møtet ble enige om"))
        self.up = QPushButton(self.tr("Flytt opp"))
        self.down = QPushButton(self.tr("Flytt ned"))
        self.remove = QPushButton(self.tr("Fjern saken"))
        self.up.clicked.connect(lambda: on_move(self, -1))
        self.down.clicked.connect(lambda: on_move(self, 1))
        self.remove.clicked.connect(lambda: on_remove(self))
        form = QFormLayout()
        form.addRow(self.tr("Sak:"), self.subject)
        form.addRow(self.tr("Referat:"), self.minutes)
        form.addRow(self.tr("Vedtak:"), self.decision)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def number(self, n: int, count: int) -> None:
        self.setTitle(self.tr("Sak {0}").format(n))
        self.up.setEnabled(n > 1)
        self.down.setEnabled(n < count)

    def typed(self) -> core.AgendaItem:
        return core.AgendaItem(
            self.item_id,
            self.subject.text().strip(),
            self.minutes.toPlainText().strip(),
            self.decision.toPlainText().strip(),
        )

    def is_blank(self) -> bool:
        item = self.typed()
        return not (item.title or item.minutes or item.decision)


class AgendaSection(MeetingForm):
    def __init__(self, host: MeetingHost) -> None:
        super().__init__(host)
        self.empty = QLabel(
            self.tr("Ingen saker ennå. Trykk «Legg til sak» for å sette opp sakslisten.")
        )
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Legg t&il sak"))
        self.add_button.clicked.connect(self.add_item)
        add_row.addWidget(self.add_button)
        add_row.addStretch()
        self.body.addLayout(add_row)
        self.body.addStretch()
        self.items: list[AgendaItemBox] = []

    def title(self) -> str:
        return self.tr("Saksliste og referat")

    def fill(self, record: core.MeetingRecord | None) -> None:
        for box in self.items:
            self.list.removeWidget(box)
            box.hide()  # at once: the deletion waits for the event loop
            box.deleteLater()
        self.items = []
        for item in record.agenda if record is not None else ():
            self._append(item)
        self._renumber()

    def _append(self, item: core.AgendaItem) -> AgendaItemBox:
        box = AgendaItemBox(item, self.move_item, self.remove_item)
        self.watch(box.subject, box.minutes, box.decision)
        self.list.addWidget(box)
        self.items.append(box)
        return box

    def _renumber(self) -> None:
        for n, box in enumerate(self.items, start=1):
            box.number(n, len(self.items))
        self.empty.setVisible(not self.items)

    def add_item(self) -> None:
        box = self._append(core.AgendaItem(None, ""))
        self._renumber()
        self.edited()
        box.subject.setFocus()
        self.content.adjustSize()
        self.scroller.ensureWidgetVisible(box)

    def remove_item(self, box: AgendaItemBox) -> None:
        self.items.remove(box)
        self.list.removeWidget(box)
        box.hide()  # at once: the deletion waits for the event loop
        box.deleteLater()
        self._renumber()
        self.edited()

    def move_item(self, box: AgendaItemBox, step: int) -> None:
        index = self.items.index(box)
        target = index + step
        if not 0 <= target < len(self.items):
            return
        self.items.insert(target, self.items.pop(index))
        self.list.removeWidget(box)
        self.list.insertWidget(target, box)
        self._renumber()
        self.edited()
        (box.up if step < 0 and box.up.isEnabled() else box.down).setFocus()
        if not (box.up.isEnabled() or box.down.isEnabled()):
            box.subject.setFocus()

    def typed(self) -> list[core.AgendaItem]:
        return [box.typed() for box in self.items if not box.is_blank()]

    def submit(self) -> bool:
        items = self.typed()
        untitled = next(
            (box for box in self.items if not box.is_blank() and not box.typed().title), None
        )
        fields: dict[str, QWidget] = {"agenda": untitled.subject} if untitled is not None else {}
        db, actor, meeting_id = self.host.db, self.host.actor, self.meeting_id()
        return self.save(lambda: service.save_agenda(db, actor, meeting_id, items), fields)
