from dataclasses import replace
from datetime import date

import pytest

from helsehus_desktop.core import orgchart as core
from helsehus_desktop.store import orgchart_service as svc

D0 = date(2024, 1, 1)
D1 = date(2025, 6, 1)


@pytest.fixture
def db(any_db):
    """These tests run on SQLite and, where one is configured, on PostgreSQL."""
    return any_db


@pytest.fixture
def tree(db):
    top = svc.create_unit(
        db, "test", name="Kommunalsjef", kind="område", parent_id=None, valid_from=D0
    )
    enhet = svc.create_unit(
        db,
        "test",
        name="Enhet hjemme- og institusjonstjenester",
        kind="enhet",
        parent_id=top,
        valid_from=D0,
    )
    staup = svc.create_unit(
        db, "test", name="Staup Helsehus", kind="tjenestested", parent_id=enhet, valid_from=D0
    )
    return top, enhet, staup


def test_units_come_back_as_a_dated_tree(db, tree):
    top, enhet, staup = tree
    view = svc.load_snapshot(db).view(D1)
    assert view.roots == [top]
    assert view.ancestors(staup) == [enhet, top]
    assert svc.load_snapshot(db).view(date(2023, 12, 31)).units == {}


def test_move_keeps_history_and_undo_restores_it(db, tree):
    top, enhet, staup = tree
    old = svc.move_unit(db, "test", staup, top, D1)
    snap = svc.load_snapshot(db)
    assert snap.view(D1).parent[staup] == top
    assert snap.view(date(2025, 5, 31)).parent[staup] == enhet
    svc.replace_links(db, "test", staup, old)
    assert svc.load_snapshot(db).view(D1).parent[staup] == enhet
    assert len([lk for lk in svc.load_snapshot(db).links if lk.unit_id == staup]) == 1


def test_a_move_that_makes_a_cycle_is_refused(db, tree):
    top, _enhet, staup = tree
    with pytest.raises(svc.OrgChangeRefused, match="under seg selv"):
        svc.move_unit(db, "test", top, staup, D1)
    assert svc.load_snapshot(db).view(D1).parent.get(top) is None


def test_delete_and_restore_bring_back_positions_and_relations(db, tree):
    top, enhet, staup = tree
    svc.replace_positions(
        db,
        "test",
        staup,
        [core.Position(None, staup, "Avdelingsleder", person_name="Elin Aas", is_head=True)],
    )
    svc.replace_cooperations(db, "test", staup, [core.Cooperation(None, staup, top, D0)])
    with pytest.raises(svc.OrgChangeRefused, match="underenheter"):
        svc.delete_unit(db, "test", enhet)
    gone = svc.delete_unit(db, "test", staup)
    assert staup not in svc.load_snapshot(db).view(D1).units
    svc.restore_unit(db, "test", gone)
    view = svc.load_snapshot(db).view(D1)
    assert view.head(staup).person_name == "Elin Aas"
    assert [p for p, _ in view.partners(staup)] == [top]
    assert view.parent[staup] == enhet


def test_contact_chain_changes_keep_the_old_chain_for_earlier_dates(db, tree):
    _top, _enhet, staup = tree
    chain = [
        ("Fagkoordinator", "", ""),
        ("Driftskoordinator", "", ""),
        ("Kontaktperson", "Hilde Aabakken", ""),
    ]
    svc.set_contact_chain(db, "test", staup, chain, D0)
    svc.set_contact_chain(db, "test", staup, chain[:2], D1)
    snap = svc.load_snapshot(db)
    assert [s.label for s in snap.view(D1).contacts[staup]] == [
        "Fagkoordinator",
        "Driftskoordinator",
    ]
    assert snap.view(date(2025, 1, 1)).contacts[staup][2].person_name == "Hilde Aabakken"


def test_end_date_before_start_is_refused(db, tree):
    _top, _enhet, staup = tree
    with pytest.raises(svc.OrgChangeRefused, match="Sluttdatoen"):
        svc.update_unit(db, "test", staup, valid_to=date(2023, 1, 1))
    old = svc.update_unit(db, "test", staup, name="Staup helsehus", valid_to=D1)
    assert old == {"name": "Staup Helsehus", "valid_to": None}
    assert staup not in svc.load_snapshot(db).view(date(2025, 6, 2)).units


def test_links_giving_two_parents_at_once_are_refused(db, tree):
    top, enhet, staup = tree
    links = [lk for lk in svc.load_snapshot(db).links if lk.unit_id == staup]
    with pytest.raises(svc.OrgChangeRefused, match="to overordnede"):
        svc.replace_links(db, "test", staup, [*links, core.LineLink(None, staup, top, D1)])
    assert svc.load_snapshot(db).view(D1).parent[staup] == enhet


def test_import_is_all_or_nothing(db, tree):
    from helsehus_desktop.core.orgchart_json import dump_orgchart, parse_orgchart

    top, _enhet, staup = tree
    before = svc.load_snapshot(db)
    doc = parse_orgchart(dump_orgchart(before))
    # The file also puts the top unit under Staup from D1: a cycle, so nothing is applied,
    # not even the units and positions that come before the links.
    keys = {u.id: u.key for u in before.units}
    by_key = {u.key: u.id for u in doc.units}
    doc.links.append(core.LineLink(None, by_key[keys[top]], by_key[keys[staup]], D1))
    doc.units[0] = replace(doc.units[0], name="Endret navn")
    with pytest.raises(svc.OrgChangeRefused):
        svc.import_orgchart(db, "test", doc)
    after = svc.load_snapshot(db)
    assert after.links == before.links and after.units == before.units


def test_the_sample_loads_once_on_every_backend(db):
    from helsehus_desktop.store.sample import load_sample

    first = load_sample(db, "test")
    again = load_sample(db, "test")
    assert first.created > 40 and again.created == 0 and again.updated == first.created
    view = svc.load_snapshot(db).view(date(2025, 1, 1))
    assert len(view.units) == first.created
    nord = next(uid for uid, u in view.units.items() if u.name == "Mottaksapparat Avd. Nord")
    assert [s.label for s in view.contacts[nord]][:2] == ["Fagkoordinator", "Driftskoordinator"]


def test_a_unit_cannot_end_while_units_still_report_to_it(db, tree):
    _top, enhet, staup = tree
    with pytest.raises(svc.OrgChangeRefused, match="Staup Helsehus"):
        svc.update_unit(db, "test", enhet, valid_to=D1)
    svc.move_unit(db, "test", staup, None, date(2025, 6, 2))
    svc.update_unit(db, "test", enhet, valid_to=D1)
    assert enhet not in svc.load_snapshot(db).view(date(2025, 6, 2)).units


def test_every_contact_step_needs_a_role(db, tree):
    _top, _enhet, staup = tree
    with pytest.raises(svc.OrgChangeRefused, match="rolle"):
        svc.set_contact_chain(db, "test", staup, [("", "Bente Brekstad", "")], D0)
