"""Sample data: the Levanger organisation from the seed documents, kept as a data file, the
dozen fictional patients of `sample_patients` placed in its units, and the meeting series of
`sample_meetings` with a year of fictional meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from helsehus_desktop.core.orgchart_json import parse_orgchart
from helsehus_desktop.paths import resource_path
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.orgchart_service import import_orgchart
from helsehus_desktop.store.sample_meetings import load_sample_meetings
from helsehus_desktop.store.sample_patients import load_sample_patients

SAMPLE_ORGCHART = resource_path("sample", "orgchart.json")


@dataclass(frozen=True)
class SampleSummary:
    created: int  # units new to the database
    updated: int  # units already there, set back to the sample's version
    patients: int  # sample patients added (those already registered are left alone)
    meetings: int = 0  # sample meetings added (a series already there is left alone)


def load_sample(db: Database, actor: str, today: date | None = None) -> SampleSummary:
    """Load (or reload) the sample organisation, then the sample patients, then the sample
    meetings (which review some of the patients' pathways); units are matched by key, patients
    by number and meeting series by name, so nothing is ever doubled."""
    units = import_orgchart(db, actor, parse_orgchart(SAMPLE_ORGCHART.read_bytes()))
    patients = load_sample_patients(db, actor, today=today)
    meetings = load_sample_meetings(db, actor, today=today)
    return SampleSummary(
        created=units.created, updated=units.updated, patients=patients, meetings=meetings
    )
