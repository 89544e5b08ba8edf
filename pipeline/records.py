"""Typed records passed between pipeline stages."""

from dataclasses import dataclass
from datetime import date

from pipeline.textnorm import fold


@dataclass(frozen=True)
class Article:
    """One article file, front matter validated, body as published."""

    article_id: str
    title: str
    published: date
    body: str
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_estimated: bool = False
    language: str = "en"
    path: str = ""


@dataclass(frozen=True)
class Rejection:
    """An article that could not be read, and why."""

    article_id: str
    path: str
    reason: str


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved to an inclusive span of days."""

    text: str
    start: int
    end: int
    date_start: date
    date_end: date
    precision: str  # day | week | month | year | range
    # "after Thursday's attack": the span of the day told before the possessive, the noun's own
    # (the span above, after Thursday, is that of the clause the preposition opens)
    possessed: tuple[date, date, str] | None = None
    # "The attack came five days after ...": counted back from publication for want of better,
    # to count again from the day of the event "the attack" refers back to
    recounted: "CountedFrom | None" = None


@dataclass(frozen=True)
class CountedFrom:
    """How a date is counted from an event told before ("came five days after": 5 days back)."""

    n: int | tuple[int, int]  # a number, or the least and most a vague count stands for
    unit: str  # day | week | month ...
    sign: int  # -1 back in time, 1 forward
    latest: bool  # "the latest attack": the last event told, else the article's lead


@dataclass(frozen=True)
class Place:
    """A resolved place: a gazetteer entry or a geocoder answer."""

    name: str
    admin1: str
    country: str
    iso3: str
    latitude: float
    longitude: float
    geo_precision: int  # ACLED: 1 the place itself, 2 near it or part of a region, 3 region/country
    feature: str  # town | admin1 | admin2 | admin3 | region | country | water
    source: str  # where the coordinates come from: geonames, supplement, nominatim, ...
    admin2: str = ""  # the district (cercle, province, department), as GeoNames names it


@dataclass(frozen=True)
class PlaceMention:
    """A toponym found in a sentence, with the place it was resolved to (None: not a place here)."""

    text: str
    start: int
    end: int
    place: Place | None
    rule: str  # why this candidate was chosen


@dataclass(frozen=True)
class ActorMention:
    """An actor alias found in a sentence, mapped to its registry entry."""

    text: str
    start: int
    end: int
    name: str
    acled_type: str
    iso3: str
    generic: bool = False  # a registry name for any such side ("Jihadist groups")


@dataclass(frozen=True)
class Trigger:
    """An event trigger phrase found in a sentence."""

    text: str
    start: int
    end: int
    event_type: str
    sub_event_type: str
    category: str
    priority: int


@dataclass(frozen=True)
class EventMention:
    """One report of an event in one sentence of one article."""

    article_id: str
    published: date
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    trigger: Trigger
    date: DateMention | None
    date_rule: str
    place: Place | None
    place_text: str
    place_rule: str
    actors: tuple[str, ...]
    actor_texts: tuple[str, ...]
    lasting: bool = False  # a state that goes on (a blockade, an insurgency), not a single act
    fatalities: int | None = None  # people reported killed; None when the text says nothing
    fatalities_text: str = ""  # the words the figure was read from, or why it is 0
    # the nth of the acts a lead counts ("in two separate incidents"), 0 for any other mention:
    # two parts of one lead are two events
    part: int = 0
    # where in its sentence the act starts being told apart from the acts told before it
    # (`acts_apart.told_apart_from`): never the event of those; -1 when it is not
    apart_from: int = -1
    # the other words of its act in its sentence, which it stands for ("after armed men attacked
    # Kodyel village" for "A deadly attack ... has left dozens dead"): their frames may say more
    same_act: tuple[Trigger, ...] = ()

    @property
    def act(self) -> tuple[int, int]:
        """Where its act is told: its sentence, and its trigger's place in it."""
        return self.sentence_index, self.trigger.start

    @property
    def status(self) -> str:
        """`scheduled` after the publication date; `ongoing` for a lasting state "since" a date."""
        if self.date and self.date.date_start > self.published:
            return "scheduled"
        if (
            self.lasting
            and self.date
            and self.date.date_end >= self.published
            and fold(self.date.text).startswith("since")
        ):
            return "ongoing"
        return "occurred"


