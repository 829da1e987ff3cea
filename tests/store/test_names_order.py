from datetime import date

from helsehus_desktop.core.names import slug, sort_key


def test_norwegian_letters_sort_after_z_in_their_own_order():
    names = ["Åse", "Øyvind", "Ærlig", "Zakarias", "anne", "Bjørn"]
    assert sorted(names, key=sort_key) == ["anne", "Bjørn", "Zakarias", "Ærlig", "Øyvind", "Åse"]


def test_slug_falls_back_when_nothing_is_left():
    assert slug("Åse Øvrebø") == "ase-ovrebo"
    assert slug("!!!", "blankt") == "blankt"


def test_the_patient_list_is_in_norwegian_order(db):
    from helsehus_desktop.core.pathway import Patient
    from helsehus_desktop.store import patient_service

    for name in ("Testpasient Åse", "Testpasient Øyvind", "Testpasient Bjørn"):
        patient_service.create_patient(
            db,
            "test",
            Patient(id=None, name=name, identity_number="", birth_date=date(1940, 1, 1)),
            level=1,
            start_date=date(2026, 1, 5),
        )
    ids = patient_service.search_patient_ids(db, patient_service.PatientFilter())
    rows = patient_service.patient_rows(db, ids)
    assert [rows[i].name for i in ids] == [
        "Testpasient Bjørn",
        "Testpasient Øyvind",
        "Testpasient Åse",
    ]
