"""The forms of an English verb or noun from its lemma, for trigger patterns written by lemma."""

VOWELS = "aeiou"
SIBILANT_ENDS = ("s", "sh", "ch", "x", "z")


def _doubled(lemma: str) -> str | None:
    """ "target" -> "targett" is harmless; "stab" -> "stabb" is needed (CVC endings)."""
    if (
        len(lemma) >= 3
        and lemma[-1] not in VOWELS + "wxy"
        and lemma[-2] in VOWELS
        and lemma[-3] not in VOWELS
    ):
        return lemma + lemma[-1]
    return None


def word_forms(lemma: str, irregular: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every form of a one-word lemma: plural or 3rd person, past, participles, irregulars."""
    forms = {lemma}
    if lemma.endswith(SIBILANT_ENDS) or lemma.endswith("o"):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        stem = lemma if lemma.endswith("ee") else lemma[:-1]  # "fleeing", "burning"
        forms.update({lemma + "d", stem + "ing"})
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
        double = _doubled(lemma)
        if double:
            forms.update({double + "ed", double + "ing"})
    forms.update(irregular.get(lemma, ()))
    return tuple(sorted(forms))
