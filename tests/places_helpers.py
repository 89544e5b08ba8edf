"""Helpers shared by the place tests: find a mention by its text, check where it was placed."""

from pathlib import Path

from geopy.distance import geodesic

from pipeline.places import Gazetteer, locate_article
from pipeline.places.marked import UNKNOWN
from pipeline.records import Place, PlaceMention

PLACES_CSV = Path(__file__).resolve().parents[1] / "data" / "knowledge" / "places.csv"

# Rough bounding boxes (south, north, west, east) of the countries the supplement may use.
BOXES = {
    "MLI": (10.0, 25.1, -12.3, 4.3),
    "BFA": (9.3, 15.1, -5.6, 2.5),
    "NER": (11.6, 23.6, 0.1, 16.0),
    "NGA": (4.2, 13.9, 2.6, 14.7),
    "TCD": (7.4, 23.5, 13.4, 24.0),
    "MRT": (14.7, 27.3, -17.1, -4.8),
    "SEN": (12.3, 16.7, -17.6, -11.3),
    "GIN": (7.1, 12.7, -15.1, -7.6),
    "CIV": (4.3, 10.8, -8.6, -2.4),
    "GHA": (4.7, 11.2, -3.3, 1.2),
    "TGO": (6.1, 11.2, -0.2, 1.9),
    "BEN": (6.2, 12.5, 0.7, 3.9),
    "DZA": (18.9, 37.1, -8.7, 12.0),
    "LBY": (19.5, 33.2, 9.3, 25.2),
}


def unknown_names(text: str, gazetteer: Gazetteer) -> list[str]:
    """The names in `text` the text marks as places and no gazetteer knows."""
    located = locate_article([text], gazetteer)
    return [m.text for s in located for m in s if m.rule.startswith(UNKNOWN)]


def mentions_of(article: list[str], gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """The mentions in the article whose text is `text` (case-insensitive)."""
    located = locate_article(article, gazetteer)
    return [m for sentence in located for m in sentence if m.text.lower() == text.lower()]


def assert_placed_near(
    article: list[str],
    gazetteer: Gazetteer,
    text: str,
    iso3: str,
    lat: float,
    lon: float,
    km: float,
) -> PlaceMention:
    """Assert the last mention of `text` is placed in iso3 within km of (lat, lon); return it."""
    found = mentions_of(article, gazetteer, text)
    assert found, f"{text!r} not found in {article}"
    mention = found[-1]
    place: Place | None = mention.place
    assert place is not None, mention.rule
    assert place.iso3 == iso3, mention.rule
    distance = geodesic((place.latitude, place.longitude), (lat, lon)).km
    assert distance <= km, f"{place} is {distance:.0f} km away ({mention.rule})"
    return mention
