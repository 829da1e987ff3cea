"""The competence register and training needs through the store: order, filters, updates,
refusals naming the field."""

from dataclasses import replace
from datetime import date

import pytest

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.store import competence_service as svc
from helsehus_desktop.store import meeting_service as ms
from helsehus_desktop.store.orgchart_service import create_unit

ACTOR = "koordinator.test"
TODAY = date(2026, 3, 2)


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def units(db):
    return tuple(
        create_unit(
            db, ACTOR, name=n, kind="tjenestested", parent_id=None, valid_from=date(2024, 1, 1)
        )
        for n in ("Ytterøy helsetun", "Staup Helsehus")
    )


def refused(call, *args, **kw) -> str:
    with pytest.raises(FormRefused) as caught:
        call(*args, **kw)
    return caught.value.field


def test_competences_by_unit_then_name_and_filtered(db, units):
    ytteroy, staup = units

    def add(name, unit, course="Palliasjon grunnkurs", **kw):
        c = core.Competence(None, name, unit, course, **kw)
        return svc.save_competence(db, ACTOR, c, today=TODAY)

    add("Øyvind Testesen", staup, level="further_education", completed_on=date(2025, 6, 1))
    add("Anne Testesen", ytteroy)
    add("Berit Testesen", None)
    cid = add("Arne Testesen", staup, note=" kreftsykepleier ")
    rows = svc.list_competences(db, ACTOR)
    assert [(c.person_name, c.unit_id) for c in rows] == [
        ("Arne Testesen", staup),
        ("Øyvind Testesen", staup),
        ("Anne Testesen", ytteroy),
        ("Berit Testesen", None),
    ]
    assert rows[0].note == "kreftsykepleier" and rows[1].level == "further_education"
    assert [c.person_name for c in svc.list_competences(db, ACTOR, [ytteroy])] == ["Anne Testesen"]

    svc.save_competence(db, ACTOR, replace(rows[0], course="Master palliasjon", level="master"))
    assert svc.list_competences(db, ACTOR, [staup])[0].course == "Master palliasjon"
    svc.delete_competence(db, ACTOR, cid)
    assert len(svc.list_competences(db, ACTOR)) == 3

    good = core.Competence(None, "Test", staup, "Kurs")
    assert refused(svc.save_competence, db, ACTOR, replace(good, person_name=" ")) == "person_name"
    assert refused(svc.save_competence, db, ACTOR, replace(good, course="")) == "course"
    assert refused(svc.save_competence, db, ACTOR, replace(good, level="x")) == "level"
    future = replace(good, completed_on=date(2026, 3, 3))
    assert refused(svc.save_competence, db, ACTOR, future, today=TODAY) == "completed_on"
    assert refused(svc.save_competence, db, ACTOR, replace(good, unit_id=99999)) == "unit_id"


def test_training_needs_until_met(db, units):
    ytteroy, _ = units
    sid = ms.save_series(db, ACTOR, core.Series(None, core.INTERDISCIPLINARY, "Mandagsmøte"))
    mid = ms.add_meeting(db, ACTOR, sid, date(2026, 2, 2))
    need = core.TrainingNeed(None, ytteroy, "equipment", "Smertepumpe", date(2026, 2, 2), mid)
    nid = svc.save_training_need(db, ACTOR, need)
    svc.save_training_need(
        db, ACTOR, core.TrainingNeed(None, None, "procedures", "Subkutan nål", date(2026, 1, 5))
    )
    assert [n.topic for n in svc.list_training_needs(db, ACTOR)] == ["Subkutan nål", "Smertepumpe"]
    svc.save_training_need(db, ACTOR, replace(need, id=nid, met_on=date(2026, 2, 20)))
    assert [n.topic for n in svc.list_training_needs(db, ACTOR)] == ["Subkutan nål"]
    met = svc.list_training_needs(db, ACTOR, include_met=True)
    assert met[1] == replace(need, id=nid, met_on=date(2026, 2, 20))

    assert refused(svc.save_training_need, db, ACTOR, replace(need, topic=" ")) == "topic"
    assert refused(svc.save_training_need, db, ACTOR, replace(need, kind="x")) == "kind"
    early = replace(need, met_on=date(2026, 2, 1))
    assert refused(svc.save_training_need, db, ACTOR, early) == "met_on"
    assert refused(svc.save_training_need, db, ACTOR, replace(need, meeting_id=99999)) == (
        "meeting_id"
    )
    # a deleted meeting leaves the need, without the meeting
    ms.delete_meeting(db, ACTOR, mid)
    assert svc.list_training_needs(db, ACTOR, include_met=True)[1].meeting_id is None
    svc.delete_training_need(db, ACTOR, nid)
    assert len(svc.list_training_needs(db, ACTOR, include_met=True)) == 1
