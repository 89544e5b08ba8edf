"""Reading a built events.csv in tests: rows by event id, and one event found by what it is."""

import csv
from pathlib import Path


def read_events(folder: Path) -> dict[str, dict[str, str]]:
    """The rows of folder/events.csv by event id."""
    with (Path(folder) / "events.csv").open(encoding="utf-8") as handle:
        return {row["event_id"]: row for row in csv.DictReader(handle)}


def find(events: dict[str, dict[str, str]], category: str, location: str) -> str:
    """The id of the one event of this category at this place (fails if not exactly one)."""
    (event_id,) = [
        i for i, r in events.items() if (r["category"], r["location"]) == (category, location)
    ]
    return event_id
