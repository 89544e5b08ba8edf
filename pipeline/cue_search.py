"""Whether one of a list of cue phrases stands in a window of text as whole words: asked for
again and again by every stage, so each list's search is made once and kept."""

import re
from functools import lru_cache

from pipeline.trigger_index import CANDIDATES_REMEMBERED

WORD = re.compile(r"[\w'-]+")
# "in late May", "12 May", "May 3": the month, which folded text no longer tells from the modal
MONTH_MAY = re.compile(
    r"(?P<before>\b(?:in|early|late|mid|of|since|until|till|by|from|last|next)\s+|\b\d{1,2}\s*"
    r"|\bmid-)may\b|\bmay(?=\s*\d)"
)
WINDOWS_REMEMBERED = 32  # about a sentence's windows asked for cues: most asked again are its


def has_cue(window: str, cues: tuple[str, ...]) -> bool:
    """True when one of the cue phrases stands in the window as whole words (the month of May
    is no modal "may")."""
    if not cues:
        return False
    found = _SEARCHES.get(id(cues)) or _remember_search(cues)
    _, names_may, pattern = found
    if names_may:  # only such lists need the month told apart, on a hot path
        window = MONTH_MAY.sub(_month, window)
    return pattern.search(_padded(window)) is not None


# each list's search by the list's identity, the list kept with it (so no other list takes its
# identity): the lists are the knowledge's, asked for again and again, and hashing a long tuple,
# as a cache keyed by its value does for every call, costs more than the search
_SEARCHES: dict[int, tuple[tuple[str, ...], bool, re.Pattern]] = {}


def _remember_search(cues: tuple[str, ...]) -> tuple[tuple[str, ...], bool, re.Pattern]:
    if len(_SEARCHES) >= CANDIDATES_REMEMBERED:
        _SEARCHES.clear()  # lists some callers make on the fly are not asked for again
    found = _SEARCHES[id(cues)] = (cues, *_cue_search(cues))
    return found


def _cue_search(cues: tuple[str, ...]) -> tuple[bool, re.Pattern]:
    """Whether the cues name the modal "may", and their search."""
    return any("may" in cue.split() for cue in cues), cue_pattern(cues)


@lru_cache(maxsize=WINDOWS_REMEMBERED)
def _padded(window: str) -> str:
    """The window's words, one space apart and one around: a sentence's stages ask for cues in
    the same windows again and again."""
    return f" {' '.join(WORD.findall(window))} "


@lru_cache(maxsize=CANDIDATES_REMEMBERED)
def cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    """The search of a list's cues in padded words (" a b "): one search for a whole list, as
    a loop over the cues, called for every trigger, costs too much."""
    return re.compile(" (?:" + "|".join(map(re.escape, cues)) + ") ")


def _month(found: re.Match) -> str:
    return (found["before"] or "") + "month"
