"""What the map draws under the events: borders, the Liptako-Gourma outline, place labels and
a scale bar, all as layers so that the map reads without basemap tiles (offline)."""

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pydeck as pdk

from components.deckdata import records
from components.mapfan import project
from pipeline.places.gazetteer import Gazetteer

CENTRE = (14.6, 0.3)  # Liptako-Gourma, used when its outline is not available
SAHEL = ("MLI", "BFA", "NER")
CAPITAL_SOURCE = re.compile(r"regional capital, ([^,;]+)$")
CAPITAL_COLUMNS = ["name", "lon", "lat"]
AREA_LABEL = "Liptako-Gourma (approximate outline)"
AREA_OFFSET_PX = 14
SCALE_STEPS_KM = (25, 50, 100, 200, 250, 500, 1000)
KM_PER_DEGREE = 111.32
TEXT_STYLE = dict(
    character_set="'auto'",
    font_family="'Helvetica, Arial, sans-serif'",
    background=True,  # a light box keeps a name legible over borders and other marks
    get_background_color=[255, 255, 255, 190],
    background_padding=[2, 1],
    pickable=False,
)


@dataclass(frozen=True)
class GeoLayers:
    """GeoJSON drawn under the events; either may be empty when its file is missing."""

    countries: dict
    area: dict
    capitals: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CAPITAL_COLUMNS))


def _read_geojson(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError):
        return {"type": "FeatureCollection", "features": []}
    if data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if data.get("type") != "FeatureCollection":
        return {"type": "FeatureCollection", "features": []}
    return data


def load_geo(geo_dir: Path, capitals: pd.DataFrame | None = None) -> GeoLayers:
    """Read countries.geojson and liptako_gourma.geojson; a missing file gives an empty layer."""
    return GeoLayers(
        countries=_read_geojson(Path(geo_dir) / "countries.geojson"),
        area=_read_geojson(Path(geo_dir) / "liptako_gourma.geojson"),
        capitals=capitals if capitals is not None else pd.DataFrame(columns=CAPITAL_COLUMNS),
    )


def regional_capitals(gazetteer: Gazetteer, countries: tuple[str, ...] = SAHEL) -> pd.DataFrame:
    """Name and position of each regional capital the place supplement records (admin1 rows
    placed at their capital, e.g. "GeoNames coordinates of the regional capital, Dori")."""
    rows = []
    for entry in gazetteer.entries:
        place = entry.place
        found = CAPITAL_SOURCE.search(place.source or "")
        if place.feature == "admin1" and place.iso3 in countries and found:
            rows.append(
                {"name": found.group(1).strip(), "lon": place.longitude, "lat": place.latitude}
            )
    return pd.DataFrame(rows, columns=CAPITAL_COLUMNS)


def coords(geometry: dict) -> np.ndarray:
    """The (lon, lat) pairs of a GeoJSON geometry, as an n x 2 array."""
    flat: list[float] = []

    def walk(node: object) -> None:
        if isinstance(node, list | tuple) and node and isinstance(node[0], int | float):
            flat.extend(node[:2])
        elif isinstance(node, list | tuple):
            for child in node:
                walk(child)

    walk((geometry or {}).get("coordinates", []))
    return np.array(flat, dtype=float).reshape(-1, 2) if flat else np.zeros((0, 2))


def area_centre(geo: GeoLayers) -> tuple[float, float]:
    """(lat, lon) of the middle of the Liptako-Gourma polygon's bounding box."""
    for feature in geo.area.get("features", []):
        if (feature.get("properties") or {}).get("kind") == "area":
            pts = coords(feature.get("geometry"))
            if len(pts):
                lo, hi = pts.min(axis=0), pts.max(axis=0)
                return float((lo[1] + hi[1]) / 2), float((lo[0] + hi[0]) / 2)
    return CENTRE


