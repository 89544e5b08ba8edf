"""Which GeoNames names may stand for a place in prose, and the short name of a district."""

import re
from functools import cache

from pipeline.textnorm import fold

TOKEN = re.compile(r"[a-z0-9]+")  # a word of a folded name, as the scanner reads sentences
_LATIN_NAME = re.compile(r"^[a-z][a-z0-9 '\-.]*$")
# Words that GeoNames puts around a district's own name ("Province du Soum", "Cercle de Gao",
# "Arbinda Department"): the district is called by what is left.
_UNIT_AFFIXES = re.compile(
    r"^(?:province|cercle|departement|department|commune|region|prefecture)"
    r"(?:\s+(?:du|de\s+la|de\s+l'|des|de|d'))?\s+"
    r"|\s+(?:province|cercle|department|departement|region|commune|prefecture)$",
    re.IGNORECASE,
)


@cache
def stop_words() -> frozenset[str]:
    """English and French everyday words, which no place name may be alone."""
    # Imported here only: spaCy is heavy and only importing dumps needs its word lists.
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(w.lower() for w in EN | FR)


def usable_name(name: str) -> bool:
    """Latin-script names only; no IATA-like codes nor everyday words that would match prose."""
    name = name.strip()
    # Lower-case alternates in GeoNames are transliterations from other scripts ("jaw" for Gao).
    if len(name) < 3 or not name[0].isupper() or (name.isupper() and len(name) <= 4):
        return False
    key = " ".join(fold(name).split())
    return bool(_LATIN_NAME.match(key)) and key not in stop_words()


def name_key(name: str) -> str:
    """The folded words of a name, space-separated: how the gazetteer matches it."""
    return " ".join(TOKEN.findall(fold(name)))


def district_name(name: str) -> str:
    """A district's own name without the unit words: "Province du Soum" -> "Soum"."""
    name = name.strip()
    # Matched on the folded name (same length) so that "Département" counts, cut in the original.
    folded = fold(name)
    start, end = 0, len(name)
    for m in _UNIT_AFFIXES.finditer(folded):
        if m.start() == 0:
            start = m.end()
        else:
            end = m.start()
    short = name[start:end].strip()
    return short or name
