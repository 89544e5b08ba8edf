"""Whether one place lies in another: a town in its region or country, a region in its country."""

from typing import TYPE_CHECKING

from pipeline.places.distance import km_between
from pipeline.records import Place
from pipeline.textnorm import fold

if TYPE_CHECKING:
    from pipeline.places.gazetteer import Gazetteer

# a region named by a direction reaches this far from its centre: "central Mali" runs from Ségou
# to the Burkina border, "northern Burkina Faso" from Ouahigouya to the Niger border
REGION_REACH_KM = 400.0
# the words of a unit between a region and a commune: "the same province" is the town's district
DISTRICT_WORDS = ("province", "department", "cercle", "circle", "district", "prefecture")


def lies_in(inner: Place, outer: Place) -> bool:
    """Whether a place lies in a coarser one: its country, its admin1, a region near it."""
    if vagueness(inner) >= vagueness(outer) or inner.iso3 not in outer.iso3.split("|"):
        return False
    if outer.feature == "country":
        return True
    if outer.admin1 and fold(inner.admin1) != fold(outer.admin1):
        return False
    near = km_between(inner.latitude, inner.longitude, outer.latitude, outer.longitude)
    return near <= REGION_REACH_KM


def vagueness(place: Place) -> tuple[int, bool]:
    """A country is vaguer than a region of it, though both are of ACLED's precision 3."""
    return place.geo_precision, place.feature == "country"


def compatible(a: Place | None, b: Place | None) -> bool:
    """Two places one event may have: the same, or one inside the other."""
    if a is None or b is None:
        return True
    same = (a.name, a.iso3) == (b.name, b.iso3)
    return same or lies_in(a, b) or lies_in(b, a)


def finer(a: Place | None, b: Place | None) -> bool:
    """Whether `a` is a finer place inside `b` (any place is finer than none)."""
    return a is not None and (b is None or lies_in(a, b))


def enclosing_unit(place: Place, unit: str, gazetteer: "Gazetteer") -> Place | None:
    """The unit a place lies in that "the same region" or "the same district" names: its admin1
    for a region, its district for a province, department, cercle or district; the place itself
    when it is such a unit, or for a commune (named after its town); None when the place is
    wider than the unit ("the same district" is not the region named last)."""
    if unit.startswith("region"):
        if place.feature != "town":
            return place if place.feature == "admin1" else None
        return gazetteer.admin1(place.iso3, place.admin1) if place.admin1 else None
    if unit.startswith(DISTRICT_WORDS):
        if place.feature != "town":
            return place if place.feature == "admin2" else None
        return gazetteer.district(place.iso3, place.admin2) if place.admin2 else None
    return place if place.feature == "town" else None
