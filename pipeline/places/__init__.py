"""Place layer: find toponyms in sentences and resolve them to places (offline or Nominatim)."""

from pipeline.places.gazetteer import Gazetteer
from pipeline.places.locate import article_countries, locate_article
from pipeline.places.marked import unresolved_names
from pipeline.places.online import OnlineGeocoder, make_geocoder
from pipeline.records import Place, PlaceMention

__all__ = [
    "Gazetteer",
    "OnlineGeocoder",
    "Place",
    "PlaceMention",
    "article_countries",
    "locate_article",
    "make_geocoder",
    "unresolved_names",
]
