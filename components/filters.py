"""The event filter: query string <-> filter <-> DataFrame mask and a human description.

Modelled on datasette's filters.py: one pure object, built from query parameters, that
knows how to select rows and how to say in words what it selects.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from pipeline.textnorm import fold

# query-string keys of the list-valued filters, which repeat their key (?actor=A&actor=B)
LIST_KEYS = {"actors": "actor", "event_types": "type", "countries": "country", "sources": "source"}
_TRUE = {"1", "true", "yes", "on"}


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


def _parse_date(value: object) -> date | None:
    items = _as_list(value)
    if not items:
        return None
    try:
        return date.fromisoformat(items[-1].strip())
    except ValueError:
        return None


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip()
        if item:
            seen.setdefault(item, None)
    return tuple(seen)


def _list_cell_has(cells: pd.Series, items: Iterable[str]) -> pd.Series:
    """True where a `; `-separated cell holds one of `items` as a whole item."""
    alternatives = "|".join(re.escape(item) for item in items)
    return cells.str.contains(f"(?:^|;)\\s*(?:{alternatives})\\s*(?:;|$)", regex=True)


def _join(items: tuple[str, ...]) -> str:
    quoted = [f'"{item}"' for item in items]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


@dataclass(frozen=True)
class EventFilter:
    """What the user asked for; empty fields mean "no restriction"."""

    actors: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    search: str = ""
    precise: bool = False

    @classmethod
    def from_query(cls, params: Mapping[str, object]) -> "EventFilter":
        """Build a filter from query parameters (values may be strings or lists of strings)."""
        date_from = _parse_date(params.get("from"))
        date_to = _parse_date(params.get("to"))
        if date_from and date_to and date_to < date_from:
            date_from, date_to = date_to, date_from
        search_items = _as_list(params.get("q"))
        precise_items = _as_list(params.get("precise"))
        return cls(
            actors=_unique(_as_list(params.get("actor"))),
            date_from=date_from,
            date_to=date_to,
            event_types=_unique(_as_list(params.get("type"))),
            countries=_unique(c.upper() for c in _as_list(params.get("country"))),
            sources=_unique(_as_list(params.get("source"))),
            search=" ".join(search_items[-1].split()) if search_items else "",
            precise=bool(precise_items) and precise_items[-1].strip().lower() in _TRUE,
        )

    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for this filter; only the restrictions in use appear."""
        query: dict[str, str | list[str]] = {}
        for name, key in LIST_KEYS.items():
            values = getattr(self, name)
            if values:
                query[key] = list(values)
        if self.date_from:
            query["from"] = self.date_from.isoformat()
        if self.date_to:
            query["to"] = self.date_to.isoformat()
        if self.search:
            query["q"] = self.search
        if self.precise:
            query["precise"] = "1"
        return query

    def mask(self, events: pd.DataFrame) -> pd.Series:
        """Boolean Series over `events`: True for the rows this filter keeps."""
        keep = pd.Series(True, index=events.index)
        if self.actors:
            wanted = list(self.actors)
            keep &= (
                events["actor1"].isin(wanted)
                | events["actor2"].isin(wanted)
                | _list_cell_has(events["assoc_actors"], wanted)
            )
        if self.date_from:
            keep &= events["_end"] >= pd.Timestamp(self.date_from)
        if self.date_to:
            keep &= events["_start"] <= pd.Timestamp(self.date_to)
        if self.event_types:
            keep &= events["event_type"].isin(list(self.event_types))
        if self.countries:
            keep &= events["iso3"].isin(list(self.countries))
        if self.sources:
            keep &= _list_cell_has(events["sources"], self.sources)
        if self.search:
            for word in fold(self.search).split():
                keep &= events["_search"].str.contains(word, regex=False)
        if self.precise:
            keep &= events["date_precision"] == "day"
        return keep

    def describe(self, count: int | None = None) -> str:
        """A sentence saying which events the filter selects, e.g. for the page and exports."""
        parts = []
        if self.actors:
            parts.append(f"involving {_join(self.actors)}")
        if self.date_from and self.date_to:
            parts.append(f"between {self.date_from} and {self.date_to}")
        elif self.date_from:
            parts.append(f"on or after {self.date_from}")
        elif self.date_to:
            parts.append(f"on or before {self.date_to}")
        if self.event_types:
            parts.append(f"of type {_join(self.event_types)}")
        if self.countries:
            parts.append(f"in {_join(self.countries)}")
        if self.sources:
            parts.append(f"reported by {_join(self.sources)}")
        if self.search:
            parts.append(f'mentioning "{self.search}"')
        if self.precise:
            parts.append("dated to the day")
        noun = "events" if count is None else f"{count} event" + ("" if count == 1 else "s")
        if not parts:
            return f"All {noun}"
        return f"{noun[0].upper()}{noun[1:]} " + ", ".join(parts)

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
