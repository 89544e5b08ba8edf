"""Find actors of the registry in text with spaCy's PhraseMatcher (case- and accent-blind)."""

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
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

    def find(self, doc: Doc) -> list[ActorMention]:
        """Actor mentions in a doc built from folded text, in order of appearance."""
        labels = {(start, end): key for key, start, end in self._matcher(doc)}
        spans = [doc[start:end] for start, end in labels]
        found = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            actor = self._actors[int(doc.vocab.strings[labels[(span.start, span.end)]])]
            found.append(
                ActorMention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    name=actor.name,
                    acled_type=actor.acled_type,
                    iso3=actor.iso3,
                )
            )
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
