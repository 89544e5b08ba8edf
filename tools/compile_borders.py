"""Regenerate the map context GeoJSON from public-domain Natural Earth data.

Run ``python tools/compile_borders.py``. It fetches the geopandas 0.14.4 wheel with pip
into a temporary folder (regeneration time only: nothing is downloaded when the pipeline runs),
reads ``naturalearth_lowres`` (Natural Earth 1:110m admin-0 countries, public domain) with pyshp,
and writes:

- ``data/geo/countries.geojson``: Mali, Burkina Faso, Niger and their neighbours, properties
  ``iso3`` and ``name``, coordinates rounded to 3 decimals.
- ``data/geo/liptako_gourma.geojson``: an outline of the Liptako-Gourma area and the
  Mali-Burkina Faso-Niger tripoint. The tripoint is the border vertex closest to all three
  countries. The outline is the convex hull of the gazetteer coordinates of the towns listed in
  ``LIPTAKO_GOURMA_TOWNS`` (regional capitals and towns of the central Sahel regions usually
  counted in the area: Mopti, Tombouctou, Gao and Ménaka in Mali; Nord, Sahel, Centre-Nord and
  Est in Burkina Faso; Tillabéri and Niamey in Niger). It is an approximation for the map, not an
  official boundary.
"""

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the project's pipeline package, wherever this is run from
GEO_DIR = ROOT / "data" / "geo"
WHEEL_SPEC = "geopandas==0.14.4"
SHAPE_PREFIX = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
COUNTRIES = ("MLI", "BFA", "NER", "DZA", "MRT", "SEN", "GIN", "CIV", "GHA", "TGO", "BEN", "NGA")
COUNTRIES += ("TCD", "LBY")
TRIPOINT_COUNTRIES = ("MLI", "BFA", "NER")
LIPTAKO_GOURMA_TOWNS = (
    ("Djenné", "MLI"),
    ("Mopti", "MLI"),
    ("Léré", "MLI"),
    ("Timbuktu", "MLI"),
    ("Bourem", "MLI"),
    ("Gao", "MLI"),
    ("Ménaka", "MLI"),
    ("Anderamboukane", "MLI"),
    ("Ouahigouya", "BFA"),
    ("Kaya", "BFA"),
    ("Fada N'gourma", "BFA"),
    ("Diapaga", "BFA"),
    ("Dori", "BFA"),
    ("Djibo", "BFA"),
    ("Tillabéri", "NER"),
    ("Niamey", "NER"),
    ("Baléyara", "NER"),
    ("Abala", "NER"),
)


def fetch_wheel(folder: Path) -> Path:
    """Download the geopandas wheel (no dependencies) with pip and return its path."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL_SPEC, "-d", str(folder)],
        check=True,
    )
    return next(folder.glob("geopandas-*.whl"))


def read_countries(wheel: Path) -> dict[str, tuple[str, list[list[list[tuple[float, float]]]]]]:
    """Polygons (rings of (lon, lat)) and names by ISO3 from the Natural Earth shapefile."""
    import shapefile  # pyshp: needed at regeneration time only

    with zipfile.ZipFile(wheel) as archive:
        parts = {ext: io.BytesIO(archive.read(f"{SHAPE_PREFIX}.{ext}")) for ext in ("shp", "dbf")}
        encoding = archive.read(f"{SHAPE_PREFIX}.cpg").decode("ascii").strip()
    reader = shapefile.Reader(shp=parts["shp"], dbf=parts["dbf"], encoding=encoding)
    fields = [f[0] for f in reader.fields[1:]]
    result = {}
    for shape_record in reader.iterShapeRecords():
        record = dict(zip(fields, shape_record.record, strict=False))
        iso3 = record["iso_a3"]
        if iso3 not in COUNTRIES:
            continue
        shape = shape_record.shape
        bounds = list(shape.parts) + [len(shape.points)]
        rings = [
            [(round(x, 3), round(y, 3)) for x, y in shape.points[a:b]]
            for a, b in zip(bounds, bounds[1:], strict=False)
        ]
        # Natural Earth rings: outer rings are clockwise; each outer ring starts a new polygon.
        polygons: list[list[list[tuple[float, float]]]] = []
        for ring in rings:
            if _signed_area(ring) < 0 or not polygons:
                polygons.append([_dedupe(ring)])
            else:
                polygons[-1].append(_dedupe(ring))
        result[iso3] = (record["name"], polygons)
    return result


def _dedupe(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def _signed_area(ring: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False)) / 2


def _geojson_rings(polygon: list[list[tuple[float, float]]]) -> list[list[list[float]]]:
    # GeoJSON (RFC 7946) wants counter-clockwise outer rings and clockwise holes.
    out = []
    for i, ring in enumerate(polygon):
        ccw = _signed_area(ring) > 0
        if (i == 0) != ccw:
            ring = ring[::-1]
        out.append([[x, y] for x, y in ring])
    return out


def tripoint(countries: dict) -> tuple[float, float]:
    """The border vertex nearest to all three countries of the tripoint, as (lon, lat)."""
    vertex_sets = {
        iso3: [p for polygon in countries[iso3][1] for ring in polygon for p in ring]
        for iso3 in TRIPOINT_COUNTRIES
    }

    def spread(point: tuple[float, float]) -> float:
        return max(
            min((point[0] - x) ** 2 + (point[1] - y) ** 2 for x, y in vertex_sets[iso3])
            for iso3 in TRIPOINT_COUNTRIES
        )

    return min(vertex_sets[TRIPOINT_COUNTRIES[0]], key=spread)


def convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Counter-clockwise convex hull (Andrew's monotone chain), closed ring."""
    pts = sorted(set(points))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    return hull + [hull[0]]


