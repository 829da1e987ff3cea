"""Names as Norwegians sort and spell them: alphabetical order with æ, ø, å after z, and an
ASCII form for file names that every system accepts."""

from __future__ import annotations

import re
import unicodedata

SLUG_LENGTH = 60
# Letters NFKD does not take apart, spelled as Norwegians do in ASCII.
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "đ": "d", "ð": "d", "þ": "th"})
# Norwegian alphabetical order: æ, ø, å after z (the three characters that follow "z" in ASCII).
_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def slug(name: str, fallback: str = "pasient") -> str:
    """A file-name-safe ASCII form of `name` (also on Windows): "Åse Øvrebø" -> "ase-ovrebo"."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_ASCII))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode()).strip("-")
    return text[:SLUG_LENGTH].rstrip("-") or fallback


def sort_key(text: str) -> str:
    """Sorts text in Norwegian alphabetical order."""
    return text.casefold().translate(_NORWEGIAN_ORDER)