def _country_labels(geo: GeoLayers) -> pd.DataFrame:
    rows = []
    for feature in geo.countries.get("features", []):
        pts = coords(feature.get("geometry"))
        name = (feature.get("properties") or {}).get("name")
        if len(pts) and name:
            lo, hi = pts.min(axis=0), pts.max(axis=0)
            rows.append({"name": str(name), "lon": (lo[0] + hi[0]) / 2, "lat": (lo[1] + hi[1]) / 2})
    return pd.DataFrame(rows, columns=["name", "lon", "lat"])


def base_layers(geo: GeoLayers) -> list[pdk.Layer]:
    """Borders, the Liptako-Gourma outline and the tripoint, readable without basemap tiles."""
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            data=geo.countries,
            id="countries",
            stroked=True,
            filled=True,
            get_fill_color=[243, 240, 232, 255],
            get_line_color=[110, 110, 110, 255],
            line_width_min_pixels=1,
            pickable=False,
        ),
        pdk.Layer(
            "GeoJsonLayer",
            data=geo.area,
            id="liptako-gourma",
            stroked=True,
            filled=True,
            get_fill_color=[120, 90, 160, 28],
            get_line_color=[90, 60, 140, 255],
            line_width_min_pixels=2.5,
            get_point_radius=6,
            point_radius_units="'pixels'",
            pickable=False,
        ),
    ]
    layers.append(_area_label(geo))
    labels = _country_labels(geo)
    if len(labels):
        layers.append(
            pdk.Layer(
                "TextLayer",
                data=records(labels),
                id="country-names",
                get_position=["lon", "lat"],
                get_text="name",
                get_size=13,
                get_color=[90, 90, 90, 200],
                character_set="'auto'",
                font_family="'Helvetica, Arial, sans-serif'",
                pickable=False,
            )
        )
    return layers


def area_label_spot(points: np.ndarray) -> dict:
    """Where the outline's name goes: under its southern edge, centred."""
    return {"text": AREA_LABEL, "lon": float(points[:, 0].mean()), "lat": float(points[:, 1].min())}


def _area_label(geo: GeoLayers) -> pdk.Layer:
    """The outline's name, saying it is approximate."""
    rows = []
    for feature in geo.area.get("features", []):
        if (feature.get("properties") or {}).get("kind") == "area":
            pts = coords(feature.get("geometry"))
            if len(pts):
                rows.append(area_label_spot(pts))
    return pdk.Layer(
        "TextLayer",
        data=records(pd.DataFrame(rows, columns=["text", "lon", "lat"])),
        id="area-label",
        get_position=["lon", "lat"],
        get_text="text",
        get_size=12,
        get_color=[90, 60, 140, 255],
        get_pixel_offset=[0, AREA_OFFSET_PX],
        **TEXT_STYLE,
    )


def _boxes(labels: pd.DataFrame, zoom: float, char_px: float, offset: float) -> np.ndarray:
    """Pixel boxes (x0, y0, x1, y1) of text labels centred on their point, shifted down."""
    x, y = project(labels["lon"], labels["lat"])
    x, y = x * 2**zoom, y * 2**zoom + offset
    half = labels["name"].str.len().to_numpy(dtype=float) * char_px / 2 + 2
    return np.column_stack([x - half, y - 8, x + half, y + 8])


def uncluttered(capitals: pd.DataFrame, taken: np.ndarray, zoom: float) -> pd.DataFrame:
    """The capitals whose label overlaps neither a label already drawn nor another capital's."""
    boxes = _boxes(capitals, zoom, 6.0, 10)
    kept = []
    for index, box in enumerate(boxes):
        clash = (
            (taken[:, 0] < box[2])
            & (box[0] < taken[:, 2])
            & (taken[:, 1] < box[3])
            & (box[1] < taken[:, 3])
        )
        if not clash.any():
            kept.append(index)
            taken = np.vstack([taken, box])
    return capitals.iloc[kept]