def point_in_polygon(point: tuple[float, float], polygon: list[list[tuple[float, float]]]) -> bool:
    """Even-odd rule over all rings of one polygon."""
    x, y = point
    inside = False
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def liptako_gourma_outline() -> list[tuple[float, float]]:
    """Convex hull of the gazetteer coordinates of LIPTAKO_GOURMA_TOWNS, as (lon, lat)."""
    from pipeline.places import Gazetteer
    from pipeline.places.gazetteer import tokenize

    gazetteer = Gazetteer.load()
    points = []
    for name, iso3 in LIPTAKO_GOURMA_TOWNS:
        key = tuple(t for t, _, _ in tokenize(name))
        matches = [
            gazetteer.entries[i].place
            for alias in gazetteer.by_first.get(key[0], [])
            if alias.tokens == key
            for i, _ in alias.entries
            if gazetteer.entries[i].place.iso3 == iso3
            and gazetteer.entries[i].place.feature == "town"
        ]
        if not matches:
            raise SystemExit(f"{name} ({iso3}) is not in the gazetteer")
        points.append((round(matches[0].longitude, 3), round(matches[0].latitude, 3)))
    return convex_hull(points)


def write_geojson(countries: dict, out_dir: Path) -> tuple[Path, Path]:
    """Write countries.geojson and liptako_gourma.geojson into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    features = [
        {
            "type": "Feature",
            "properties": {"iso3": iso3, "name": name},
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [_geojson_rings(polygon) for polygon in polygons],
            },
        }
        for iso3, (name, polygons) in sorted(countries.items())
    ]
    lon, lat = tripoint(countries)
    hull = liptako_gourma_outline()
    area = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "name": "Liptako-Gourma",
                    "kind": "area",
                    "method": "convex hull of central Sahel regional towns (approximation)",
                },
                "geometry": {"type": "Polygon", "coordinates": [[[x, y] for x, y in hull]]},
            },
            {
                "type": "Feature",
                "properties": {"name": "Mali-Burkina Faso-Niger tripoint", "kind": "tripoint"},
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            },
        ],
    }
    countries_path = out_dir / "countries.geojson"
    area_path = out_dir / "liptako_gourma.geojson"
    collection = {"type": "FeatureCollection", "features": features}
    countries_path.write_text(json.dumps(collection, separators=(",", ":")) + "\n", "utf-8")
    area_path.write_text(
        json.dumps(area, separators=(",", ":"), ensure_ascii=False) + "\n", "utf-8"
    )
    return countries_path, area_path


def main(argv: list[str] | None = None) -> None:
    """CLI entry point: fetch Natural Earth via the geopandas wheel and write the GeoJSON files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="an already downloaded geopandas wheel")
    parser.add_argument("--out", type=Path, default=GEO_DIR)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        countries = read_countries(wheel)
    missing = sorted(set(COUNTRIES) - set(countries))
    if missing:
        raise SystemExit(f"missing from Natural Earth: {missing}")
    for path in write_geojson(countries, args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
