"""pydeck map: country borders and the Liptako-Gourma outline as layers, events as dots or rings."""

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pydeck as pdk

from components.style import place_labels, resolved_dates, type_rgb

AGGREGATE_ABOVE = 5000  # more events than this: the map shows counts per grid cell
CELL_DEGREES = 0.5
ZOOM = 4.2
CENTRE = (14.6, 0.3)  # Liptako-Gourma, used when its outline is not available
# Streamlit HTML-escapes each {field} value; data never goes into the template itself.
TOOLTIP = {
    "html": "<b>{title}</b><br/>{when}<br/>{where}",
    "style": {"backgroundColor": "#222222", "color": "#ffffff", "fontSize": "13px"},
}
EVENT_FIELDS = ["event_id", "title", "when", "where", "lon", "lat", "radius", "colour"]
RING_ALPHA = 35  # a faint fill keeps a ring pickable inside without reading as a dot


@dataclass(frozen=True)
class GeoLayers:
    """GeoJSON drawn under the events; either may be empty when its file is missing."""

    countries: dict
    area: dict


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


def load_geo(geo_dir: Path) -> GeoLayers:
    """Read countries.geojson and liptako_gourma.geojson; a missing file gives an empty layer."""
    return GeoLayers(
        countries=_read_geojson(Path(geo_dir) / "countries.geojson"),
        area=_read_geojson(Path(geo_dir) / "liptako_gourma.geojson"),
    )


def _coords(geometry: dict) -> np.ndarray:
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
            pts = _coords(feature.get("geometry"))
            if len(pts):
                lo, hi = pts.min(axis=0), pts.max(axis=0)
                return float((lo[1] + hi[1]) / 2), float((lo[0] + hi[0]) / 2)
    return CENTRE


def _country_labels(geo: GeoLayers) -> pd.DataFrame:
    rows = []
    for feature in geo.countries.get("features", []):
        pts = _coords(feature.get("geometry"))
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
    labels = _country_labels(geo)
    if len(labels):
        layers.append(
            pdk.Layer(
                "TextLayer",
                data=labels,
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


def _placed(events: pd.DataFrame) -> pd.DataFrame:
    return events[events["latitude"].notna() & events["longitude"].notna()]


def map_caption(events: pd.DataFrame) -> str:
    """The line under the map: how many events it shows and how many of them are rings."""
    placed = _placed(events)
    rings = int((placed["geo_precision"] > 1).sum())
    return (
        f"{len(placed)} events on the map; {rings} of them are rings: placed only "
        "at a region or country, not at a town. Dot size: number of sources."
    )


def event_points(events: pd.DataFrame) -> pd.DataFrame:
    """The few fields the browser needs per event (position, look, tooltip text)."""
    placed = _placed(events)
    return pd.DataFrame(
        {
            "event_id": placed["event_id"],
            "title": placed["title"],
            "when": placed["date_text"].where(placed["date_text"] != "", "date")
            + ": "
            + resolved_dates(placed),
            "where": place_labels(placed),
            "lon": placed["longitude"].round(5),
            "lat": placed["latitude"].round(5),
            "radius": (5 + 3 * np.sqrt(placed["source_count"].clip(lower=1))).round(1),
            "colour": placed["event_type"].map(type_rgb),
            "precise": placed["geo_precision"] == 1,
        }
    )


def _grid_cells(events: pd.DataFrame) -> pd.DataFrame:
    placed = _placed(events)
    cell_lat = (placed["latitude"] / CELL_DEGREES).round() * CELL_DEGREES
    cell_lon = (placed["longitude"] / CELL_DEGREES).round() * CELL_DEGREES
    cells = (
        placed.assign(_clat=cell_lat, _clon=cell_lon)
        .groupby(["_clat", "_clon"])
        .agg(n=("event_id", "size"), first=("_start", "min"), last=("_end", "max"))
        .reset_index()
    )
    return pd.DataFrame(
        {
            "title": cells["n"].map(lambda n: f"{n:,} events"),
            "when": cells["first"].dt.strftime("%Y-%m-%d")
            + " to "
            + cells["last"].dt.strftime("%Y-%m-%d"),
            "where": "within "
            + str(CELL_DEGREES / 2)
            + "° of "
            + cells["_clat"].round(2).astype(str)
            + ", "
            + cells["_clon"].round(2).astype(str),
            "lon": cells["_clon"],
            "lat": cells["_clat"],
            "radius": (4 + 26 * np.sqrt(cells["n"] / max(1, cells["n"].max()))).round(1),
        }
    )


def build_deck(
    events: pd.DataFrame,
    geo: GeoLayers,
    selected: str | None = None,
    basemap: bool = False,
    aggregate_above: int = AGGREGATE_ABOVE,
) -> pdk.Deck:
    """The map; rings mark events placed only at region or country level (geo_precision 2-3)."""
    lat, lon = area_centre(geo)
    layers = base_layers(geo)
    if len(events) > aggregate_above:
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                data=_grid_cells(events),
                id="event-cells",
                get_position=["lon", "lat"],
                get_radius="radius",
                radius_units="'pixels'",
                get_fill_color=[0, 114, 178, 150],
                get_line_color=[0, 60, 100, 255],
                stroked=True,
                line_width_min_pixels=1,
                pickable=True,
            )
        )
    else:
        points = event_points(events)
        common = dict(
            get_position=["lon", "lat"],
            get_radius="radius",
            radius_units="'pixels'",
            pickable=True,
            auto_highlight=True,
        )
        rings = points.loc[~points["precise"], EVENT_FIELDS]
        rings = rings.assign(ring_fill=rings["colour"].map(lambda rgb: [*rgb, RING_ALPHA]))
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                data=rings,
                id="events-area",
                stroked=True,
                filled=True,
                get_fill_color="ring_fill",
                get_line_color="colour",
                line_width_units="'pixels'",
                get_line_width=3,
                **common,
            )
        )
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                data=points.loc[points["precise"], EVENT_FIELDS],
                id="events",
                stroked=True,
                filled=True,
                get_fill_color="colour",
                get_line_color=[255, 255, 255],
                line_width_min_pixels=1,
                **common,
            )
        )
        hit = points[points["event_id"] == selected] if selected else points.iloc[0:0]
        if len(hit):
            layers.append(
                pdk.Layer(
                    "ScatterplotLayer",
                    data=hit[["lon", "lat", "radius"]].assign(radius=hit["radius"] + 8),
                    id="selected",
                    get_position=["lon", "lat"],
                    get_radius="radius",
                    radius_units="'pixels'",
                    stroked=True,
                    filled=False,
                    get_line_color=[0, 0, 0],
                    line_width_min_pixels=3,
                    pickable=False,
                )
            )
    view = pdk.ViewState(latitude=lat, longitude=lon, zoom=ZOOM)
    if basemap:
        return pdk.Deck(
            layers=layers,
            initial_view_state=view,
            tooltip=TOOLTIP,
            map_provider="carto",
            map_style="light",
        )
    # map_style left unset with no provider: Streamlit draws no basemap and fetches nothing
    return pdk.Deck(layers=layers, initial_view_state=view, tooltip=TOOLTIP, map_provider=None)


def selected_on_map(state: object) -> str | None:
    """The event id of the clicked object in a pydeck selection state, if any."""
    if not state:
        return None
    try:
        objects = state["selection"]["objects"]
    except (KeyError, TypeError):
        return None
    for layer_id in ("events", "events-area"):
        for obj in objects.get(layer_id, []) or []:
            if isinstance(obj, dict) and obj.get("event_id"):
                return str(obj["event_id"])
    return None
