"""File problems in words a coordinator understands, instead of the operating system's English."""

from __future__ import annotations

import errno
from collections.abc import Callable

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP

_MESSAGES = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "filen eller mappen finnes ikke"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "du har ikke tilgang"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "du har ikke tilgang"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "disken er full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "det er en mappe, ikke en fil"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "stedet kan bare leses, ikke skrives til"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "navnet er for langt"),
}


def describe_file_problem(exc: OSError, translate: Callable[[str, str], str] | None = None) -> str:
    """Norwegian (or, with Qt's `translate`, the user's language) for the common cases; the
    system's own text otherwise."""
    text = _MESSAGES.get(exc.errno or 0)
    if text is None:
        return exc.strerror or type(exc).__name__
    return translate("Errors", text) if translate is not None else text