def label_layers(events: pd.DataFrame, geo: GeoLayers, zoom: float) -> list[pdk.Layer]:
    """Names of the places that have events (at the place, not the fanned dot) and of the
    regional capitals that have room at this zoom, with a small square for each capital."""
    placed = (events["geo_precision"] == 1) & events["latitude"].notna()
    # the three columns before the rows: copying every column of 100,000 rows costs more
    places = events.loc[placed, ["location", "longitude", "latitude"]].drop_duplicates("location")
    places = places.rename(columns={"location": "name", "longitude": "lon", "latitude": "lat"})
    area = [
        area_label_spot(coords(f.get("geometry")))
        for f in geo.area.get("features", [])
        if (f.get("properties") or {}).get("kind") == "area" and len(coords(f.get("geometry")))
    ]
    area_frame = pd.DataFrame(area, columns=["text", "lon", "lat"]).rename(columns={"text": "name"})
    taken = np.vstack(
        [
            _boxes(places, zoom, 7.0, -16),
            _boxes(area_frame, zoom, 6.5, AREA_OFFSET_PX),
            np.zeros((0, 4)),
        ]
    )
    capitals = geo.capitals[~geo.capitals["name"].isin(set(places["name"]))]
    capitals = uncluttered(capitals, taken, zoom)
    return [
        pdk.Layer(
            "ScatterplotLayer",
            data=records(capitals),
            id="capital-marks",
            get_position=["lon", "lat"],
            get_radius=2.5,
            radius_units="'pixels'",
            get_fill_color=[70, 70, 70, 220],
            pickable=False,
        ),
        pdk.Layer(
            "TextLayer",
            data=records(capitals),
            id="capital-names",
            get_position=["lon", "lat"],
            get_text="name",
            get_size=11,
            get_color=[80, 80, 80, 255],
            get_pixel_offset=[0, 10],
            **TEXT_STYLE,
        ),
        pdk.Layer(
            "TextLayer",
            data=records(places),
            id="place-names",
            get_position=["lon", "lat"],
            get_text="name",
            get_size=13,
            get_color=[20, 20, 20, 255],
            get_pixel_offset=[0, -16],
            **TEXT_STYLE,
        ),
    ]


def scale_bar(view: pdk.ViewState, width: int, height: int) -> list[pdk.Layer]:
    """A bar of a round number of km near the bottom-left corner of the first view; it is
    drawn in map units, so it stays true when the user zooms."""
    zoom = float(view.zoom)
    px_per_degree = 512 * 2**zoom / 360
    lat = float(view.latitude)
    km_per_px = KM_PER_DEGREE * math.cos(math.radians(lat)) / px_per_degree
    target = width * 0.28 * km_per_px
    km = max([s for s in SCALE_STEPS_KM if s <= target] or [SCALE_STEPS_KM[0]])
    left = float(view.longitude) - (width / 2 - 16) / px_per_degree
    # latitude of a point `height / 2 - 28` px below the centre, in Web Mercator
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) - (height / 2 - 28) / (
        px_per_degree * 180 / math.pi
    )
    bottom = math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)
    dlon = km / (KM_PER_DEGREE * math.cos(math.radians(bottom)))
    bar = pd.DataFrame({"path": [[[left, bottom], [left + dlon, bottom]]]})
    label = pd.DataFrame({"text": [f"{km} km"], "lon": [left + dlon / 2], "lat": [bottom]})
    return [
        pdk.Layer(
            "PathLayer",
            data=records(bar),
            id="scale-bar",
            get_path="path",
            get_color=[30, 30, 30, 255],
            get_width=4,
            width_units="'pixels'",
            pickable=False,
        ),
        pdk.Layer(
            "TextLayer",
            data=records(label),
            id="scale-label",
            get_position=["lon", "lat"],
            get_text="text",
            get_size=12,
            get_color=[30, 30, 30, 255],
            get_pixel_offset=[0, -12],
            **TEXT_STYLE,
        ),
    ]
