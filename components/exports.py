"""Exports (CSV, GeoJSON) that open cleanly in Excel, QGIS or kepler.gl and cannot smuggle
spreadsheet formulas."""

import json
import math

import pandas as pd

from components.schema import TEXT_PREFIX
from pipeline.schema import QUOTING, neutralise


def to_csv_bytes(frame: pd.DataFrame, columns: list[str] | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel keeps accents), all fields quoted, formulas defused.

    Numbers are written as they were in events.csv (18.00000 stays 18.00000), not re-formatted.
    """
    wanted = list(frame.columns if columns is None else columns)
    as_written = {col: TEXT_PREFIX + col if TEXT_PREFIX + col in frame else col for col in wanted}
    safe = pd.DataFrame(
        {col: frame[source] for col, source in as_written.items()}, index=frame.index
    )
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(neutralise)
    return safe.to_csv(index=False, lineterminator="\r\n", quoting=QUOTING).encode("utf-8-sig")


def file_name(kind: str, span: str) -> str:
    """Export file name with its date range, e.g. sahel-events_2023-09-01_2023-09-18.csv."""
    return f"sahel-{kind}_{span}.csv"


NUMBER_COLUMNS = frozenset(
    ["latitude", "longitude", "geo_precision", "source_count", "confidence", "fatalities"]
    + ["mention_count"]
)


def _number(text: str) -> int | float | None:
    """A numeric cell as a JSON number; blank or unreadable gives null."""
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        return None
    return None if math.isnan(value) else value


def to_geojson_bytes(events: pd.DataFrame, columns: list[str]) -> bytes:
    """A GeoJSON FeatureCollection of the events that have coordinates (QGIS, kepler.gl).

    Every column of events.csv is a property: numbers as JSON numbers (blank: null), text
    neutralised like the CSV, so a spreadsheet opening the attribute table runs no formula.
    """
    placed = events[events["latitude"].notna() & events["longitude"].notna()]
    features = []
    for _, row in placed.iterrows():
        properties = {}
        for col in columns:
            source = TEXT_PREFIX + col if TEXT_PREFIX + col in placed.columns else col
            text = "" if row[source] is None else str(row[source])
            properties[col] = _number(text) if col in NUMBER_COLUMNS else neutralise(text)
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["longitude"]), float(row["latitude"])],
                },
                "properties": properties,
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def mentions_of(mentions: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The mentions merged into the given events (the mentions download follows the filters)."""
    if "event_id" not in mentions.columns:
        return mentions
    return mentions[mentions["event_id"].isin(set(events["event_id"]))]


def filtered_name(kind: str, span: str, words: str, extension: str = "csv") -> str:
    """'sahel-events_2023-09-01_2023-09-18_actor-CMA.geojson': kind, dates, then the filters."""
    stem = f"sahel-{kind}_{span}" + (f"_{words}" if words else "")
    return f"{stem}.{extension}"
