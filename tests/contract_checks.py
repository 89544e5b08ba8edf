"""The events.csv contract of design.md as checks a test can run on any row."""

import re
from collections.abc import Mapping
from datetime import date

# The columns of design.md's events.csv table, in order: written out again from design.md, not
# imported from pipeline/contract.py, so that the tests check the code against the contract.
CONTRACT_COLUMNS = (
    "event_id",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "status",
    "event_type",
    "sub_event_type",
    "category",
    "title",
    "actor1",
    "actor2",
    "assoc_actors",
    "location",
    "admin1",
    "country",
    "iso3",
    "latitude",
    "longitude",
    "geo_precision",
    "sources",
    "source_count",
    "evidence",
    "confidence",
    "fatalities",
    "admin2",
)
EVENT_TYPES = {
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Riots",
    "Protests",
    "Strategic developments",
}
PRECISIONS = {"day", "week", "month", "year", "range"}
STATUSES = {"occurred", "scheduled", "ongoing"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def event_problems(row: Mapping[str, object]) -> list[str]:
    """What is wrong with one events.csv row (CSV strings or `tables.event_row` values)."""
    cell = {key: "" if value is None else str(value).strip() for key, value in row.items()}
    problems = []
    if not cell["event_id"]:
        problems.append("no event_id")
    if ISO_DATE.fullmatch(cell["date_start"]) and ISO_DATE.fullmatch(cell["date_end"]):
        if date.fromisoformat(cell["date_end"]) < date.fromisoformat(cell["date_start"]):
            problems.append("date_end before date_start")
    else:
        problems.append(f"dates not ISO: {cell['date_start']!r}, {cell['date_end']!r}")
    if cell["date_precision"] not in PRECISIONS:
        problems.append(f"date_precision {cell['date_precision']!r}")
    if cell["status"] not in STATUSES:
        problems.append(f"status {cell['status']!r}")
    if cell["event_type"] not in EVENT_TYPES:
        problems.append(f"event_type {cell['event_type']!r}")
    for column in ("sub_event_type", "category", "title"):
        if not cell[column]:
            problems.append(f"empty {column}")
    try:
        lat, lon = float(cell["latitude"]), float(cell["longitude"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            problems.append(f"coordinates out of range: {lat}, {lon}")
    except ValueError:
        problems.append(f"coordinates not numbers: {cell['latitude']!r}, {cell['longitude']!r}")
    if cell["geo_precision"] not in {"1", "2", "3"}:
        problems.append(f"geo_precision {cell['geo_precision']!r}")
    if not re.fullmatch(r"[A-Z]{3}", cell["iso3"]):
        problems.append(f"iso3 {cell['iso3']!r}")
    sources = [s.strip() for s in cell["sources"].split(";") if s.strip()]
    if not sources:
        problems.append("no sources")
    if cell["source_count"] != str(len(sources)):
        problems.append(f"source_count {cell['source_count']} for {len(sources)} sources")
    if len(set(sources)) != len(sources):
        problems.append("a source listed twice")
    if not cell["evidence"]:
        problems.append("no evidence sentence")
    try:
        if not 0 <= float(cell["confidence"]) <= 1:
            problems.append(f"confidence {cell['confidence']} outside 0-1")
    except ValueError:
        problems.append(f"confidence {cell['confidence']!r} not a number")
    return problems
