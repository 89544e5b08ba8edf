"""Is an online answer believable? Checked before it is used or cached.

An answer must be real coordinates (in range, not 0,0), inside one of the countries asked
(their outline's bounding box, a little widened for the coarse outline) or, when no country is
known, near the Sahel; and within reach of the gazetteer's own candidates of that name, if any.
"""

import json
import math
from functools import cache
from pathlib import Path

from pipeline.places.distance import km_between
from pipeline.records import Place

BORDERS = Path(__file__).resolve().parents[2] / "data" / "geo" / "countries.geojson"
MARGIN_DEG = 0.3  # the outlines are Natural Earth 1:110m: border villages may lie just outside
SAHEL_BOX = (0.0, 28.0, -20.0, 25.0)  # south, north, west, east
CANDIDATE_KM = (
    100.0  # an answer farther than this from every candidate of the name is another place
)


@cache
def country_boxes(path: Path = BORDERS) -> dict[str, tuple[float, float, float, float]]:
    """ISO3 -> (south, north, west, east) of each country outline in countries.geojson."""
    if not path.is_file():
        return {}
    boxes = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        points = list(_points(feature["geometry"]["coordinates"]))
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        boxes[feature["properties"]["iso3"]] = (min(lats), max(lats), min(lons), max(lons))
    return boxes


def _points(coordinates):
    if coordinates and isinstance(coordinates[0], (int, float)):
        yield coordinates
        return
    for part in coordinates:
        yield from _points(part)


def _inside(box: tuple[float, float, float, float], lat: float, lon: float, margin: float) -> bool:
    south, north, west, east = box
    return south - margin <= lat <= north + margin and west - margin <= lon <= east + margin


def implausible(
    lat: float, lon: float, countries_iso3: list[str], candidates: list[Place]
) -> str | None:
    """Why (lat, lon) cannot be the place asked for; None when it is believable."""
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return f"coordinates out of range ({lat}, {lon})"
    if abs(lat) < 1e-6 and abs(lon) < 1e-6:
        return "coordinates 0,0 (no place)"
    boxes = country_boxes()
    known = [boxes[c] for c in countries_iso3 if c in boxes]
    if known and not any(_inside(b, lat, lon, MARGIN_DEG) for b in known):
        return f"({lat:.3f}, {lon:.3f}) is outside {'/'.join(countries_iso3)}"
    if not known and not _inside(SAHEL_BOX, lat, lon, 0.0):
        return f"({lat:.3f}, {lon:.3f}) is far from the Sahel"
    if candidates and all(
        km_between(lat, lon, p.latitude, p.longitude) > CANDIDATE_KM for p in candidates
    ):
        far = f"over {CANDIDATE_KM:.0f} km from every gazetteer place of that name"
        return f"({lat:.3f}, {lon:.3f}) is {far}"
    return None
