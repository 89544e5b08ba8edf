"""An analyst's corrections (data/corrections.csv), validated and applied after merging."""

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.contract import EVENT_TYPES, LIST_SEPARATOR, SUB_EVENT_TYPES
from pipeline.output import csv_writer, replace_together
from pipeline.places import Gazetteer
from pipeline.records import Correction, Event, Place
from pipeline.schema import restore

CORRECTION_COLUMNS = ("event_id", "field", "value", "note")
FILE_NAME = "corrections.csv"
FIELDS = (
    "verified",
    "rejected",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "date_start",
    "date_end",
    "fatalities",
)
YES_NO = ("yes", "no")
PLACE_SEPARATOR = " / "
_EVENT_ID = re.compile(r"[A-Za-z0-9_.:-]{1,80}")


class CorrectionError(ValueError):
    """A correction that cannot be used; str() is the sentence shown to the user."""


def default_path(articles_dir: Path) -> Path:
    """corrections.csv next to the articles folder (data/articles -> data/corrections.csv)."""
    return Path(articles_dir).resolve().parent / FILE_NAME


def place_label(place: Place) -> str:
    """How a place is written in corrections.csv: 'Djibo / Sahel / BFA'."""
    parts = [place.name, place.admin1, place.iso3] if place.admin1 else [place.name, place.iso3]
    return PLACE_SEPARATOR.join(parts)


def place_choices(gazetteer: Gazetteer, iso3s: Iterable[str]) -> dict[str, Place]:
    """Every gazetteer place of these countries by label; the most populous of namesakes."""
    wanted = set(iso3s)
    chosen: dict[str, tuple[tuple, Place]] = {}
    for entry in gazetteer.entries:
        place = entry.place
        if place.iso3 in wanted and place.feature != "water":
            label = place_label(place)
            rank = (entry.curated, entry.population)
            if label not in chosen or rank > chosen[label][0]:
                chosen[label] = (rank, place)
    return {label: chosen[label][1] for label in sorted(chosen, key=str.casefold)}


def check(correction: Correction, places: dict[str, Place] | None = None) -> None:
    """Raise CorrectionError with a sentence when the correction cannot be applied."""
    field, value = correction.field, correction.value
    if not _EVENT_ID.fullmatch(correction.event_id):
        raise CorrectionError(f"'{correction.event_id}' is not an event id")
    if field not in FIELDS:
        raise CorrectionError(f"'{field}' cannot be corrected; the fields are {', '.join(FIELDS)}")
    if field in ("verified", "rejected") and value not in YES_NO:
        raise CorrectionError(f"{field} takes yes or no, not '{value}'")
    if field == "event_type" and value not in EVENT_TYPES:
        raise CorrectionError(f"'{value}' is not an event type; one of: {', '.join(EVENT_TYPES)}")
    if field == "sub_event_type" and not any(value in s for s in SUB_EVENT_TYPES.values()):
        raise CorrectionError(f"'{value}' is not one of ACLED's sub-event types")
    if field in ("date_start", "date_end"):
        try:
            date.fromisoformat(value)
        except ValueError:
            raise CorrectionError(f"{field}: '{value}' is not a date (YYYY-MM-DD)") from None
    if field == "fatalities" and value and not (value.isdigit() and len(value) < 7):
        raise CorrectionError(f"fatalities takes a whole number of people, not '{value}'")
    if field == "actor1" and not value.strip():
        raise CorrectionError("actor1 cannot be empty; an event has at least one actor")
    if field == "location" and places is not None and value not in places:
        raise CorrectionError(f"'{value}' is not a place of the gazetteer")


