"""Sample data: the Levanger organisation from the seed documents, kept as a data file."""

from __future__ import annotations

from helsehus_desktop.core.orgchart_json import parse_orgchart
from helsehus_desktop.paths import resource_path
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.orgchart_service import ImportSummary, import_orgchart

SAMPLE_ORGCHART = resource_path("sample", "orgchart.json")


def load_sample(db: Database, actor: str) -> ImportSummary:
    """Load (or reload) the sample organisation; units are matched by key, so never doubled."""
    return import_orgchart(db, actor, parse_orgchart(SAMPLE_ORGCHART.read_bytes()))
