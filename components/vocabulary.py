"""Every name a user may type for an actor or a place, mapped to the names the table uses.

Built from the actor registry (`data/knowledge/actors.csv`: aliases, ACLED actor type) and the
gazetteer (GeoNames alternate names, English and French), restricted to the actors and places
that occur in the table, so "CMA", "GSIM" or "Tombouctou" find their events.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from components.schema import split_list
from pipeline.actors import without_country
from pipeline.knowledge import COUNTRY_PLACEHOLDER, Actor
from pipeline.places.gazetteer import Gazetteer
from pipeline.textnorm import fold, fold_key

SHORT_FORM = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,7}$")  # CMA, JNIM, FAMa, MINUSMA
PLACE_COLUMNS = ("location", "admin1", "admin2", "country")
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actors")


@dataclass(frozen=True)
class ActorInfo:
    """What the registry says about one canonical actor name of the table."""

    name: str
    short: str = ""
    aliases: tuple[str, ...] = ()
    acled_type: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """Actors of the table with their registry entry; every alias -> the table's names."""

    actors: Mapping[str, ActorInfo] = field(default_factory=dict)
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # folded -> folded

    def alternatives(self, text: str) -> tuple[str, ...]:
        """Folded strings any of which stands for `text`: itself and what it is an alias of."""
        key = fold_key(text)
        return tuple(dict.fromkeys((key, *self.names.get(key, ()))))

    def search_terms(self, query: str) -> tuple[tuple[str, ...], ...]:
        """Groups of alternatives that must all match: the whole query when it is a known
        name ("Forces armées maliennes"), else each word with what it is an alias of."""
        key = fold_key(query)
        if not key:
            return ()
        if key in self.names:
            return (self.alternatives(key),)
        return tuple(self.alternatives(word) for word in key.split())

    def actor_type(self, name: str) -> str:
        """ACLED actor type of a canonical actor name ('' when the registry lacks it)."""
        info = self.actors.get(name)
        return info.acled_type if info else ""


def _short_form(actor: Actor) -> str:
    """The acronym people use (CMA, JNIM, FAMa): the registry's first alias when it is one."""
    first = actor.aliases[0] if actor.aliases else ""
    if SHORT_FORM.match(first) and sum(ch.isupper() for ch in first) >= 2:
        return first
    return ""


def _registry_entry(name: str, registry: Iterable[Actor]) -> Actor | None:
    """The registry row of a canonical name; `{country}` rows match any country."""
    generic = None
    for actor in registry:
        if actor.name == name:
            return actor
        if COUNTRY_PLACEHOLDER in actor.name and generic is None:
            head, _, tail = actor.name.partition(COUNTRY_PLACEHOLDER)
            named = name.startswith(head) and name.endswith(tail) and len(name) > len(head + tail)
            # with no country known, the name has none ("Government")
            if named or name == without_country(actor.name):
                generic = actor
    return generic


def table_actors(events: pd.DataFrame) -> list[str]:
    """Distinct actor names of the table, in first-seen order."""
    names: dict[str, None] = {}
    for column in ACTOR_COLUMNS:
        for cell in events[column].unique():
            for name in split_list(cell):
                names.setdefault(name, None)
    return list(names)


def place_synonyms(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Folded place name -> every other name of the same places (Tombouctou <-> Timbuktu)."""
    per_entry: dict[int, set[str]] = {}
    for aliases in gazetteer.by_first.values():
        for alias in aliases:
            for index, _ in alias.entries:
                per_entry.setdefault(index, set()).add(" ".join(alias.tokens))
    synonyms: dict[str, set[str]] = {}
    for index, forms in per_entry.items():
        forms.add(fold_key(gazetteer.entries[index].place.name))
        for form in forms:
            synonyms.setdefault(form, set()).update(forms)
    return synonyms


def build_vocabulary(
    events: pd.DataFrame, registry: Iterable[Actor], gazetteer: Gazetteer | None
) -> Vocabulary:
    """The vocabulary of one table: its actors' registry rows and the aliases of its places."""
    registry = tuple(registry)
    actors: dict[str, ActorInfo] = {}
    names: dict[str, set[str]] = {}
    for name in table_actors(events):
        entry = _registry_entry(name, registry)
        if entry is None:
            actors[name] = ActorInfo(name)
            continue
        generic = COUNTRY_PLACEHOLDER in entry.name
        actors[name] = ActorInfo(
            name=name,
            short="" if generic else _short_form(entry),
            aliases=entry.aliases,
            acled_type=entry.acled_type,
        )
        for alias in entry.aliases:
            names.setdefault(fold_key(alias), set()).add(fold_key(name))
    if gazetteer is not None:
        for key, synonyms in place_synonyms(gazetteer).items():
            names.setdefault(key, set()).update(synonyms)
    clean = {k: tuple(sorted(v - {k})) for k, v in names.items() if v - {k}}
    return Vocabulary(actors=actors, names=clean)


def prepare_events(events: pd.DataFrame, vocabulary: Vocabulary) -> pd.DataFrame:
    """The table with the helper columns filters and charts use, computed once per table.

    `_fatalities` (number, NaN when the text gives none), `_find` (folded title, evidence,
    places and actors, for Search) and `_actor_types` (`;`-joined ACLED types of its actors).
    """
    frame = events.copy()
    raw = frame["fatalities"] if "fatalities" in frame.columns else pd.Series("", index=frame.index)
    frame["_fatalities"] = pd.to_numeric(raw.astype(str).str.strip(), errors="coerce")
    if "admin2" not in frame.columns:
        frame["admin2"] = ""
    parts = ["title", "evidence", *PLACE_COLUMNS, *ACTOR_COLUMNS]
    text = frame[parts[0]].astype(str)
    for column in parts[1:]:
        text = text + " \n " + frame[column].fillna("").astype(str)
    frame["_find"] = text.map(fold)
    cells = frame["actor1"] + ";" + frame["actor2"] + ";" + frame["assoc_actors"]
    types = {
        cell: ";".join(sorted({vocabulary.actor_type(n) for n in split_list(cell)} - {""}))
        for cell in cells.unique()
    }
    frame["_actor_types"] = cells.map(types)
    return frame
