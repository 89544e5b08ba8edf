"""pydeck map: country borders and the Liptako-Gourma outline as layers, events as dots or rings."""

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pydeck as pdk

from components.style import place_labels, resolved_dates, type_rgb

AGGREGATE_ABOVE = 5000  # more events than this: the map shows counts per grid cell
CELL_DEGREES = 0.5
ZOOM = 4.2  # used only when there is neither an event nor an outline to fit the view to
CENTRE = (14.6, 0.3)  # Liptako-Gourma, used when its outline is not available
MAP_HEIGHT = 520
# the first view must fit the narrowest map the page lays out: its 3/5 column at 1280 px
FIT_WIDTH = 460
ZOOM_LIMITS = (2.0, 7.0)
TILE_PX = 512  # deck.gl's Web Mercator world is 512 px wide at zoom 0
FAN_STEP_PX = 15  # events sharing a point spread out on a sunflower spiral this far apart
FAN_MAX_PX = 95  # the spiral of a crowded point never reaches further than this
FAN_CHECKED = 40  # up to this many events at a point, their places avoid other markers
FAN_NEIGHBOURS = 200  # ... unless more markers than this are already drawn around the point
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
# Streamlit HTML-escapes each {field} value; data never goes into the template itself.
TOOLTIP = {
    "html": "<b>{title}</b><br/>{when}<br/>{where}",
    "style": {"backgroundColor": "#222222", "color": "#ffffff", "fontSize": "13px"},
}
EVENT_FIELDS = ["event_id", "title", "when", "where", "lon", "lat", "radius", "colour"]
MIN_MARGIN_PX = 16
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


def _project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixels at zoom 0, as deck.gl draws them."""
    x = TILE_PX * (np.asarray(lon, dtype=float) + 180) / 360
    phi = np.radians(np.clip(np.asarray(lat, dtype=float), -85, 85))
    y = TILE_PX * (math.pi - np.log(np.tan(math.pi / 4 + phi / 2))) / (2 * math.pi)
    return x, y


def _unproject(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lon, lat) of Web Mercator pixels at zoom 0."""
    lon = np.asarray(x, dtype=float) * 360 / TILE_PX - 180
    lat = np.degrees(2 * np.arctan(np.exp(math.pi - 2 * math.pi * np.asarray(y) / TILE_PX)))
    return lon, lat - 90


def _spots(points: pd.DataFrame) -> np.ndarray:
    """One code per distinct point (to 5 decimals), in order of first appearance."""
    spot = points["lat"].round(5).astype(str) + "," + points["lon"].round(5).astype(str)
    return pd.factorize(spot)[0]


def _spiral(index: int, step: float) -> tuple[float, float]:
    radius = step * math.sqrt(index + 0.5)
    return radius * math.cos(index * GOLDEN_ANGLE), radius * math.sin(index * GOLDEN_ANGLE)


def spread_out(points: pd.DataFrame, zoom: float) -> pd.DataFrame:
    """Pixel offsets (dx, dy) at this zoom that fan out events sharing a point.

    Many events are placed at the same country or region centroid; drawn on top of each other
    only the top one could be hovered or clicked. They take places on a sunflower spiral around
    the point, skipping places where their marker would touch another marker. Events alone at
    their point stay where they are.
    """
    scale = 2**zoom
    x, y = (v * scale for v in _project(points["lon"], points["lat"]))
    radius = points["radius"].to_numpy(dtype=float) + 2  # rings have a 3 px edge
    codes = _spots(points)
    counts = np.bincount(codes, minlength=1)
    dx = np.zeros(len(points))
    dy = np.zeros(len(points))
    settled = counts[codes] == 1  # markers already in place: alone at their point, or fanned
    for code in np.flatnonzero(counts > 1):
        members = np.flatnonzero(codes == code)
        size = len(members)
        step = min(FAN_STEP_PX, FAN_MAX_PX / math.sqrt(size))
        ranks = np.arange(size)
        cx, cy = x[members[0]], y[members[0]]
        if size > FAN_CHECKED:  # no room to keep them apart anyway: the plain spiral
            spread = step * np.sqrt(ranks + 0.5)
            dx[members] = spread * np.cos(ranks * GOLDEN_ANGLE)
            dy[members] = spread * np.sin(ranks * GOLDEN_ANGLE)
        else:
            _fan_one_point(members, (cx, cy), step, (x + dx, y + dy, radius, settled), (dx, dy))
        settled[members] = True
    return pd.DataFrame({"dx": dx, "dy": dy}, index=points.index)


def _fan_one_point(members, centre, step, placed, out) -> None:
    """Spiral places for one point's events that touch no marker already placed nearby."""
    cx, cy = centre
    px, py, pr, settled = placed
    dx, dy = out
    reach = step * math.sqrt(2 * len(members) + 21) + 2 * float(pr.max())
    near = settled & (np.hypot(px - cx, py - cy) < reach)
    if near.sum() > FAN_NEIGHBOURS:  # a crowded area: no room to keep apart, and slow to try
        near[:] = False
    others = np.concatenate([px[near] - cx, np.zeros(len(members))])
    others_y = np.concatenate([py[near] - cy, np.zeros(len(members))])
    others_r = np.concatenate([pr[near], np.zeros(len(members))])
    used = int(near.sum())
    candidate = 0
    for rank, member in enumerate(members):
        while True:
            ox, oy = _spiral(candidate, step)
            candidate += 1
            gaps = np.hypot(others[:used] - ox, others_y[:used] - oy) - others_r[:used]
            if not used or gaps.min() >= pr[member]:
                break
            if candidate > 2 * len(members) + 20:  # no free place left: plain spiral order
                ox, oy = _spiral(rank, step)
                break
        dx[member], dy[member] = ox, oy
        others[used], others_y[used], others_r[used] = ox, oy, pr[member]
        used += 1


