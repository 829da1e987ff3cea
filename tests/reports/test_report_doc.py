"""Every report is written beside its final name and moved into place only when whole."""

import errno

import pytest
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph

from helsehus_desktop.reports.fonts import ReportDoc, paper_size, text_styles


class FullDisk(Flowable):
    def wrap(self, *_args):
        return (10, 10)

    def draw(self):
        raise OSError(errno.ENOSPC, "No space left on device")


def doc(path):
    report = ReportDoc(path, pagesize=paper_size("A4"), title="Test")
    report.addPageTemplates([PageTemplate("page", [Frame(40, 40, 500, 700)])])
    return report


def test_a_failed_write_keeps_the_previous_copy_and_names_the_file(tmp_path):
    out = tmp_path / "referat.pdf"
    body = text_styles()["body"]
    assert doc(out).build([Paragraph("Første utgave", body)]) == 1
    before = out.read_bytes()

    with pytest.raises(OSError) as failed:
        doc(out).build([Paragraph("Andre utgave", body), FullDisk()])

    assert failed.value.filename == str(out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["referat.pdf"]  # no half file left
