"""Place layer: find toponyms in sentences and resolve them to places (offline or Nominatim)."""

from pipeline.places.gazetteer import Gazetteer
from pipeline.places.locate import article_countries, countries_about, locate_article
from pipeline.places.marked import unresolved_names
from pipeline.places.online import OnlineGeocoder, make_geocoder
from pipeline.places.rank import named_by_demonym
from pipeline.places.resolver import (
    GazetteerResolver,
    Resolver,
    ResolverBadAnswer,
    ResolverError,
    ResolverUnavailable,
)
from pipeline.records import Place, PlaceMention

__all__ = [
    "named_by_demonym",
    "Gazetteer",
    "GazetteerResolver",
    "OnlineGeocoder",
    "Place",
    "PlaceMention",
    "Resolver",
    "ResolverBadAnswer",
    "ResolverError",
    "ResolverUnavailable",
    "article_countries",
    "countries_about",
    "locate_article",
    "make_geocoder",
    "unresolved_names",
]
