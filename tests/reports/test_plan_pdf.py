"""The printed palliative plan, read back from the PDF as a nurse would read it."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from helsehus_desktop.core.assessments import ESAS_ITEMS
from helsehus_desktop.core.holidays_no import holidays_ahead
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.core.pathway import (
    LEVEL_LABELS,
    PLAN_STEPS,
    QUESTION_IMPROVE,
    QUESTION_PREVENT,
    ActivityItem,
    AcuteScenario,
    AdvanceCarePlan,
    ChecklistEntry,
    ContactPlan,
    EsasRegistration,
    LevelChange,
    MedicationLine,
    MobidRegistration,
    MobidScore,
    Pathway,
    Patient,
    PatientPlan,
    PlanChecks,
    PlanStep,
    ReviewEntry,
    StopPoint,
    TeamMember,
)
from helsehus_desktop.core.templates import (
    load_activity_templates,
    load_home_death_checklist,
    load_mobid_form,
)
from helsehus_desktop.reports.plan_pdf import NOT_REQUIRED, SECTIONS, render_plan_pdf

PRINTED = date(2025, 3, 28)
FORM = load_mobid_form()
IDENTITY = with_control_digits("018140123")  # synthetic: month + 80


def make_plan(
    name: str = "Testpasient Åse Øvrebø",
    *,
    identity: str | None = IDENTITY,
    unit: str = "Hjemmetjenesten Nord",
    level: int = 3,
    registrations: int = 8,
    patient_id: int = 1,
) -> PatientPlan:
    """A rich, clearly fictional plan with every section filled in."""
    assert identity is None or len(identity) == 11
    start = PRINTED - timedelta(days=60)
    patient = Patient(
        id=patient_id,
        name=name,
        identity_number=identity or "",
        birth_date=date(1940, 1, 1),
        address="Fjordvegen 12, 7600 Levanger",
        language="Samisk",
        interpreter_needed=True,
        unit_id=5,
        gp_name="Lege Bjørn Ærlig",
        gp_phone="74 00 00 01",
        next_of_kin_name="Datter Kåre Øvrebø",
        next_of_kin_phone="900 00 001",
        contact_nurse="Sykepleier Tove Fjære",
    )
    activities = tuple(
        ActivityItem(
            id=i,
            key=t.key,
            group=t.group,
            title=t.title,
            required=level in t.levels,
            done=i % 2 == 0,
            done_on=start + timedelta(days=i) if i % 2 == 0 else None,
            done_by="Sykepleier Tove Fjære" if i % 2 == 0 else "",
            note="Avtalt med fastlegen på telefon." if i == 2 else "",
        )
        for i, t in enumerate(load_activity_templates())
    )
    home_death = tuple(
        ChecklistEntry(
            key=t.key,
            title=t.title,
            done=i < 4,
            done_on=start + timedelta(days=i) if i < 4 else None,
            done_by="Kari Nordmann" if i < 4 else "",
        )
        for i, t in enumerate(load_home_death_checklist())
    )
    esas = tuple(
        EsasRegistration(
            id=i,
            at=datetime(2025, 2, 1, 9, 30) + timedelta(days=4 * i),
            filled_by="patient_helped",
            scores={
                key: (None if (key == "nausea" and i == 3) else (i + n) % 11)
                for n, (key, *_rest) in enumerate(ESAS_ITEMS)
            },
            others=(("Munntørrhet", 5),) if i == registrations - 1 else (),
        )
        for i in range(registrations)
    )
    mobid = tuple(
        MobidRegistration(
            id=i,
            at=datetime(2025, 2, 2, 8, 0) + timedelta(days=5 * i),
            observer="Hjelpepleier Siv Ødegård",
            items=tuple(
                MobidScore(item.key, sound=n % 2 == 0, face=n % 3 == 0, intensity=(i + n) % 11)
                for n, item in enumerate(FORM.items)
            ),
            overall=(2 * i) % 11,
        )
        for i in range(max(1, registrations // 2))
    )
    steps = tuple(
        PlanStep(
            step=step,
            applies_when=f"Når smerten er over {2 + n * 3} på ESAS-r.",
            measures="Leiring, munnstell og ro rundt pasienten. Pårørende får være til stede.",
            call_whom="Fastlege på dagtid, legevakt 116 117 ellers.",
            medications=(
                MedicationLine("Morfin", "5 mg", "s.c.", "ved behov, inntil hver 4. time", "6"),
                MedicationLine("Midazolam", "2,5 mg", "s.c.", "ved uro", "4"),
            ),
        )
        for n, step in enumerate(PLAN_STEPS)
    )
    return PatientPlan(
        patient=patient,
        unit_name=unit,
        pathway=Pathway(
            id=1,
            patient_id=patient_id,
            level=level,
            start_date=start,
            prevent_escalation="Tidlig kontakt med fastlege; medisiner i hjemmet før helgen.",
            enable_improvement="Stabil smertelindring og trygge pårørende.",
        ),
        level_history=(
            LevelChange(start, None, 2, "Ny pasient i hjemmetjenesten", "Kari Nordmann"),
            LevelChange(start + timedelta(days=20), 2, 3, "Økende smerter og uro", "Per Ås"),
        ),
        stop_points=(
            StopPoint(1, start + timedelta(days=14), start + timedelta(days=15), "Uendret."),
            StopPoint(2, PRINTED - timedelta(days=2)),
            StopPoint(3, PRINTED + timedelta(days=12)),
        ),
        activities=activities,
        advance_care=AdvanceCarePlan(
            held_on=start + timedelta(days=3),
            participants="Pasient, datter, fastlege",
            what_matters="Å være hjemme med katten sin og se ut over fjorden.",
            preferred_place_of_care="Hjemme",
            preferred_place_of_death="Hjemme",
            hospital_admission="no",
            respirator="no",
            cpr_status="no_cpr",
            infection_treatment="Peroral antibiotika ved lungebetennelse, ikke intravenøs.",
            other_limits="Ingen sondeernæring.",
            flagged_in_record=True,
        ),
        plan_steps=steps,
        plan_checks=PlanChecks(
            holidays="Medisiner hentet før påske.",
            staffing="Fagkoordinator følger opp i helgene.",
            acute_changes="Plan C er gjennomgått med nattpatruljen.",
        ),
        holidays=tuple(holidays_ahead(PRINTED)),
        scenarios=(
            AcuteScenario(True, "Lungeødem", "Heve hodeenden, ring lege", "Legevakt"),
            AcuteScenario(True, "Økt uro om natten", "Plan B", "Nattpatruljen"),
            AcuteScenario(False, "Stor blødning", "Mørke håndklær, bli hos pasienten", "113"),
        ),
        contact_plan=ContactPlan(
            evening="Hjemmetjenesten Nord kveld, tlf. 74 00 00 10",
            night="Nattpatruljen, tlf. 74 00 00 11",
            weekend="Fagkoordinator på vakt",
            holiday="Som helg",
            extra_visits="Ekstra tilsyn kl. 22 hver kveld.",
        ),
        team=(
            TeamMember("gp", "Lege Bjørn Ærlig", "74 00 00 01"),
            TeamMember("palliative_team", "PRT Sykehuset Levanger", "74 09 80 00"),
            TeamMember("physio_ergo", "Fysioterapeut Åsmund Berg", "74 00 00 20", unit_id=9),
        ),
        esas=esas,
        mobid=mobid,
        home_death=home_death,
        unit_names={5: "Hjemmetjenesten Nord", 9: "Ergo- og fysioterapitjenesten for voksne"},
        reviews=(
            ReviewEntry(
                7,
                start + timedelta(days=21),
                "Kjernegruppe hjemmetjenesten",
                "Økende smerter; nivå 3 er riktig.",
                "Fastlegen ordinerer plan B før helgen.",
            ),
            ReviewEntry(
                9,
                start + timedelta(days=35),
                "Tverrfaglig samhandlingsmøte",
                "Stabil etter ny plan.",
                "Ny gjennomgang om to uker.",
            ),
        ),
    )


def empty_plan(name: str = "Testpasient Ørjan Ås") -> PatientPlan:
    """A plan just created: only the patient, the level and nothing else recorded."""
    return PatientPlan(
        patient=Patient(id=2, name=name, identity_number="", birth_date=date(1938, 5, 17)),
        unit_name="Staup Helsehus",
        pathway=Pathway(id=2, patient_id=2, level=1, start_date=PRINTED),
        level_history=(),
        stop_points=(),
        activities=(),
        advance_care=AdvanceCarePlan(),
        plan_steps=tuple(PlanStep(step) for step in PLAN_STEPS),
        plan_checks=PlanChecks(),
        holidays=(),
        scenarios=(),
        contact_plan=ContactPlan(),
        team=(),
        esas=(),
        mobid=(),
        home_death=(),
    )


def render(plan: PatientPlan, printed_by: str = "Sykepleier Tove Fjære") -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = render_plan_pdf(
        plan, buffer, printed_on=PRINTED, printed_by=printed_by, mobid_form=FORM
    )
    return buffer.getvalue(), pages


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text with line breaks and repeated spaces folded, so wrapped phrases can be found."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rich() -> tuple[bytes, int, list[str]]:
    data, pages = render(make_plan())
    return data, pages, page_texts(data)


def test_every_section_in_order_with_its_content(rich):
    data, pages, texts = rich
    assert 3 <= pages <= 12
    assert len(texts) == pages
    whole = squash(" ".join(texts))
    positions = [whole.find(f"{n}. {title}") for n, title in enumerate(SECTIONS, 1)]
    assert -1 not in positions, [t for t, p in zip(SECTIONS, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    for sample in (
        "Fjordvegen 12, 7600 Levanger",
        "Samisk – trenger tolk",
        "Lege Bjørn Ærlig, tlf. 74 00 00 01",
        "Datter Kåre Øvrebø, tlf. 900 00 001",
        "Sykepleier Tove Fjære",
        "Forløp 3: Komplisert og kompetansekrevende",
        "Økende smerter og uro",
        QUESTION_PREVENT,
        QUESTION_IMPROVE,
        "medisiner i hjemmet før helgen",
        "Forfalt, ikke evaluert",
        "Å være hjemme med katten sin",
        "HLR minus",
        "Plan A – Den vanlige planen",
        "Plan C – Akutt eller uforutsett endring",
        "Midazolam",
        "ved behov, inntil hver 4. time",
        "Medisiner hentet før påske.",
        "Lungeødem",
        "Mørke håndklær",
        "Nattpatruljen, tlf. 74 00 00 11",
        "Ekstra tilsyn kl. 22 hver kveld.",
        "Ergo- og fysioterapitjenesten for voksne",
        "Palliativt team",
        "Palliative medisiner tilgjengelig",
        "De fire medikamentene for livets sluttfase",
        "fylt ut av: Pasient med hjelp",
        "Annet problem: Munntørrhet",
        "Hjelpepleier Siv Ødegård",
        "Åpne begge hendene",
        "Samlet smerteintensitet",
        "1–3 lett",
    ):
        assert sample in whole, sample
    assert "☑" in whole and "☐" in whole
    assert NOT_REQUIRED in whole  # level 3 no longer asks for "palliative medicines available"


def test_meeting_reviews_in_the_pathway_history(rich):
    _data, _pages, texts = rich
    whole = squash(" ".join(texts))
    section = whole[whole.find("2. Forløpsnivå og status") : whole.find("3. To spørsmål")]
    assert "Gjennomgått i møter" in section
    start = PRINTED - timedelta(days=60)
    first = f"{(start + timedelta(days=21)).strftime('%d.%m.%Y')} Kjernegruppe hjemmetjenesten"
    second = f"{(start + timedelta(days=35)).strftime('%d.%m.%Y')} Tverrfaglig samhandlingsmøte"
    assert -1 < section.find(first) < section.find(second)  # oldest first
    for sample in (
        "Økende smerter; nivå 3 er riktig.",
        "Fastlegen ordinerer plan B før helgen.",
        "Ny gjennomgang om to uker.",
    ):
        assert sample in section, sample


def test_public_holidays_ahead_are_listed(rich):
    _data, _pages, texts = rich
    whole = squash(" ".join(texts))
    for day, name in holidays_ahead(PRINTED):
        assert name in whole
        assert day.strftime("%d.%m.%Y") in whole
    assert holidays_ahead(PRINTED), "the fixture date must have holidays ahead (Easter 2025)"


def test_header_and_footer_on_every_page(rich):
    _data, pages, texts = rich
    assert IDENTITY is not None
    for number, text in enumerate(texts, 1):
        flat = squash(text)
        assert "Testpasient Åse Øvrebø" in flat
        assert f"{IDENTITY[:6]} {IDENTITY[6:]}" in flat
        assert "Ansvarlig enhet: Hjemmetjenesten Nord" in flat
        assert "Skrevet ut 28.03.2025" in flat
        assert "Utskrevet av Sykepleier Tove Fjære" in flat
        assert f"Side {number} av {pages}" in flat


def test_metadata_and_deterministic(rich):
    data, _pages, _texts = rich
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == "Palliativ plan – Testpasient Åse Øvrebø"
    assert render(make_plan())[0] == data


def test_birth_date_stands_in_when_no_identity_number():
    data, pages = render(make_plan(identity=None))
    texts = page_texts(data)
    assert all("Født 01.01.1940" in squash(t) for t in texts)
    assert pages == len(texts)


def test_empty_sections_say_so_rather_than_disappear():
    data, pages = render(empty_plan())
    whole = squash(" ".join(page_texts(data)))
    assert pages <= 3
    for n, title in enumerate(SECTIONS, 1):
        assert f"{n}. {title}" in whole
    assert whole.count("Ikke registrert") >= 8
    assert "Ingen stopp-punkter registrert" in whole
    assert "Ikke gjennomgått i noe møte." in whole
    assert "Ingen legemidler registrert" in whole
    assert "Ingen helligdager de neste 30 dagene" in whole
    assert "Ikke besvart" in whole
    assert "Født 17.05.1938" in whole


def test_long_texts_wrap_and_paginate():
    long_text = ("Lang beskrivelse av ønsker og bekymringer, æøå ÆØÅ. " * 60)[:3000]
    base = make_plan()
    many = tuple(
        MedicationLine(f"Legemiddel {n} æøå", f"{n} mg", "s.c.", "hver 4. time", f"{n}")
        for n in range(40)
    )
    steps = (dataclasses.replace(base.plan_steps[0], medications=many, measures=long_text),)
    plan = dataclasses.replace(
        base,
        pathway=dataclasses.replace(base.pathway, prevent_escalation=long_text),
        advance_care=dataclasses.replace(base.advance_care, what_matters=long_text * 3),
        plan_steps=steps + base.plan_steps[1:],
        contact_plan=dataclasses.replace(base.contact_plan, night="x" * 400),
    )
    data, pages = render(plan, printed_by="Sykepleier " + "Ø" * 150)
    _short, short_pages = render(base)
    texts = page_texts(data)
    assert pages > short_pages
    whole = squash(" ".join(texts))
    assert "Legemiddel 0 æøå" in whole and "Legemiddel 39 æøå" in whole
    assert "Plan A – Den vanlige planen" in whole
    continued = next(squash(t) for t in texts if "Legemiddel 39 æøå" in t)
    assert "Legemiddel 0 æøå" not in continued  # the list ran over a page break ...
    assert "Legemidler i plan A" in continued and "Maks per døgn" in continued  # ... headed
    assert "Utskrevet av Sykepleier ØØØ" in whole  # a long name is cut, not run over the footer
    for number, text in enumerate(texts, 1):
        assert f"Side {number} av {pages}" in squash(text)


@pytest.mark.parametrize("level", [1, 2])
def test_level_label_follows_the_plan(level):
    data, _pages = render(make_plan(level=level, registrations=1))
    whole = squash(" ".join(page_texts(data)))
    assert LEVEL_LABELS[level] in whole
    assert "(1 registrering)" in whole


def test_writes_to_a_path(tmp_path):
    target = tmp_path / "plan æøå.pdf"
    pages = render_plan_pdf(
        make_plan(), target, printed_on=PRINTED, printed_by="Kari", mobid_form=FORM
    )
    assert len(PdfReader(target).pages) == pages