@dataclass(frozen=True)
class Event:
    """One real-world event and every mention that reports it."""

    event_id: str
    date_start: date
    date_end: date
    date_precision: str
    date_text: str
    status: str
    event_type: str
    sub_event_type: str
    category: str
    place: Place
    actors: tuple[str, ...]
    mentions: tuple[EventMention, ...]
    fatalities: int | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """Article ids in order of first mention."""
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))


@dataclass(frozen=True)
class ArticleExtraction:
    """What one article yields: dated mentions, undated ones, and its sentence count."""

    article: Article
    mentions: tuple[EventMention, ...]
    undated: tuple[EventMention, ...]
    sentences: int
    unresolved_places: tuple[str, ...] = ()  # names the text marks as places, in no gazetteer


@dataclass(frozen=True)
class Frame:
    """Who did an event and to whom, read from the parse of its sentence (spans in the sentence)."""

    agent: tuple[int, int] | None = None
    patient: tuple[int, int] | None = None
    agent_lemmas: tuple[str, ...] = ()
    patient_lemmas: tuple[str, ...] = ()
    scene_lemmas: tuple[str, ...] = ()  # where it struck: "in hamlets and camps"
    patient_named: bool = False  # the patient is a proper name ("freed Jane Doe")
    # "targeted a river ship near Timbuktu and a military base in Bamba": each target the patient
    # (or what the act hit) lists, as its span, its words and whether it names a place or anyone,
    # so the act told at one of the places is typed by its own
    patient_parts: tuple[tuple[tuple[int, int], tuple[str, ...], bool], ...] = ()
    agent_clause_lemmas: tuple[str, ...] = ()  # "people who had gathered": what the agent did
    modifier: bool = False  # the trigger only modifies a noun ("riot police")
    # "attacked a post, killing 12": what the act hit; "staff were killed when their vehicle was
    # attacked": whom the act killed
    struck_lemmas: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleDraft:
    """An article taken from a page, a saved file or pasted text, before it becomes a file."""

    title: str
    text: str
    published: date | None  # None: the source gives no date
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Correction:
    """One analyst's change to one field of one event (a row of corrections.csv)."""

    event_id: str
    field: str
    value: str
    note: str = ""
    row: int = 0  # line in corrections.csv, for messages


@dataclass(frozen=True)
class SentenceFacts:
    """One sentence of an article with its dates, places and actors (offsets in the sentence)."""

    index: int
    start: int
    end: int
    text: str
    folded: str
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]
    paragraph: int = 0  # the paragraph it stands in, counted from 0


@dataclass(frozen=True)
class SentenceView:
    """What this stage needs of a sentence: its index, text and registry actors."""

    index: int
    text: str
    actors: tuple[ActorMention, ...]


@dataclass(frozen=True)
class FirstReading:
    """An article read up to the parse, which can then be batched with other articles'."""

    article: Article
    sentences: list[SentenceFacts]
    views: list[SentenceView]
    triggers: list[list[Trigger]]
    countries: list[str]
    to_parse: list[SentenceView]
    unresolved: tuple[str, ...]
    title_towns: tuple[Place, ...] = ()  # the towns the headline names
    # sentences holding both words of an "act ~ object" pair the patterns did not find, and
    # those of them parsed for that alone
    pairable: frozenset[int] = frozenset()
    for_pairs: frozenset[int] = frozenset()
    # (sentence, ISO3) of the sentences under a roundup's country heading ("NIGER")
    sections: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Reference:
    """A phrase referring back to an event ("the attack") in a sentence naming a town."""

    sentence_index: int
    trigger: Trigger
    place: Place | None
    place_text: str
    date: DateMention | None = None  # "the attack happened on Thursday": its date
    # "the army repelled the attack": it was a battle; the state's forces that fought it off
    fighters: tuple[ActorMention, ...] | None = None
    # "the latest attacks": the most recent act told, however far back the article told it
    latest: bool = False
