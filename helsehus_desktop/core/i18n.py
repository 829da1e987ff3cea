"""Translation markers for text defined outside Qt.

`core` may not import Qt, yet its messages and labels must reach Qt's translation files.
`pyside6-lupdate` finds calls named QT_TRANSLATE_NOOP by name, so this stand-in marks a string
for extraction and returns it unchanged; the UI translates it with
`QCoreApplication.translate(context, text)` when it shows it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
