"""The event filter, table-driven as in datasette's filters.py.

One spec per filter says everything about it: its URL key, how a URL value is parsed (and
which values are bad), the mask it applies, the words that describe it and the sidebar widget
that edits it (see components/sidebar.py). `EventFilter` is the values; `FILTERS` the specs.
A link never broadens: a value the table lacks still filters (zero events for it), and a
value that cannot be read (a date that is not a date) keeps the whole filter empty.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from components.vocabulary import Vocabulary
from pipeline.schema import LIST_SEPARATOR
from pipeline.textnorm import fold

_TRUE = {"1", "true", "yes", "on"}


def as_list(value: object) -> list[str]:
    """A query parameter given as None, a string or a list of strings, as a list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split())
        if item:
            seen.setdefault(item, None)
    return tuple(seen)


def list_cell_has(cells: pd.Series, items: Iterable[str]) -> pd.Series:
    """True where a `;`-separated cell holds one of `items` as a whole item."""
    # arrow kernels split and compare every cell in C: a regex per cell (pandas runs this one
    # in Python) took 15-40 ms on 100,000 rows, a third of a filter change's budget
    # only the cells that hold an item's text are split: a substring search is several times
    # faster than splitting every cell, and most cells hold none of the items
    text = pa.array(cells, type=pa.large_string(), from_pandas=True)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    maybe = np.zeros(len(text), dtype=bool)
    for item in items:
        maybe |= pc.match_substring(text, item).fill_null(False).to_numpy(zero_copy_only=False)
    candidates = np.flatnonzero(maybe)
    parts = pc.split_pattern(text.take(pa.array(candidates)), LIST_SEPARATOR.strip())
    wanted = pa.array(list(items), type=pa.large_string())
    found = pc.is_in(pc.utf8_trim_whitespace(pc.list_flatten(parts)), value_set=wanted)
    rows = pc.list_parent_indices(parts).to_numpy()
    keep = np.zeros(len(cells), dtype=bool)
    keep[candidates[rows[found.fill_null(False).to_numpy(zero_copy_only=False)]]] = True
    return pd.Series(keep, index=cells.index)


def join_words(items: Iterable[str]) -> str:
    """'"a"', '"a" or "b"', '"a", "b" or "c"'."""
    quoted = [f'"{item}"' for item in items]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


@dataclass(frozen=True)
class Bad:
    """A URL value that cannot be read, kept so the page can name it and the link keeps it."""

    key: str
    value: str
    why: str

    def sentence(self) -> str:
        """'from=2023-02-30 is not a date'."""
        return f'"{self.key}={self.value}" {self.why}'


@dataclass(frozen=True)
class ListSpec:
    """A filter keeping events whose column (or `;`-list column) holds one of the values."""

    name: str
    key: str
    label: str
    phrase: str  # "involving {}" -> 'involving "A" or "B"'
    columns: tuple[str, ...]
    listed: tuple[str, ...] = ()  # columns holding `;`-separated lists
    noun: str = ""  # one value, in a sentence: "actor", "event type"
    upper: bool = False
    help: str = ""

    def parse(self, params: Mapping[str, object]) -> tuple[tuple[str, ...], list[Bad]]:
        """The values of this filter in the query (repeated keys)."""
        values = as_list(params.get(self.key))
        return _unique(v.upper() if self.upper else v for v in values), []

    def to_query(self, values: tuple[str, ...]) -> list[str]:
        """Query values (the key repeats)."""
        return list(values)

    def mask(self, events: pd.DataFrame, values: tuple[str, ...], _: Vocabulary) -> pd.Series:
        """True for events matching one of the values."""
        keep = pd.Series(False, index=events.index)
        for column in self.columns:
            if column in self.listed:
                keep |= list_cell_has(events[column], values)
            else:
                keep |= events[column].isin(list(values))
        return keep

    def describe(self, values: tuple[str, ...]) -> str:
        """Words for the values, e.g. 'involving "CMA"'."""
        return self.phrase.format(join_words(values))


@dataclass(frozen=True)
class DateSpec:
    """One end of the date window: events whose possible dates reach past it are kept."""

    name: str
    key: str
    bound: str  # "from" or "to"

    def parse(self, params: Mapping[str, object]) -> tuple[date | None, list[Bad]]:
        """The last value of the key as a date, or a Bad naming it."""
        items = [v.strip() for v in as_list(params.get(self.key)) if v.strip()]
        if not items:
            return None, []
        try:
            return date.fromisoformat(items[-1]), []
        except ValueError:
            return None, [Bad(self.key, items[-1], "is not a date (YYYY-MM-DD)")]

    def to_query(self, value: date) -> str:
        """ISO date."""
        return value.isoformat()

    def mask(self, events: pd.DataFrame, value: date, _: Vocabulary) -> pd.Series:
        """Events whose window overlaps the side of the bound."""
        if self.bound == "from":
            return events["_end"] >= pd.Timestamp(value)
        return events["_start"] <= pd.Timestamp(value)


