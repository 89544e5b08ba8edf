"""Score an events table against a gold list: which gold events a reader would say were found."""

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from geopy.distance import geodesic


@dataclass(frozen=True)
class Score:
    """Matched gold ids, unmatched events, and the figures derived from them."""

    found: dict[str, str]  # gold_id -> event_id
    golds: list[dict[str, str]]
    events: list[dict[str, str]]

    @property
    def recall(self) -> float:
        return len(self.found) / len(self.golds)

    @property
    def precision(self) -> float:
        return len(set(self.found.values())) / len(self.events) if self.events else 0.0

    @property
    def missing_required(self) -> list[str]:
        return [
            g["gold_id"]
            for g in self.golds
            if g["required"] == "yes" and g["gold_id"] not in self.found
        ]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _codes(cell: str) -> set[str]:
    return {c.strip() for c in cell.replace(";", "|").split("|") if c.strip()}


def fits(event: dict[str, str], gold: dict[str, str]) -> bool:
    """Date midpoint in the gold window, span not much wider, same country, near, right type."""
    start, end = date.fromisoformat(event["date_start"]), date.fromisoformat(event["date_end"])
    g_start, g_end = date.fromisoformat(gold["date_from"]), date.fromisoformat(gold["date_to"])
    middle = start + (end - start) / 2
    if not g_start - timedelta(days=1) <= middle <= g_end + timedelta(days=1):
        return False
    gold_days = (g_end - g_start).days + 1
    if (end - start).days + 1 > max(2 * gold_days, gold_days + 2):
        return False
    if gold["iso3"] and event["iso3"] not in _codes(gold["iso3"]):
        return False
    if gold["lat"]:
        here = (float(event["latitude"]), float(event["longitude"]))
        if geodesic(here, (float(gold["lat"]), float(gold["lon"]))).km > float(gold["radius_km"]):
            return False
    return not gold["event_types"] or event["event_type"] in _codes(gold["event_types"])


def score(events: list[dict[str, str]], golds: list[dict[str, str]]) -> Score:
    """One-to-one matching (augmenting paths), required gold events served first."""
    options = {g["gold_id"]: [e["event_id"] for e in events if fits(e, g)] for g in golds}
    owner: dict[str, str] = {}

    def claim(gold_id: str, seen: set[str]) -> bool:
        for event_id in options[gold_id]:
            if event_id not in seen:
                seen.add(event_id)
                if event_id not in owner or claim(owner[event_id], seen):
                    owner[event_id] = gold_id
                    return True
        return False

    for gold in sorted(golds, key=lambda g: g["required"] != "yes"):
        claim(gold["gold_id"], set())
    return Score({g: e for e, g in owner.items()}, golds, events)


def merged_as_one(events: list[dict[str, str]], gold: dict[str, str]) -> bool:
    """Exactly one event fits the gold row and it lists every source the gold names."""
    fitting = [e for e in events if fits(e, gold)]
    return len(fitting) == 1 and _codes(gold["sources"]) <= _codes(fitting[0]["sources"])
