"""How the page is shown, apart from the filter: query string <-> view settings and back."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

LANES = ("category", "actor", "fatalities")  # the first is the default, left out of the URL


def _last(value: object) -> str:
    """The last value of a query parameter given as a string or a list of strings."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Iterable):
        items = [str(v) for v in value]
        return items[-1].strip() if items else ""
    return str(value).strip()


@dataclass(frozen=True)
class ViewState:
    """Timeline lanes, basemap tiles on or off, and the selected event (None: none)."""

    lanes: str = LANES[0]
    basemap: bool = False
    event: str | None = None

    @classmethod
    def from_query(cls, params: Mapping[str, object]) -> "ViewState":
        """Read ?lanes=actor, ?basemap=1 and ?event=ID; anything else gives the default."""
        lanes = _last(params.get("lanes"))
        return cls(
            lanes=lanes if lanes in LANES else LANES[0],
            basemap=_last(params.get("basemap")) == "1",
            event=_last(params.get("event")) or None,
        )

    def to_query(self) -> dict[str, str]:
        """Query parameters for this view; defaults are left out so plain URLs stay plain."""
        query: dict[str, str] = {}
        if self.lanes != LANES[0]:
            query["lanes"] = self.lanes
        if self.basemap:
            query["basemap"] = "1"
        if self.event:
            query["event"] = self.event
        return query
