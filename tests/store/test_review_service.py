"""Pathways reviewed in meetings: the candidates of the represented units with level, next stop
point and latest ESAS-r; a review written back to the patient's pathway history; the access
log written; refusals naming the field."""

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from helsehus_desktop.core import meetings as mc
from helsehus_desktop.core import pathway as pc
from helsehus_desktop.core.assessments import ESAS_KEYS, FormRefused
from helsehus_desktop.store import meeting_service as ms
from helsehus_desktop.store import models as m
from helsehus_desktop.store.assessment_service import add_esas
from helsehus_desktop.store.orgchart_service import create_unit
from helsehus_desktop.store.pathway_service import add_stop_point, end_pathway, load_plan
from helsehus_desktop.store.patient_service import create_patient
from helsehus_desktop.store.review_service import (
    delete_review,
    review_candidates,
    save_review,
)

ACTOR = "koordinator.test"
TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 12, 0)


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def world(db):
    home, staup = (
        create_unit(
            db, ACTOR, name=n, kind="tjenestested", parent_id=None, valid_from=date(2024, 1, 1)
        )
        for n in ("Hjemmetjenesten Sør", "Staup Helsehus")
    )

    def patient(name, unit, level=2):
        p = pc.Patient(None, name, "", date(1940, 5, 17), unit_id=unit)
        return create_patient(db, ACTOR, p, level=level, start_date=date(2026, 1, 5), today=TODAY)

    pids = {
        "Øvrebø": patient("Testpasient Åse Øvrebø", home, 3),
        "Berg": patient("Testpasient Bjørn Berg", home, 1),
        "Staup": patient("Testpasient Astrid Aas", staup),
        "Ended": patient("Testpasient Anders Alm", home),
    }
    end_pathway(db, ACTOR, pids["Ended"], ended_on=TODAY, reason="moved", today=TODAY)
    sid = ms.save_series(
        db,
        ACTOR,
        mc.Series(
            None,
            mc.CORE_GROUP,
            "Kjernegruppe",
            members=(mc.Member(None, "Test Sørby", home),),
        ),
    )
    mid = ms.add_meeting(db, ACTOR, sid, TODAY)
    return home, staup, pids, sid, mid


def pathway_of(db, patient_id) -> int:
    with db.session() as session:
        return session.scalar(select(m.Pathway.id).where(m.Pathway.patient_id == patient_id))


def access(db, patient_id) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(m.AccessLog.action)
                .where(m.AccessLog.patient_id == patient_id)
                .order_by(m.AccessLog.id)
            )
        )


def test_candidates_are_the_active_pathways_of_the_represented_units(db, world):
    home, staup, pids, sid, mid = world
    add_stop_point(db, ACTOR, pids["Øvrebø"], date(2026, 4, 1))
    add_stop_point(db, ACTOR, pids["Øvrebø"], date(2026, 3, 10))
    scores = dict.fromkeys(ESAS_KEYS, 2) | {"pain": 8}
    for at, s in (
        (datetime(2026, 3, 1, 9), scores),
        (datetime(2026, 2, 1, 9), {**scores, "pain": 9}),
    ):
        add_esas(db, ACTOR, pids["Øvrebø"], pc.EsasRegistration(None, at, "patient", s), now=NOW)
    before = {name: access(db, pid) for name, pid in pids.items()}

    rows = review_candidates(db, ACTOR, mid)
    assert [r.patient_name for r in rows] == ["Testpasient Bjørn Berg", "Testpasient Åse Øvrebø"]
    berg, ovrebo = rows
    assert (ovrebo.level, ovrebo.unit_name) == (3, "Hjemmetjenesten Sør")
    assert ovrebo.next_stop_point == date(2026, 3, 10)
    assert ovrebo.latest_esas_at == datetime(2026, 3, 1, 9) and ovrebo.latest_esas_max == 8
    assert ovrebo.pathway_id == pathway_of(db, pids["Øvrebø"])
    assert (berg.next_stop_point, berg.latest_esas_at, berg.latest_esas_max) == (None, None, None)
    # the patient whose ESAS-r score is shown is logged as read; a name alone is not logged
    assert access(db, pids["Øvrebø"]) == [*before["Øvrebø"], "read"]
    assert access(db, pids["Berg"]) == before["Berg"]

    # a series that names no unit is offered every active pathway
    other = ms.save_series(db, ACTOR, mc.Series(None, mc.AD_HOC, "Arbeidsgruppe"))
    other_meeting = ms.add_meeting(db, ACTOR, other, TODAY)
    assert len(review_candidates(db, ACTOR, other_meeting)) == 3
    # a required unit counts as represented
    series = ms.get_series(db, ACTOR, sid)
    ms.save_series(db, ACTOR, replace(series, required_unit_ids=(staup,)))
    assert len(review_candidates(db, ACTOR, mid)) == 3


def test_a_review_is_written_back_to_the_pathway_history_and_logged(db, world):
    _home, _staup, pids, _sid, mid = world
    pid = pids["Øvrebø"]
    pathway_id = pathway_of(db, pid)
    later = ms.add_meeting(db, ACTOR, _sid, date(2026, 3, 9))
    rid_later = save_review(
        db, ACTOR, later, mc.PathwayReview(None, pathway_id, level=3, assessment="Stabil")
    )
    rid = save_review(
        db,
        ACTOR,
        mid,
        mc.PathwayReview(None, pathway_id, level=3, assessment="Mer smerte", follow_up="Ring lege"),
    )
    assert access(db, pid)[-2:] == ["update", "update"]

    plan = load_plan(db, ACTOR, pid, today=TODAY)
    assert plan.reviews == (
        pc.ReviewEntry(mid, TODAY, "Kjernegruppe", "Mer smerte", "Ring lege"),
        pc.ReviewEntry(later, date(2026, 3, 9), "Kjernegruppe", "Stabil", ""),
    )
    record = ms.load_meeting(db, ACTOR, mid)
    assert record.reviews == (
        mc.PathwayReview(
            rid, pathway_id, "Testpasient Åse Øvrebø", 3, "Mer smerte", "Ring lege", patient_id=pid
        ),
    )
    assert access(db, pid)[-1] == "read"  # opening the meeting is logged for the patient

    save_review(db, ACTOR, mid, mc.PathwayReview(rid, pathway_id, level=2, assessment="Bedre"))
    assert load_plan(db, ACTOR, pid, today=TODAY).reviews[0].assessment == "Bedre"

    def refused(review, meeting=mid) -> str:
        with pytest.raises(FormRefused) as caught:
            save_review(db, ACTOR, meeting, review)
        return caught.value.field

    assert refused(mc.PathwayReview(None, pathway_id)) == "pathway_id"  # twice in one meeting
    assert refused(mc.PathwayReview(None, 99999)) == "pathway_id"
    assert refused(mc.PathwayReview(None, pathway_id, level=4), later) == "level"
    assert refused(mc.PathwayReview(rid_later, pathway_id)) == "pathway_id"  # another meeting's

    delete_review(db, ACTOR, rid)
    assert access(db, pid)[-1] == "update"
    assert [r.meeting_id for r in load_plan(db, ACTOR, pid, today=TODAY).reviews] == [later]
    # deleting the meeting takes its reviews out of the history, and that is logged
    n = len(access(db, pid))
    ms.delete_meeting(db, ACTOR, later)
    assert load_plan(db, ACTOR, pid, today=TODAY).reviews == ()
    assert access(db, pid)[n] == "update"
