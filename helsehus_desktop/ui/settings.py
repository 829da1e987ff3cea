"""User settings, declared in one typed place and upgraded by version."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1


class _Setting(Generic[T]):
    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key, self.default, self.kind = key, default, kind

    def __get__(self, obj: Settings, _owner: Any = None) -> T:
        return obj.qsettings.value(self.key, self.default, type=self.kind)  # type: ignore[no-any-return]

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


class Settings:
    language = _Setting("ui/language", "nb", str)
    geometry = _Setting("window/geometry", QByteArray(), QByteArray)
    window_state = _Setting("window/state", QByteArray(), QByteArray)
    org_splitter = _Setting("orgchart/splitter", QByteArray(), QByteArray)
    show_cooperations = _Setting("orgchart/show_cooperations", True, bool)
    pdf_page_size = _Setting("orgchart/pdf_page_size", "A4", str)
    last_folder = _Setting("files/last_folder", "", str)
    pathway_splitter = _Setting("pathways/splitter", QByteArray(), QByteArray)
    pathway_patient = _Setting("pathways/patient", 0, int)  # the patient shown last (0: none)
    pathway_page = _Setting("pathways/page", 0, int)
    meetings_splitter = _Setting("meetings/splitter", QByteArray(), QByteArray)
    meetings_series = _Setting("meetings/series", 0, int)  # the series shown last (0: none)
    meetings_meeting = _Setting("meetings/meeting", 0, int)  # the meeting shown last (0: none)
    overview_units = _Setting("overview/units", "", str)  # comma-joined unit ids; "": all

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings()
        self._upgrade()

    def _upgrade(self) -> None:
        version = self.qsettings.value("settings_version", 0, type=int)
        if version < SETTINGS_VERSION:
            # Version 1 is the first; later versions rename or convert keys here.
            self.qsettings.setValue("settings_version", SETTINGS_VERSION)

    def sync(self) -> None:
        self.qsettings.sync()
