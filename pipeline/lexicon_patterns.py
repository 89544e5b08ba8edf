"""The trigger lexicon's pattern language compiled to regular expressions: alternatives,
inflections, gaps between words and context that must follow (see `compile_pattern`)."""

import re
from typing import NamedTuple

from pipeline.inflect import word_forms
from pipeline.textnorm import fold_key

LEMMA_MARK = "@"


Irregular = dict[str, tuple[str, ...]]


def _slot_regex(slot: str, irregular: Irregular) -> str:
    options = []
    for word in slot.split("/"):
        if word.startswith(LEMMA_MARK):
            forms = word_forms(word[1:], irregular)
            options.append("(?:" + "|".join(map(re.escape, sorted(forms, key=len)[::-1])) + ")")
        elif word.endswith("*"):
            options.append(re.escape(word[:-1]) + r"[\w'-]*")
        else:
            options.append(re.escape(word))
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


# up to three words, a quoted phrase counting as one ('suspended "until further notice" the')
# and a quoted aside set off by commas counting as none ('the postponement, "for technical
# reasons", of the election')
_GAP = (
    r"(?:,\s*[\"“][^\"“”.;:!?]{1,40}[\"”],)?"
    r"(?:\s+(?:[\"“][^\"“”.;:!?]{1,40}[\"”]|[^\s.;:!?]+)){0,3}?\s+"
)


# "~~": up to a dozen words of one clause, no comma (but in a figure: "600 of the 1,200") and no
# second verb after "and" ("gathered on Friday at the square in X to demand", "pull its force and
# its partners out of"); a short aside in brackets counts as a word ("in Ouallam (south-west) to
# demand"), and so does a name set off by commas ("in Niger's capital, Niamey, to march"),
# and the last word may open a quote ('summoned the ambassador to "protest against')
_CLAUSE_GAP = (
    r"(?:\s+(?!(?:and|but|then|or)\s+(?:\w+ed|began|went|took|left|came|fled|ran|made|got)\b)"
    r"(?:\d{1,3}(?:,\d{3})+|\([^().;:!?]{1,30}\)|[^\s.;:!?,()]+)"
    r"|,\s*[^\s.;:!?,()]+(?:\s+[^\s.;:!?,()]+)?,){0,12}?\s+[\"“]?"
)
# "~,": a name and an aside about it set off by commas, as news writes appointments and
# expulsions ("named Lassina Zerbo, a former head of the test ban treaty body, as prime minister",
# "the French ambassador, Sylvain Itte, had 48 hours to leave": the name may be the aside)
_NAMED_GAP = r"(?:\s+[^\s.;:!?,()]+){0,5}(?:\s*,[^,;:!?]{1,150},)?(?:\s+[^\s.;:!?,()]+){0,2}?\s+"
GAPS = {"~": _GAP, "~~": _CLAUSE_GAP, "~,": _NAMED_GAP}


CONTEXT = ">"  # "gather* > ~ to demand": what follows must be there, but is not the trigger


def _phrase_regex(phrase: str, irregular: Irregular) -> str:
    words, _, context = phrase.partition(f" {CONTEXT} ")
    regex = _words_regex(words.split(), irregular)
    if context:
        pieces = context.split()
        lead = "" if pieces[0] in GAPS else r"\s+"
        regex += f"(?={lead}{_words_regex(pieces, irregular)}(?![\\w]))"
    return regex


def _words_regex(pieces: list[str], irregular: Irregular) -> str:
    parts = [GAPS.get(piece) or _slot_regex(piece, irregular) for piece in pieces]
    regex = ""
    gaps = GAPS.values()
    for i, part in enumerate(parts):
        if i and part not in gaps and parts[i - 1] not in gaps:
            regex += r"\s+"
        regex += part
    return regex


def pattern_stems(pattern: str, irregular: Irregular | None = None) -> tuple[str, ...]:
    """The fixed beginnings of the first word of each phrase ("captur*" gives "captur")."""
    stems = set()
    for phrase in pattern.split("|"):
        first = fold_key(phrase).split()[0]
        for word in first.split("/"):
            if word.startswith(LEMMA_MARK):
                stems.update(word_forms(word[1:], irregular or {}))
            else:
                stems.add(word.rstrip("*"))
    return tuple(sorted(stems))


FILLERS = frozenset({"the", "a", "an", "its", "their"})  # words a pair's two words may enclose


class WordTest(NamedTuple):
    """One word of an "act ~ object" pair, as a whole-word test."""

    regex: re.Pattern  # one word as a whole, alone or as a line of a text of one word per line
    needs: tuple[str, ...]  # the word is one of these or begins with one: a text holding none
    # of them holds no such word, which a substring search tells much faster than the regex


def _slot_words(slot: str, irregular: Irregular) -> tuple[str, ...]:
    """The words a slot stands for, or their beginnings (`word*`)."""
    words: list[str] = []
    for word in slot.split("/"):
        if word.startswith(LEMMA_MARK):
            words += word_forms(word[1:], irregular)
        else:
            words.append(word.removesuffix("*"))
    return tuple(words)


def pattern_pairs(
    pattern: str, irregular: Irregular | None = None
) -> tuple[tuple[WordTest, WordTest], ...]:
    """The word pairs of a pattern's "act ~ object" phrases ("sign* ~ charter/pact"): each word
    as a whole-word test, for the parse to link them (phrases with more words are left out)."""
    pairs = []
    for phrase in pattern.split("|"):
        pieces = [p for p in fold_key(phrase).split() if p not in FILLERS]
        if len(pieces) == 3 and pieces[1] == "~" and CONTEXT not in pieces:
            first, _, second = pieces
            pairs.append(
                tuple(
                    WordTest(
                        re.compile("(?m)^(?:" + _slot_regex(slot, irregular or {}) + ")$"),
                        _slot_words(slot, irregular or {}),
                    )
                    for slot in (first, second)
                )
            )
    return tuple(pairs)


def compile_pattern(pattern: str, irregular: Irregular | None = None) -> re.Pattern:
    """Compile a lexicon pattern.

    `a|b` are alternative phrases; in a phrase, `x/y` are alternative words for one slot,
    `word*` takes any ending, `@lemma` every form of the lemma ("@flee": flee, flees, fled,
    fleeing), `~` stands for up to three other words, `~~` for up to twelve of one clause, `~,`
    for a name of up to five words with an aside about it between commas, and the words after
    ` > ` must follow without being part of the match ("gather* > ~ to demand" matches
    "gathered").
    """
    phrases = [fold_key(p) for p in pattern.split("|") if p.strip()]
    body = "|".join(_phrase_regex(p, irregular or {}) for p in phrases)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])")
