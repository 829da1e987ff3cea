"""ESAS-r and MOBID-2 registrations through the store: "could not be assessed" stays empty,
other problems and scores come back as saved, refusals save nothing, every change is logged."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_KEYS, FormRefused
from helsehus_desktop.core.templates import load_mobid_form
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import access_log
from helsehus_desktop.store.assessment_service import add_esas, add_mobid, delete_esas, delete_mobid
from helsehus_desktop.store.pathway_service import load_plan
from helsehus_desktop.store.patient_service import create_patient

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 12, 0)
ACTOR = "sykepleier.test"


def add(db, name="Testpasient Åse Øvrebø") -> int:
    patient = core.Patient(id=None, name=name, identity_number="", birth_date=date(1940, 5, 17))
    return create_patient(db, ACTOR, patient, level=2, start_date=date(2026, 1, 5), today=TODAY)


def esas(at=NOW - timedelta(hours=2), **changes) -> core.EsasRegistration:
    scores = {key: n for n, key in enumerate(ESAS_KEYS)} | {"nausea": None, "pain": 0}
    reg = core.EsasRegistration(id=None, at=at, filled_by="patient_helped", scores=scores)
    return replace(reg, **changes)


def mobid(at=NOW - timedelta(hours=3), **changes) -> core.MobidRegistration:
    items = tuple(
        core.MobidScore(item.key, sound=n == 1, face=n == 2, defence=n == 3, intensity=n)
        for n, item in enumerate(load_mobid_form().items)
    )
    reg = core.MobidRegistration(id=None, at=at, observer="Sykepleier Test", items=items, overall=5)
    return replace(reg, **changes)


def history(db, pid):
    result = load_plan(db, ACTOR, pid, today=TODAY)
    return result.esas, result.mobid


def refused(call, *args, **kw) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        call(*args, **kw)
    return caught.value


def actions(db, pid) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(m.AccessLog.action)
                .where(m.AccessLog.patient_id == pid)
                .order_by(m.AccessLog.id)
            )
        )


def test_esas_round_trip_keeps_not_assessed_apart_from_zero(any_db):
    pid = add(any_db)
    reg = esas(at=datetime(2026, 3, 1, 9, 30, 15, 123456), others=(("  Munntørrhet ", 8),))
    reg_id = add_esas(any_db, ACTOR, pid, reg, now=NOW)
    [stored], _ = history(any_db, pid)
    assert stored.id == reg_id
    assert stored.at == datetime(2026, 3, 1, 9, 30, 15)
    assert stored.filled_by == "patient_helped"
    assert stored.scores == reg.scores
    assert stored.scores["nausea"] is None
    assert stored.scores["pain"] == 0
    assert stored.others == (("Munntørrhet", 8),)
    with any_db.session() as session:
        assert session.scalar(select(m.EsasRegistration.max_score)) == 8


def test_esas_max_score_ignores_not_assessed(any_db):
    pid = add(any_db)
    only_one = {key: None for key in ESAS_KEYS} | {"anxiety": 3}
    add_esas(any_db, ACTOR, pid, esas(scores=only_one, others=(("Kløe", None),)), now=NOW)
    add_esas(any_db, ACTOR, pid, esas(scores=dict.fromkeys(ESAS_KEYS, 0)), now=NOW)
    with any_db.session() as session:
        maxima = session.scalars(
            select(m.EsasRegistration.max_score).order_by(m.EsasRegistration.id)
        ).all()
    assert maxima == [3, 0]
    first, _second = history(any_db, pid)[0]
    assert first.others == (("Kløe", None),)


def test_esas_history_is_oldest_first_and_delete_removes_one(any_db):
    pid = add(any_db)
    late = add_esas(any_db, ACTOR, pid, esas(at=NOW - timedelta(hours=1)), now=NOW)
    early = add_esas(any_db, ACTOR, pid, esas(at=NOW - timedelta(days=3)), now=NOW)
    assert [r.id for r in history(any_db, pid)[0]] == [early, late]
    delete_esas(any_db, ACTOR, pid, early)
    assert [r.id for r in history(any_db, pid)[0]] == [late]
    with any_db.session() as session:
        assert session.scalars(select(m.EsasOther)).all() == []


def test_esas_refusals_save_nothing(any_db):
    pid = add(any_db)
    half = {k: v for k, v in esas().scores.items() if k != "depression"}
    assert refused(add_esas, any_db, ACTOR, pid, esas(scores=half), now=NOW).field == "depression"
    high = esas(scores=esas().scores | {"pain": 11})
    assert refused(add_esas, any_db, ACTOR, pid, high, now=NOW).field == "pain"
    future = esas(at=NOW + timedelta(hours=1))
    assert refused(add_esas, any_db, ACTOR, pid, future, now=NOW).field == "at"
    empty = esas(scores=dict.fromkeys(ESAS_KEYS))
    assert refused(add_esas, any_db, ACTOR, pid, empty, now=NOW).field == "scores"
    nameless = esas(others=(("", 3),))
    assert refused(add_esas, any_db, ACTOR, pid, nameless, now=NOW).field == "other1"
    assert refused(add_esas, any_db, ACTOR, 999, esas(), now=NOW).field == "name"
    assert history(any_db, pid)[0] == ()
    assert actions(any_db, pid) == ["create", "read"]


def test_another_patients_registration_cannot_be_deleted(any_db):
    pid = add(any_db)
    other = add(any_db, name="Testpasient Bø")
    esas_id = add_esas(any_db, ACTOR, pid, esas(), now=NOW)
    mobid_id = add_mobid(any_db, ACTOR, pid, mobid(), now=NOW)
    delete_esas(any_db, ACTOR, other, esas_id)
    delete_mobid(any_db, ACTOR, other, mobid_id)
    stored_esas, stored_mobid = history(any_db, pid)
    assert [r.id for r in stored_esas] == [esas_id]
    assert [r.id for r in stored_mobid] == [mobid_id]


def test_mobid_round_trip_and_delete(any_db):
    pid = add(any_db)
    reg = mobid(observer="  Sykepleier Test ")
    reg_id = add_mobid(any_db, ACTOR, pid, reg, now=NOW)
    second = add_mobid(any_db, ACTOR, pid, mobid(at=NOW, overall=2), now=NOW)
    stored, later = history(any_db, pid)[1]
    assert (stored.id, later.id) == (reg_id, second)
    assert stored.observer == "Sykepleier Test"
    assert stored.items == reg.items
    assert (stored.overall, later.overall) == (5, 2)
    delete_mobid(any_db, ACTOR, pid, reg_id)
    assert [r.id for r in history(any_db, pid)[1]] == [second]
    with any_db.session() as session:
        assert len(session.scalars(select(m.MobidScore)).all()) == len(reg.items)


def test_mobid_refusals_save_nothing(any_db):
    pid = add(any_db)
    missing = mobid(items=mobid().items[1:])
    assert refused(add_mobid, any_db, ACTOR, pid, missing, now=NOW).field == "hands"
    assert refused(add_mobid, any_db, ACTOR, pid, mobid(overall=11), now=NOW).field == "overall"
    assert refused(add_mobid, any_db, ACTOR, pid, mobid(overall=-1), now=NOW).field == "overall"
    assert refused(add_mobid, any_db, ACTOR, pid, mobid(observer=" "), now=NOW).field == (
        "observer"
    )
    twice = mobid(items=(*mobid().items, mobid().items[0]))
    assert refused(add_mobid, any_db, ACTOR, pid, twice, now=NOW).field == "items"
    assert history(any_db, pid)[1] == ()


def test_mobid_follows_the_sites_form(any_db, monkeypatch, tmp_path):
    site = tmp_path / "egne_maler"
    site.mkdir()
    (site / "mobid2.json").write_text(
        '{"behaviours": [{"key": "sound", "title": "Lyder"}, {"key": "face", "title": "Ansikt"},'
        ' {"key": "defence", "title": "Avverge"}],'
        ' "parts": [{"key": "p", "title": "Del 1", "items": [{"key": "hands", "title": "H"}]}]}',
        encoding="utf-8",
    )
    monkeypatch.setenv("HELSEHUS_TEMPLATES", str(site))
    pid = add(any_db)
    only_hands = mobid(items=(core.MobidScore("hands", intensity=4),))
    add_mobid(any_db, ACTOR, pid, only_hands, now=NOW)
    assert refused(add_mobid, any_db, ACTOR, pid, mobid(), now=NOW).field == "items"


def test_every_assessment_service_writes_the_access_log(any_db):
    pid = add(any_db)
    esas_id = add_esas(any_db, ACTOR, pid, esas(), now=NOW)
    mobid_id = add_mobid(any_db, ACTOR, pid, mobid(), now=NOW)
    delete_esas(any_db, ACTOR, pid, esas_id)
    delete_mobid(any_db, ACTOR, pid, mobid_id)
    assert actions(any_db, pid) == ["create", "update", "update", "update", "update"]
    log = access_log(any_db, "personvern.test", pid)
    assert [e.action for e in log] == ["update", "update", "update", "update", "create"]
    assert {e.actor for e in log} == {ACTOR}
    assert actions(any_db, pid)[-1] == "log"
    with any_db.session() as session:
        rows = session.execute(select(m.AccessLog)).scalars().all()
    assert {row.patient_id for row in rows} == {pid}