@dataclass(frozen=True)
class SearchSpec:
    """Words (or any alias of an actor or place) in the title, evidence, places or actors."""

    name: str = "search"
    key: str = "q"

    def parse(self, params: Mapping[str, object]) -> tuple[str, list[Bad]]:
        """The last value, whitespace collapsed."""
        items = as_list(params.get(self.key))
        return (" ".join(items[-1].split()) if items else ""), []

    def to_query(self, value: str) -> str:
        """The text."""
        return value

    def mask(self, events: pd.DataFrame, value: str, vocabulary: Vocabulary) -> pd.Series:
        """Every word (or the whole text when it is a known name) found, by any of its names."""
        keep = pd.Series(True, index=events.index)
        for group in vocabulary.search_terms(value):
            hit = pd.Series(False, index=events.index)
            for term in group:
                hit |= events["_find"].str.contains(fold(term), regex=False)
            keep &= hit
        return keep

    def describe(self, value: str) -> str:
        """'mentioning "..."'."""
        return f'mentioning "{value}"'


@dataclass(frozen=True)
class MinimumSpec:
    """Events reporting at least this many fatalities (events with no figure are left out)."""

    name: str = "min_fatalities"
    key: str = "min_fatalities"

    def parse(self, params: Mapping[str, object]) -> tuple[int, list[Bad]]:
        """A whole number of at least 0 (0 means no restriction)."""
        items = [v.strip() for v in as_list(params.get(self.key)) if v.strip()]
        if not items:
            return 0, []
        if items[-1].isdigit():
            return int(items[-1]), []
        return 0, [Bad(self.key, items[-1], "is not a whole number of at least 0")]

    def to_query(self, value: int) -> str:
        """The number."""
        return str(value)

    def mask(self, events: pd.DataFrame, value: int, _: Vocabulary) -> pd.Series:
        """Events with a reported figure of at least `value`."""
        return events["_fatalities"] >= value

    def describe(self, value: int) -> str:
        """'with at least N fatalities'."""
        return f"with at least {value} fatalit{'y' if value == 1 else 'ies'}"


ACTORS = ListSpec(
    "actors",
    "actor",
    "Actors",
    "involving {}",
    ("actor1", "actor2", "assoc_actors"),
    listed=("assoc_actors",),
    noun="actor",
    help="Type any name: CMA, GSIM, FAMa, French names. An event matches when the actor is "
    "its first or second actor or an associated one.",
)
ACTOR_TYPES = ListSpec(
    "actor_types",
    "actor_type",
    "Actor types",
    "with an actor of type {}",
    ("_actor_types",),
    listed=("_actor_types",),
    noun="actor type",
    help="ACLED's actor types, from the actor registry (data/knowledge/actors.csv).",
)
EVENT_TYPES = ListSpec(
    "event_types", "type", "Event types", "of type {}", ("event_type",), noun="event type"
)
COUNTRIES = ListSpec(
    "countries", "country", "Countries", "in {}", ("iso3",), noun="country", upper=True
)
REGIONS = ListSpec(
    "regions",
    "region",
    "Regions",
    "in the region {}",
    ("admin1",),
    noun="region",
    help="First-level administrative regions (ACLED's admin1).",
)
STATUSES = ListSpec(
    "statuses",
    "status",
    "Status",
    "with status {}",
    ("status",),
    noun="status",
    help="occurred; scheduled (after the article's date, e.g. a deadline); ongoing.",
)
PRECISIONS = ListSpec(
    "precisions",
    "precision",
    "Date precision",
    "with date precision {}",
    ("date_precision",),
    noun="date precision",
    help="How exactly the text dates the event: a day, a week, a month, a year or a range.",
)
SOURCES = ListSpec(
    "sources", "source", "Sources", "reported by {}", ("sources",), ("sources",), noun="source"
)
DATE_FROM = DateSpec("date_from", "from", "from")
DATE_TO = DateSpec("date_to", "to", "to")
SEARCH = SearchSpec()
MIN_FATALITIES = MinimumSpec()
LIST_FILTERS = (ACTORS, ACTOR_TYPES, EVENT_TYPES, COUNTRIES, REGIONS, STATUSES, PRECISIONS, SOURCES)
OTHER_FILTERS = (SEARCH, MIN_FATALITIES)
FILTERS = (*LIST_FILTERS, DATE_FROM, DATE_TO, *OTHER_FILTERS)
LEGACY_PRECISE = "precise"  # older links: ?precise=1 meant "dated to the day"


