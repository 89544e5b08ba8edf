"""Does a text concern the central Sahel? A country, place or actor the knowledge files know."""

from dataclasses import dataclass

from pipeline.knowledge import Actor, Knowledge
from pipeline.places import Gazetteer
from pipeline.places.gazetteer import COMMON_WORDS, tokenize

SAHEL_ISO3 = frozenset({"MLI", "BFA", "NER"})


def of_the_sahel(actor: Actor) -> bool:
    """True for an actor of Mali, Burkina Faso or Niger, or one of no country or another that
    acts mostly there (JNIM, MINUSMA); not one for which they are a front among many."""
    if actor.iso3 in SAHEL_ISO3:
        return True
    fields = set(actor.operates_in)
    return 2 * len(fields & SAHEL_ISO3) > len(fields)


@dataclass(frozen=True)
class SahelTerms:
    """Names of the three countries' places and actors, as folded token sequences."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge, gazetteer: Gazetteer) -> "SahelTerms":
        """Places of Mali, Burkina Faso and Niger in the gazetteer; actors of them or acting
        mostly in them."""
        names = [e.place.name for e in gazetteer.entries if e.place.iso3 in SAHEL_ISO3]
        for actor in knowledge.actors:
            if of_the_sahel(actor):
                names += [actor.name, *actor.aliases]
        by_first: dict[str, set[tuple[str, ...]]] = {}
        for name in names:
            # Only names written with a capital: "the army" or "junta" say nothing of where.
            if not name[:1].isupper():
                continue
            tokens = tuple(t for t, _, _ in tokenize(name))
            # "Centre", "Est", "Plateau": region names that are also everyday words
            if tokens and not (len(tokens) == 1 and tokens[0] in COMMON_WORDS):
                by_first.setdefault(tokens[0], set()).add(tokens)
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()})

    def first_match(self, text: str) -> str | None:
        """The first Sahel name written (capitalised) in the text, or None."""
        tokens = tokenize(text)
        words = [t for t, _, _ in tokens]
        for i, (token, start, _) in enumerate(tokens):
            if not text[start : start + 1].isupper():
                continue
            for candidate in self.by_first.get(token, ()):
                if tuple(words[i : i + len(candidate)]) == candidate:
                    return text[start : tokens[i + len(candidate) - 1][2]]
        return None