def event_points(events: pd.DataFrame) -> pd.DataFrame:
    """The few fields the browser needs per event (position, look, tooltip text)."""
    placed = _placed(events)
    points = pd.DataFrame(
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
    codes = _spots(points)
    points["shared"] = np.bincount(codes)[codes] if len(codes) else 0
    points["where"] = points["where"].where(
        points["shared"] < 2,
        points["where"] + "; one of " + points["shared"].astype(str) + " events here",
    )
    return points


def _area_points(geo: GeoLayers) -> np.ndarray:
    outlines = [
        _coords(feature.get("geometry"))
        for feature in geo.area.get("features", [])
        if (feature.get("properties") or {}).get("kind") == "area"
    ]
    return np.vstack(outlines) if outlines else np.zeros((0, 2))


def fit_view(
    points: pd.DataFrame, geo: GeoLayers, width: int = FIT_WIDTH, height: int = MAP_HEIGHT
) -> pdk.ViewState:
    """The view that shows every point (fanned out, with its marker) and the area outline."""
    area = _area_points(geo)
    lon = np.concatenate([points["lon"].to_numpy(dtype=float), area[:, 0]])
    lat = np.concatenate([points["lat"].to_numpy(dtype=float), area[:, 1]])
    if not len(lon):
        lat0, lon0 = area_centre(geo)
        return pdk.ViewState(latitude=lat0, longitude=lon0, zoom=ZOOM)
    x, y = _project(lon, lat)
    if "dx" in points:
        spread = np.hypot(points["dx"], points["dy"])
    else:  # before the layout: how far a spiral of this many events reaches
        spread = FAN_STEP_PX * np.sqrt(points.get("shared", 1)) * (points.get("shared", 1) > 1)
    reach = spread + points["radius"] + 4
    margin = max(MIN_MARGIN_PX, float(reach.max()) if len(points) else 0.0)
    span_x = max(float(x.max() - x.min()), 1e-9)
    span_y = max(float(y.max() - y.min()), 1e-9)
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    zoom = float(np.clip(math.log2(max(scale, 1e-9)), *ZOOM_LIMITS))
    centre_lon, centre_lat = _unproject((x.min() + x.max()) / 2, (y.min() + y.max()) / 2)
    return pdk.ViewState(
        latitude=round(float(centre_lat), 5),
        longitude=round(float(centre_lon), 5),
        zoom=round(zoom, 3),
    )


def _fanned(points: pd.DataFrame, zoom: float) -> pd.DataFrame:
    """Points moved by their pixel offsets at this zoom (the true spot kept in at_lon/at_lat)."""
    x, y = _project(points["lon"], points["lat"])
    scale = 2**zoom
    lon, lat = _unproject(x + points["dx"] / scale, y + points["dy"] / scale)
    return points.assign(
        at_lon=points["lon"], at_lat=points["lat"], lon=np.round(lon, 5), lat=np.round(lat, 5)
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


def _fan_layers(fanned: pd.DataFrame) -> list[pdk.Layer]:
    """Thin lines from each fanned-out event back to the point it is placed at, and that point."""
    if fanned.empty:
        return []
    spots = fanned.drop_duplicates(["at_lon", "at_lat"])
    return [
        pdk.Layer(
            "LineLayer",
            data=fanned[["at_lon", "at_lat", "lon", "lat"]],
            id="fan-lines",
            get_source_position=["at_lon", "at_lat"],
            get_target_position=["lon", "lat"],
            get_color=[60, 60, 60, 160],
            get_width=1,
            pickable=False,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            data=spots[["at_lon", "at_lat"]],
            id="fan-spots",
            get_position=["at_lon", "at_lat"],
            get_radius=3,
            radius_units="'pixels'",
            get_fill_color=[40, 40, 40, 220],
            pickable=False,
        ),
    ]


def build_deck(
    events: pd.DataFrame,
    geo: GeoLayers,
    selected: str | None = None,
    basemap: bool = False,
    aggregate_above: int = AGGREGATE_ABOVE,
) -> pdk.Deck:
    """The map; rings mark events placed only at region or country level (geo_precision 2-3).

    The first view fits the events and the Liptako-Gourma outline; events sharing a point are
    fanned out around it, with a thin line back to the point, so each can be hovered and clicked.
    """
    layers = base_layers(geo)
    if len(events) > aggregate_above:
        cells = _grid_cells(events)
        view = fit_view(cells, geo)
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                data=cells,
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
        view = fit_view(points, geo)
        spread = points.join(spread_out(points, view.zoom))
        refit = fit_view(spread, geo)
        if refit.zoom < view.zoom:  # the layout reached further than guessed: fit it again
            view = refit
            spread = points.join(spread_out(points, view.zoom))
        points = _fanned(spread, view.zoom)
        layers += _fan_layers(points[points["shared"] > 1])
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