@dataclass(frozen=True)
class EventFilter:
    """What the user asked for; empty fields mean "no restriction"."""

    actors: tuple[str, ...] = ()
    actor_types: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    min_fatalities: int = 0
    bad: tuple[Bad, ...] = field(default=())

    @classmethod
    def from_query(cls, params: Mapping[str, object]) -> "EventFilter":
        """Build a filter from query parameters (values may be strings or lists of strings)."""
        values: dict[str, object] = {}
        bad: list[Bad] = []
        for spec in FILTERS:
            values[spec.name], problems = spec.parse(params)
            bad += problems
        legacy = as_list(params.get(LEGACY_PRECISE))
        if legacy and legacy[-1].strip().lower() in _TRUE:
            values["precisions"] = _unique((*values["precisions"], "day"))
        start, end = values["date_from"], values["date_to"]
        if start and end and end < start:
            values["date_from"], values["date_to"] = end, start
        return cls(**values, bad=tuple(bad))

    def _used(self, specs: tuple) -> list:
        return [spec for spec in specs if getattr(self, spec.name)]

    def active(self) -> list[tuple[object, object]]:
        """(spec, value) for every filter in use, in the order of FILTERS."""
        return [(spec, getattr(self, spec.name)) for spec in FILTERS if getattr(self, spec.name)]

    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for this filter; only the restrictions in use appear."""
        query = {spec.key: spec.to_query(value) for spec, value in self.active()}
        for item in self.bad:  # a value that could not be read stays in the link
            query.setdefault(item.key, item.value)
        return query

    def mask(self, events: pd.DataFrame, vocabulary: Vocabulary | None = None) -> pd.Series:
        """Boolean Series over `events`: True for the rows this filter keeps."""
        vocabulary = vocabulary or Vocabulary()
        keep = pd.Series(not self.bad, index=events.index)
        for spec, value in self.active():
            keep &= spec.mask(events, value, vocabulary)
        return keep

    def describe(self, count: int | None = None) -> str:
        """A sentence saying which events the filter selects, e.g. for the page and exports."""
        parts = [spec.describe(getattr(self, spec.name)) for spec in self._used(LIST_FILTERS)]
        if self.date_from and self.date_to:
            parts.append(f"between {self.date_from} and {self.date_to}")
        elif self.date_from:
            parts.append(f"on or after {self.date_from}")
        elif self.date_to:
            parts.append(f"on or before {self.date_to}")
        parts += [spec.describe(getattr(self, spec.name)) for spec in self._used(OTHER_FILTERS)]
        parts += [f'with the unreadable link value "{b.key}={b.value}"' for b in self.bad]
        noun = "events" if count is None else f"{count} event" + ("" if count == 1 else "s")
        if not parts:
            return f"All {noun}"
        return f"{noun[0].upper()}{noun[1:]} " + ", ".join(parts)

    def without_bad(self) -> "EventFilter":
        """The same filter with the unreadable values dropped."""
        return replace(self, bad=())

    def file_span(self, events: pd.DataFrame) -> str:
        """The date range for export file names: the filter's, or else the table's own."""
        start = self.date_from
        end = self.date_to
        if start is None and len(events) and events["_start"].notna().any():
            start = events["_start"].min().date()
        if end is None and len(events) and events["_end"].notna().any():
            end = events["_end"].max().date()
        if start is None or end is None:
            return "no-dates"
        return f"{start.isoformat()}_{end.isoformat()}"

    def file_words(self) -> str:
        """The filters in a file name: 'actor-CMA_type-Battles' (safe characters only)."""
        parts = []
        for spec, value in self.active():
            if spec in (DATE_FROM, DATE_TO):
                continue
            shown = value if isinstance(value, str | int) else "+".join(value)
            parts.append(re.sub(r"[^A-Za-z0-9+]+", "-", f"{spec.key}-{shown}").strip("-"))
        return "_".join(parts)[:80]


def unknown_values(flt: EventFilter, choices: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Sentences naming each value of the filter that the table does not have."""
    notes = []
    for spec in LIST_FILTERS:
        missing = [v for v in getattr(flt, spec.name) if v not in choices.get(spec.name, {})]
        if missing:
            notes.append(f"{spec.noun} {join_words(missing)}")
    return notes
