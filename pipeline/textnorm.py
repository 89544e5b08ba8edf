"""Text at the edge: cleaning untrusted text once, and length-preserving folding for matching."""

import re
import unicodedata
from functools import lru_cache

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
    if text.isascii():  # the table maps no ASCII character but A-Z, as lower() does: faster
        return text.lower()
    return _translate(text) if len(text) > LONG else _fold_runs(text)


LONG = 1000  # characters: a whole article, which several stages fold
_NOT_ASCII = re.compile(r"([^\x00-\x7f]+)")


@lru_cache(maxsize=4)
def _translate(text: str) -> str:
    return _fold_runs(text)


def _fold_runs(text: str) -> str:
    # a table lookup for every character is slow, and most text is ASCII, which lower() folds
    # as the table does: only the runs of other characters go through the table
    runs = _NOT_ASCII.split(text)
    runs[::2] = [run.lower() for run in runs[::2]]
    runs[1::2] = [run.translate(_TABLE) for run in runs[1::2]]
    return "".join(runs)


def fold_key(text: str) -> str:
    """A lookup key: folded, with runs of whitespace collapsed and outer punctuation stripped."""
    return " ".join(fold(text).split()).strip(" .,;:'\"")


# Never text in an article: C0 and C1 controls (tab, newline and NEL kept) and DEL become a
# space; lone surrogates (only a YAML escape such as "\ud800" makes one) become U+FFFD; bidi
# controls (RLO and friends make "cod.exe" show as "exe.doc") are removed for display and export.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
BIDI_CONTROLS = re.compile(f"[{_BIDI}]")
_NOT_TEXT = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff{_BIDI}]")


def _replacement(match: re.Match) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return "" if BIDI_CONTROLS.match(char) else " "


def clean_text(text: str) -> tuple[str, int]:
    """Text safe to process, show and export, and how many characters were replaced or removed."""
    if text.isascii() and text.isprintable():
        return text, 0  # nothing to replace (every cell of a table is asked): told without a scan
    return _NOT_TEXT.subn(_replacement, text)
