"""`helsehus-desktop export minutes|agenda MEETING-ID OUT.pdf`, launched as an administrator
would run it, on a meeting made through the services."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from helsehus_desktop.core import meetings as mt
from helsehus_desktop.core import pathway as core
from helsehus_desktop.store import (
    meeting_service,
    orgchart_service,
    pathway_service,
    patient_service,
    review_service,
)
from helsehus_desktop.store.database import open_database
from tests.e2e.test_export_plans import env, run  # noqa: F401 - env is a fixture

pytestmark = pytest.mark.e2e

HELD_ON = date.today() - timedelta(days=3)
PATIENTS = ("Testpasient Åse Marie Øvrebø", "Testpasient Ørjan Ås")


def make_meeting(path: Path) -> tuple[int, list[int]]:
    """A held meeting with a missing required unit, two reviewed patients and an overdue action;
    returns the meeting id and the reviewed patients' ids."""
    db = open_database(path)
    try:
        units = {u.name: u.id for u in orgchart_service.load_snapshot(db).units}
        north, south = units["Hjemmetjenesten Nord"], units["Hjemmetjenesten Sør"]
        series_id = meeting_service.save_series(
            db,
            "test",
            mt.Series(
                None,
                mt.CORE_GROUP,
                "Kjernegruppe palliasjon – test",
                organiser="Fagkoordinator Åsa Lømo",
                place="Møterom Ørnen",
                start_time="14:00",
                members=(
                    mt.Member(None, "Kari Øvergård", unit_id=north, role="Fagkoordinator"),
                    mt.Member(None, "Siv Ødegård", unit_id=south, role="Sykepleier"),
                ),
                required_unit_ids=(north, south),
            ),
        )
        series = meeting_service.get_series(db, "test", series_id)
        earlier = meeting_service.add_meeting(db, "test", series_id, HELD_ON - timedelta(days=21))
        meeting_id = meeting_service.add_meeting(db, "test", series_id, HELD_ON)
        meeting_service.set_meeting_status(db, "test", meeting_id, mt.HELD)
        kari, siv = (m.id for m in series.members)
        assert kari is not None and siv is not None
        meeting_service.save_attendance(
            db, "test", meeting_id, [mt.Attendance(kari, mt.PRESENT), mt.Attendance(siv, mt.ABSENT)]
        )
        meeting_service.save_agenda(
            db,
            "test",
            meeting_id,
            [mt.AgendaItem(None, "Gjennomgang av forløp", "Tre forløp sett på.", "Følges opp.")],
        )
        meeting_service.save_action(
            db,
            "test",
            earlier,
            mt.ActionItem(
                None,
                series_id,
                "Bestille smertepumpe til Hjemmetjenesten Sør",
                owner="Siv Ødegård",
                due_on=HELD_ON - timedelta(days=7),
            ),
        )
        patients = []
        for name in PATIENTS:
            pid = patient_service.create_patient(
                db,
                "test",
                core.Patient(id=None, name=name, identity_number="", birth_date=date(1940, 5, 1)),
                level=2,
                start_date=HELD_ON - timedelta(days=30),
            )
            pathway_id = pathway_service.load_plan(db, "test", pid).pathway.id
            assert pathway_id is not None
            review_service.save_review(
                db,
                "test",
                meeting_id,
                mt.PathwayReview(
                    None, pathway_id, level=2, assessment="Stabil.", follow_up="Ny vurdering."
                ),
            )
            patients.append(pid)
        return meeting_id, patients
    finally:
        db.close()


def access(db: Path, action: str) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT patient_id FROM access_log WHERE action = ? AND actor != 'test'", (action,)
        ).fetchall()
        return sorted(pid for (pid,) in rows)
    finally:
        conn.close()


def text_of(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)


@pytest.fixture
def meeting(env, tmp_path):  # noqa: F811 - the fixture imported above
    db = tmp_path / "kommune.sqlite"
    assert run(env, "--db", str(db), "sample", "load").returncode == 0
    meeting_id, patients = make_meeting(db)
    return db, meeting_id, patients


def test_minutes_by_initials_then_with_names(env, meeting, tmp_path):  # noqa: F811
    db, meeting_id, patients = meeting
    out = tmp_path / "referat æøå.pdf"
    loaded = access(db, "read")  # loading the sample read some patients too
    result = run(env, "--db", str(db), "export", "minutes", str(meeting_id), str(out))
    assert result.returncode == 0, result.stderr
    assert "Referatet fra «Kjernegruppe palliasjon – test»" in result.stdout
    assert "med initialer for pasientene" in result.stdout
    text = text_of(out)
    for sample in (
        "Referat – Kjernegruppe palliasjon – test",
        f"{HELD_ON.strftime('%d.%m.%Y')}",
        "kl. 14:00",
        "Møterom Ørnen",
        "Avholdt",
        "Kari Øvergård",
        "Advarsel: Ingen til stede fra denne enheten, som skal være representert: "
        "Hjemmetjenesten Sør.",
        "Sak 1: Gjennomgang av forløp",
        "Tre forløp sett på.",
        "T.Å.M.Ø.",
        "T.Ø.Å.",
        "Bestille smertepumpe til Hjemmetjenesten Sør",
        "Åpen – forfalt",
        "Side 1 av",
    ):
        assert sample in text, sample
    assert "Øvrebø" not in text
    # load_meeting logs the reviewed patients
    assert access(db, "read") == sorted([*loaded, *patients])

    named = tmp_path / "referat-navn.pdf"
    result = run(env, "--db", str(db), "export", "minutes", str(meeting_id), str(named), "--names")
    assert result.returncode == 0, result.stderr
    text = text_of(named)
    assert all(name in text for name in PATIENTS)


def test_agenda(env, meeting, tmp_path):  # noqa: F811
    db, meeting_id, _patients = meeting
    out = tmp_path / "innkalling.pdf"
    result = run(env, "--db", str(db), "export", "agenda", str(meeting_id), str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Innkallingen fra «Kjernegruppe palliasjon – test»")
    text = text_of(out)
    assert "Innkalling – Kjernegruppe palliasjon – test" in text
    assert "Gjennomgang av forløp" in text and "Tre forløp sett på." not in text
    assert "Bestille smertepumpe" in text and "T.Ø.Å." in text


def test_printing_is_in_the_access_log(env, meeting, tmp_path):  # noqa: F811
    db, meeting_id, patients = meeting
    out = tmp_path / "referat.pdf"
    assert run(env, "--db", str(db), "export", "minutes", str(meeting_id), str(out)).returncode == 0
    assert access(db, "print") == sorted(patients)


def test_unknown_meeting_and_wrong_file_name_are_refused_in_norwegian(env, meeting, tmp_path):  # noqa: F811
    db, meeting_id, _patients = meeting
    out = tmp_path / "referat.pdf"
    refused = run(env, "--db", str(db), "export", "minutes", "999999", str(out))
    assert refused.returncode == 2
    assert "Fant ikke noe møte med nummer 999999." in refused.stderr
    assert f"{meeting_id:>6}  {HELD_ON.strftime('%d.%m.%Y')}  Kjernegruppe palliasjon – test" in (
        refused.stderr
    )
    assert "Traceback" not in refused.stderr and not out.exists()

    refused = run(env, "--db", str(db), "export", "minutes", str(meeting_id), str(tmp_path / "r"))
    assert refused.returncode == 2 and "Filnavnet må slutte på .pdf." in refused.stderr

    refused = run(env, "--db", str(db), "export", "agenda", "nummer-tre", str(out))
    assert refused.returncode == 2 and "er ikke et positivt heltall" in refused.stderr
