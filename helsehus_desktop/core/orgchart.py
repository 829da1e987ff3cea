"""The organisation chart as plain data, and the rules that hold it together.

Units, positions and three kinds of relation (line management, cooperation, an ordered contact
chain). Units and relations are dated, so the chart can be shown as it stood on any day.
Nothing here touches Qt or a database: the store hands in rows, the UI and the PDF read views.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP

# Kinds of unit, in the order they are offered. Labels are Norwegian source strings that the UI
# translates in the "UnitKind" context.
UNIT_KINDS: dict[str, str] = {
    "område": QT_TRANSLATE_NOOP("UnitKind", "Område"),
    "enhet": QT_TRANSLATE_NOOP("UnitKind", "Enhet"),
    "tjenestested": QT_TRANSLATE_NOOP("UnitKind", "Tjenestested"),
    "avdeling": QT_TRANSLATE_NOOP("UnitKind", "Avdeling"),
    "arbeidslag": QT_TRANSLATE_NOOP("UnitKind", "Arbeidslag"),
    "funksjon": QT_TRANSLATE_NOOP("UnitKind", "Funksjon"),
    "gruppe": QT_TRANSLATE_NOOP("UnitKind", "Gruppe"),
    "ekstern": QT_TRANSLATE_NOOP("UnitKind", "Ekstern samarbeidspart"),
}


class OrgRuleError(ValueError):
    """A change that would break the chart's rules; the message is a Norwegian source string."""


