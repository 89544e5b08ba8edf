"""Find actors of the registry in text with spaCy's PhraseMatcher (case- and accent-blind)."""

import re

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.knowledge import COUNTRY_PLACEHOLDER, Actor
from pipeline.records import ActorMention
from pipeline.textnorm import fold


class ActorMatcher:
    """Matches every alias of every registry actor; the longest match wins where they overlap."""

    def __init__(self, nlp: Language, actors: tuple[Actor, ...]):
        self._actors = actors
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for index, actor in enumerate(actors):
            names = actor.aliases if actor.generic else (actor.name, *actor.aliases)
            self._matcher.add(str(index), [nlp.make_doc(fold(name)) for name in names])

    def find(self, doc: Doc, text: str) -> list[ActorMention]:
        """Actor mentions in a doc built from `text` folded, in order of appearance; a person
        named in full is found again by the surname alone ("Kaboré declared")."""
        labels = {(start, end): key for key, start, end in self._matcher(doc)}
        spans = filter_spans([doc[start:end] for start, end in labels])
        named = [
            (span, self._actors[int(doc.vocab.strings[labels[(span.start, span.end)]])])
            for span in spans
        ]
        taken = {i for span in spans for i in range(span.start, span.end)}
        named += _by_surname(doc, text, named, taken)
        return [
            ActorMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                name=actor.name,
                acled_type=actor.acled_type,
                iso3=actor.iso3,
                generic=actor.kind == "generic",
            )
            for span, actor in sorted(named, key=lambda found: found[0].start)
        ]


def _after_a_name(doc: Doc, text: str, token) -> bool:
    """Whether a capitalised word, not the sentence's first, stands right before the token."""
    if token.i == 0 or token.is_sent_start:
        return False
    before = doc[token.i - 1]
    return (
        before.is_alpha and text[before.idx : before.idx + 1].isupper() and not before.is_sent_start
    )


SURNAME_LETTERS = 4  # shorter last names ("Ag", "Ba") are too often other words


def _by_surname(doc: Doc, text: str, named: list[tuple[Span, Actor]], taken: set[int]):
    """(span, actor) for each capitalised surname, alone, after its person was named in full;
    a surname two of the article's people share is left alone, and so is one after another
    capitalised word ("Moussa Traoré" after "Ibrahim Traoré": another person, or a title the
    registry's aliases would have matched)."""
    first: dict[str, tuple[int, Actor]] = {}
    shared: set[str] = set()
    for span, actor in named:
        if actor.kind != "person":
            continue
        surname = fold(actor.name.split()[-1]).lower()
        if surname in first and first[surname][1].name != actor.name:
            shared.add(surname)
        first.setdefault(surname, (span.end, actor))
    found = []
    if not first:
        return found  # no person named in full: no surname to look for (spares a pass over the doc)
    # the doc's words read as numbers: a token object only for a surname's
    surnames = {get_string_id(key): key for key in first}
    for i, lowered in enumerate(doc.to_array(LOWER).tolist()):
        key = surnames.get(lowered)
        if key is None or key in shared or i in taken or len(key) < SURNAME_LETTERS:
            continue
        token = doc[i]
        after, actor = first[key]
        capital = text[token.idx : token.idx + 1].isupper()
        if token.i >= after and capital and not _after_a_name(doc, text, token):
            found.append((doc[token.i : token.i + 1], actor))
    return found


# "Government of {country}", "Civilians ({country})": the country's words, for when none is known
_COUNTRY_PART = re.compile(r"\s*(?:of\s+)?\(?" + re.escape(COUNTRY_PLACEHOLDER) + r"\)?")


def without_country(name: str) -> str:
    """A generic actor's name with no country: "Government of {country}" -> "Government"."""
    return _COUNTRY_PART.sub("", name).strip()


def actor_name(mention: ActorMention, country_name: str) -> str:
    """The canonical name, with a context-dependent country filled in for generic actors; with
    no country known, the name without one ("Government", not "Government of ")."""
    if not country_name:
        return without_country(mention.name)
    return mention.name.replace(COUNTRY_PLACEHOLDER, country_name)
