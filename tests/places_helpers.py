"""Helpers shared by the place tests: find a mention by its text, check where it was placed."""

from pathlib import Path

from geopy.distance import geodesic

from pipeline.places import Gazetteer, locate_article
from pipeline.records import Place, PlaceMention

PLACES_CSV = Path(__file__).resolve().parents[1] / "data" / "knowledge" / "places.csv"


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
