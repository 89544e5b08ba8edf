"""Length-preserving text folding so that matches on folded text map back to the original."""

import unicodedata

_PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x0041, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    table.update({ord(k): v for k, v in _PUNCT.items()})
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the string's length or offsets."""
    return text.translate(_TABLE)


def fold_key(text: str) -> str:
    """A lookup key: folded, with runs of whitespace collapsed and outer punctuation stripped."""
    return " ".join(fold(text).split()).strip(" .,;:'\"")
