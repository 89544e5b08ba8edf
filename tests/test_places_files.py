"""The place files shipped with the project: the curated supplement and the map's context."""

import csv
import json
from pathlib import Path

from geopy.distance import geodesic

from tests.places_helpers import BOXES, PLACES_CSV, mentions_of


def test_places_csv_is_valid():
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 50
    keys = [(r["name"].lower(), r["iso3"], r["feature"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    for row in rows:
        countries = row["iso3"].split("|")
        assert all(c in BOXES for c in countries), row
        assert row["feature"] in {"town", "admin1", "admin2", "region", "country"}, row
        assert row["geo_precision"] in {"1", "2", "3"}, row
        assert row["source"].strip(), row
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert any(
            BOXES[c][0] <= lat <= BOXES[c][1] and BOXES[c][2] <= lon <= BOXES[c][3]
            for c in countries
        ), row
        if row["feature"] in ("town", "admin1", "admin2"):
            assert row["admin1"], row
    assert {r["iso3"] for r in rows if r["feature"] == "country"} == set(BOXES)


def test_supplement_rows_load_into_the_gazetteer(gazetteer):
    lere = mentions_of(["Rebels took Léré, Mali."], gazetteer, "Léré")[0]
    assert lere.place.source.startswith("Wikipedia") and lere.place.admin1 == "Tombouctou"


def test_map_context_geojson():
    geo = Path(__file__).resolve().parents[1] / "data" / "geo"
    countries = json.loads((geo / "countries.geojson").read_text(encoding="utf-8"))
    assert countries["type"] == "FeatureCollection"
    iso3 = {f["properties"]["iso3"] for f in countries["features"]}
    assert {"MLI", "BFA", "NER", "NGA", "DZA", "TCD"} <= iso3
    assert all(f["properties"]["name"] for f in countries["features"])
    area = json.loads((geo / "liptako_gourma.geojson").read_text(encoding="utf-8"))
    kinds = {f["properties"]["kind"]: f for f in area["features"]}
    assert kinds["area"]["properties"]["name"] == "Liptako-Gourma"
    assert kinds["area"]["geometry"]["type"] == "Polygon"
    lon, lat = kinds["tripoint"]["geometry"]["coordinates"]
    assert geodesic((lat, lon), (15.0, 0.25)).km < 60
    ring = kinds["area"]["geometry"]["coordinates"][0]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    assert min(lons) < -3 < 2 < max(lons) and min(lats) < 13 < 16 < max(lats)