@dataclass(frozen=True, slots=True)
class Period:
    valid_from: date
    valid_to: date | None = None

    def contains(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    key: str
    name: str
    kind: str
    valid_from: date
    valid_to: date | None = None
    description: str = ""
    phone: str = ""
    address: str = ""

    @property
    def period(self) -> Period:
        return Period(self.valid_from, self.valid_to)


@dataclass(frozen=True, slots=True)
class Position:
    id: int | None
    unit_id: int
    title: str
    key: str = ""
    person_name: str = ""
    phone: str = ""
    email: str = ""
    is_head: bool = False
    sort: int = 0

    @property
    def vacant(self) -> bool:
        return not self.person_name.strip()


@dataclass(frozen=True, slots=True)
class LineLink:
    """`unit_id` reports to `parent_id` during the period."""

    id: int | None
    unit_id: int
    parent_id: int
    valid_from: date
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class Cooperation:
    """ "Samarbeider med" between two units; it has no direction."""

    id: int | None
    unit_a_id: int
    unit_b_id: int
    valid_from: date
    valid_to: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ContactStep:
    """One step of a unit's ordered contact chain: whom to call first, second, third."""

    id: int | None
    unit_id: int
    rank: int
    label: str
    person_name: str = ""
    phone: str = ""
    valid_from: date = date(2000, 1, 1)
    valid_to: date | None = None


@dataclass(slots=True)
class OrgSnapshot:
    """Everything stored about the organisation, undated; `view(day)` picks one day."""

    units: list[Unit] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    links: list[LineLink] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    contacts: list[ContactStep] = field(default_factory=list)

    def view(self, day: date) -> OrgView:
        return OrgView(self, day)


class OrgView:
    """The chart as it stood on `day`: visible units, their parents, partners and contacts."""

    def __init__(self, snapshot: OrgSnapshot, day: date) -> None:
        self.day = day
        self.units: dict[int, Unit] = {u.id: u for u in snapshot.units if u.period.contains(day)}
        self.parent: dict[int, int] = {}
        for link in snapshot.links:
            if (
                link.unit_id in self.units
                and link.parent_id in self.units
                and Period(link.valid_from, link.valid_to).contains(day)
            ):
                self.parent[link.unit_id] = link.parent_id
        self.children: dict[int | None, list[int]] = {}
        for uid in sorted(self.units, key=lambda i: _sort_key(self.units[i])):
            self.children.setdefault(self.parent.get(uid), []).append(uid)
        self.positions: dict[int, list[Position]] = {}
        for pos in sorted(snapshot.positions, key=lambda p: (not p.is_head, p.sort, p.title)):
            if pos.unit_id in self.units:
                self.positions.setdefault(pos.unit_id, []).append(pos)
        self.cooperations = [
            c
            for c in snapshot.cooperations
            if c.unit_a_id in self.units
            and c.unit_b_id in self.units
            and Period(c.valid_from, c.valid_to).contains(day)
        ]
        self.contacts: dict[int, list[ContactStep]] = {}
        for step in sorted(snapshot.contacts, key=lambda s: s.rank):
            if step.unit_id in self.units and Period(step.valid_from, step.valid_to).contains(day):
                self.contacts.setdefault(step.unit_id, []).append(step)

    @property
    def roots(self) -> list[int]:
        return self.children.get(None, [])

    def head(self, unit_id: int) -> Position | None:
        return next((p for p in self.positions.get(unit_id, []) if p.is_head), None)

    def partners(self, unit_id: int) -> list[tuple[int, Cooperation]]:
        """The units `unit_id` cooperates with, each with the cooperation that links them."""
        out = []
        for c in self.cooperations:
            if c.unit_a_id == unit_id:
                out.append((c.unit_b_id, c))
            elif c.unit_b_id == unit_id:
                out.append((c.unit_a_id, c))
        return sorted(out, key=lambda pc: self.units[pc[0]].name.casefold())

    def ancestors(self, unit_id: int) -> list[int]:
        out, seen = [], {unit_id}
        current = self.parent.get(unit_id)
        while current is not None and current not in seen:
            out.append(current)
            seen.add(current)
            current = self.parent.get(current)
        return out

    def descendants(self, unit_id: int) -> list[int]:
        out, stack = [], list(self.children.get(unit_id, []))
        while stack:
            uid = stack.pop()
            out.append(uid)
            stack.extend(self.children.get(uid, []))
        return out

    def walk(self) -> Iterable[tuple[int, int]]:
        """Every visible unit as (unit id, depth), parents before children, in display order."""
        stack = [(uid, 0) for uid in reversed(self.roots)]
        while stack:
            uid, depth = stack.pop()
            yield uid, depth
            stack.extend((c, depth + 1) for c in reversed(self.children.get(uid, [])))


def _sort_key(unit: Unit) -> tuple[str, int]:
    return (unit.name.casefold(), unit.id)


def would_create_cycle(view: OrgView, unit_id: int, new_parent_id: int | None) -> bool:
    """True when putting `unit_id` under `new_parent_id` makes a unit its own ancestor."""
    if new_parent_id is None:
        return False
    return new_parent_id == unit_id or unit_id in view.ancestors(new_parent_id)


def check_period(valid_from: date, valid_to: date | None) -> None:
    if valid_to is not None and valid_to < valid_from:
        raise OrgRuleError(
            QT_TRANSLATE_NOOP("OrgRule", "Sluttdatoen kan ikke være før startdatoen.")
        )


def _until_next_change(starts: Iterable[date], day: date) -> date | None:
    """The last day a change made on `day` holds: the day before the next change recorded after
    it, or None (open-ended) when there is none."""
    later = [start for start in starts if start > day]
    return min(later) - timedelta(days=1) if later else None


def move_links(
    links: Sequence[LineLink], unit_id: int, new_parent_id: int | None, day: date
) -> list[LineLink]:
    """The unit's line links after it moves under `new_parent_id` from `day` on.

    The link in force on `day` ends the day before (or is replaced if it began that day). A move
    recorded for a later day is kept, and this one holds until then: fixing the past does not
    undo what has been recorded since. Other units' links are untouched.
    """
    own = [link for link in links if link.unit_id == unit_id]
    until = _until_next_change((link.valid_from for link in own), day)
    out = [link for link in links if link.unit_id != unit_id]
    for link in own:
        if link.valid_from == day:
            continue
        if link.valid_from < day and (link.valid_to is None or link.valid_to >= day):
            link = replace(link, valid_to=day - timedelta(days=1))
        out.append(link)
    if new_parent_id is not None:
        out.append(LineLink(None, unit_id, new_parent_id, day, until))
    return out


def replace_contacts_from(
    steps: Sequence[ContactStep], unit_id: int, new_chain: Sequence[tuple[str, str, str]], day: date
) -> list[ContactStep]:
    """The unit's contact steps after its chain is replaced from `day` on.

    `new_chain` holds (label, person name, phone) in calling order. An unchanged chain is kept
    as it is. Otherwise the steps in force on `day` end the day before (those that began that
    day are replaced) and the new chain holds until the next change recorded after `day`.
    """
    wanted = [tuple(step) for step in new_chain]
    own = [s for s in steps if s.unit_id == unit_id]
    current = sorted(
        (s for s in own if Period(s.valid_from, s.valid_to).contains(day)), key=lambda s: s.rank
    )
    if [(s.label, s.person_name, s.phone) for s in current] == wanted:
        return list(steps)
    until = _until_next_change((s.valid_from for s in own), day)
    out = [s for s in steps if s.unit_id != unit_id]
    for step in own:
        if step.valid_from == day:
            continue
        if step.valid_from < day and (step.valid_to is None or step.valid_to >= day):
            step = replace(step, valid_to=day - timedelta(days=1))
        out.append(step)
    out.extend(
        ContactStep(None, unit_id, rank, label, name, phone, day, until)
        for rank, (label, name, phone) in enumerate(wanted, start=1)
    )
    return out


def overlapping_parents(links: Sequence[LineLink]) -> tuple[int, int] | None:
    """Positions in `links` of two links that give one unit two parents on some day."""
    per_unit: dict[int, list[int]] = {}
    for i, link in enumerate(links):
        per_unit.setdefault(link.unit_id, []).append(i)
    for own in per_unit.values():
        own.sort(key=lambda i: (links[i].valid_from, i))
        for prev, cur in zip(own, own[1:], strict=False):
            end = links[prev].valid_to
            if end is None or end >= links[cur].valid_from:
                return prev, cur
    return None


def find_line_cycle(links: Sequence[LineLink]) -> tuple[int, list[int]] | None:
    """The position in `links` of a link that closes a cycle on some day, with the cycle's unit
    ids starting at that link's unit; None when line management has no cycle on any day.

    Expects at most one parent per unit per day (see `overlapping_parents`). Sweeps the days on
    which links start: links that ended before the day leave the forest, those that start on it
    join one by one, and a link closes a cycle exactly when its unit is already an ancestor of
    its parent. Each unit is a root when its own link joins, so a cycle can only appear then.
    """
    order = sorted(range(len(links)), key=lambda i: (links[i].valid_from, i))
    ends = sorted(
        (i for i in order if links[i].valid_to is not None),
        key=lambda i: links[i].valid_to or date.max,
    )
    parent: dict[int, int] = {}  # unit -> position of its link in force
    children: dict[int, set[int]] = {}
    e = 0
    for i in order:
        link = links[i]
        while e < len(ends) and (links[ends[e]].valid_to or date.max) < link.valid_from:
            gone = links[ends[e]]
            if parent.get(gone.unit_id) == ends[e]:
                del parent[gone.unit_id]
                children[gone.parent_id].discard(gone.unit_id)
            e += 1
        if _is_ancestor(link.unit_id, link.parent_id, links, parent, children):
            chain = [link.unit_id, link.parent_id]
            while chain[-1] != link.unit_id:
                chain.append(links[parent[chain[-1]]].parent_id)
            return i, chain[:-1]
        parent[link.unit_id] = i
        children.setdefault(link.parent_id, set()).add(link.unit_id)
    return None


def _is_ancestor(
    root: int,
    node: int,
    links: Sequence[LineLink],
    parent: dict[int, int],
    children: dict[int, set[int]],
) -> bool:
    """Whether `root` (a unit without a parent) is `node` or above it. Walks up from `node` and
    down from `root` in turns, so the cost is bounded by the smaller of the two."""
    up: int | None = node
    down = deque([root])
    while up is not None and down:
        if up == root:
            return True
        up = links[parent[up]].parent_id if up in parent else None
        current = down.popleft()
        if current == node:
            return True
        down.extend(children.get(current, ()))
    return up == root