def read_corrections(path: Path) -> tuple[list[Correction], list[str]]:
    """The rows of corrections.csv, and a sentence for each row that cannot be read."""
    if not path.exists():
        return [], []
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:  # Excel writes a BOM
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ())[:4] != CORRECTION_COLUMNS:
                return [], [f"{path.name}: the header must be {','.join(CORRECTION_COLUMNS)}"]
            rows = [
                Correction(
                    event_id=(row.get("event_id") or "").strip(),
                    field=(row.get("field") or "").strip(),
                    value=restore((row.get("value") or "").strip()),
                    note=restore(row.get("note") or ""),
                    row=reader.line_num,
                )
                for row in reader
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return [], [f"{path.name}: cannot be read ({error})"]
    return rows, []


def append_corrections(path: Path, new: list[Correction], places: dict[str, Place]) -> None:
    """Validate new corrections and add them to the file (rewritten atomically)."""
    for correction in new:
        check(correction, places)
    old, problems = read_corrections(path)
    if problems:
        raise CorrectionError(problems[0] + "; fix the file before adding corrections")
    rows = [
        {"event_id": c.event_id, "field": c.field, "value": c.value, "note": c.note}
        for c in [*old, *new]
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_together([(path, csv_writer(CORRECTION_COLUMNS, rows))])


@dataclass(frozen=True)
class Corrected:
    """Events after corrections, the extra cells per event, and what became of each row."""

    events: tuple[Event, ...]
    cells: dict[str, dict[str, str]]  # event_id -> fatalities, verified, corrected
    listing: tuple[dict[str, object], ...]

    def summary(self) -> list[str]:
        """Lines for the build summary: counts, and every row that was not applied."""
        if not self.listing:
            return []
        applied = sum(1 for row in self.listing if row["status"] == "applied")
        lines = [f"corrections: {applied} of {len(self.listing)} applied"]
        for row in self.listing:
            if row["status"] != "applied":
                lines.append(f"correction row {row['row']} ({row['event_id']}): {row['status']}")
        return lines


def _apply_event(event: Event, changes: dict[str, str], places: dict[str, Place]) -> Event:
    actors = list(event.actors)
    if "actor1" in changes or "actor2" in changes:
        first = changes.get("actor1", actors[0] if actors else "")
        second = changes.get("actor2", actors[1] if len(actors) > 1 else "")
        actors = [a for a in (first, second) if a] + [
            a for a in actors[2:] if a not in (first, second)
        ]
    start = (
        date.fromisoformat(changes["date_start"]) if "date_start" in changes else event.date_start
    )
    end = date.fromisoformat(changes["date_end"]) if "date_end" in changes else event.date_end
    if start > end:
        raise CorrectionError(f"the dates would run backwards ({start} to {end})")
    kind = changes.get("event_type", event.event_type)
    sub = changes.get("sub_event_type", event.sub_event_type)
    typed = "event_type" in changes or "sub_event_type" in changes
    if typed and sub not in SUB_EVENT_TYPES.get(kind, ()):
        raise CorrectionError(f"'{sub}' is not a sub-event type of {kind}; correct both together")
    dated = "date_start" in changes or "date_end" in changes
    return replace(
        event,
        event_type=kind,
        sub_event_type=sub,
        actors=tuple(actors),
        place=places[changes["location"]] if "location" in changes else event.place,
        date_start=start,
        date_end=end,
        date_precision=("day" if start == end else "range") if dated else event.date_precision,
    )


def apply_corrections(
    events: list[Event], corrections: list[Correction], places: dict[str, Place]
) -> Corrected:
    """Apply corrections in file order (a later row wins); rejected events are left out."""
    by_id = {e.event_id: e for e in events}
    status: dict[int, str] = {}
    changes: dict[str, dict[str, Correction]] = {}
    for c in corrections:
        try:
            check(c, places)
        except CorrectionError as error:
            status[c.row] = f"refused: {error}"
            continue
        if c.event_id not in by_id:
            status[c.row] = "event not found: it no longer exists in this build"
            continue
        changes.setdefault(c.event_id, {})[c.field] = c
        status[c.row] = "applied"
    kept, cells = [], {}
    for event in events:
        own = {field: c.value for field, c in changes.get(event.event_id, {}).items()}
        if own.get("rejected") == "yes":
            continue
        try:
            corrected = _apply_event(event, own, places)
        except CorrectionError as error:
            for c in changes[event.event_id].values():
                status[c.row] = f"refused: {error}"
            corrected, own = event, {}
        kept.append(corrected)
        fields = [f for f in own if f not in ("verified", "rejected")]
        cell = {"verified": "true" if own.get("verified") == "yes" else "false"}
        cell["corrected"] = LIST_SEPARATOR.join(fields)
        if "fatalities" in own:
            cell["fatalities"] = own["fatalities"]
        cells[event.event_id] = cell
    listing = tuple(
        {
            "row": c.row,
            "event_id": c.event_id,
            "field": c.field,
            "value": c.value,
            "note": c.note,
            "status": status[c.row],
        }
        for c in corrections
    )
    return Corrected(tuple(kept), cells, listing)


def corrections_for(
    events: list[Event], articles_dir: Path, path: Path | None, gazetteer: Gazetteer
) -> Corrected:
    """Read the corrections file (default: next to the articles) and apply it to the events."""
    path = path or default_path(articles_dir)
    corrections, problems = read_corrections(path)
    places = place_choices(gazetteer, {e.place.iso3 for e in gazetteer.entries})
    result = apply_corrections(events, corrections, places)
    unreadable = tuple(
        {"row": 0, "event_id": "", "field": "", "value": "", "note": "", "status": f"refused: {p}"}
        for p in problems
    )
    return replace(result, listing=unreadable + result.listing)
