"""Typed records passed between pipeline stages."""

from dataclasses import dataclass
from datetime import date


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
    feature: str  # town | admin1 | region | country | water
    source: str  # where the coordinates come from: geonames, supplement, nominatim, ...


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
