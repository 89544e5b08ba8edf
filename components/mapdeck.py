"""pydeck map of the events: dots (the place itself) or rings (a region or country), sized by
fatalities, fanned out where they share a point, over the layers of components/mapbase.py."""

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import pydeck as pdk

from components.deckdata import CompactDeck, JsonRows, records
from components.mapbase import (
    GeoLayers,
    area_centre,
    base_layers,
    coords,
    label_layers,
    scale_bar,
)
from components.mapfan import (
    FAN_STEP_PX,
    fan_layers,
    fanned_points,
    project,
    spots,
    spread_out,
    unproject,
)
from components.maptips import TEXT_FIELDS, TOOLTIP, tooltip_texts
from components.style import type_rgb

AGGREGATE_ABOVE = 5000  # more events than this: the map shows counts per grid cell
CELL_DEGREES = 0.5
ZOOM = 4.2  # used only when there is neither an event nor an outline to fit the view to
MAP_HEIGHT = 520
# The server cannot measure the browser: the first view fits the map's width on a 1280 px
# screen (its 3/5 column), or on a 390 px phone less the page's margins (see page.map_width).
FIT_WIDTH = 480
PHONE_WIDTH = 340
ZOOM_LIMITS = (2.0, 7.0)
EVENT_FIELDS = [
    "event_id",
    "title",
    "when",
    "where",
    "killed",
    "source_names",
    "lon",
    "lat",
    "radius",
    "r",
    "g",
    "b",
]
# each event's colour as three numbers, put together in the browser: lists in the rows took
# 40% of encoding them (pandas encodes numbers in C, a list of each row through Python)
COLOUR = ["r", "g", "b"]
BASE_RADIUS = 5.0  # px: an event whose text gives no fatality figure
MAX_RADIUS = 30.0
MIN_MARGIN_PX = 16
RING_ALPHA = 35  # a faint fill keeps a ring pickable inside without reading as a dot


def _placed(events: pd.DataFrame) -> pd.DataFrame:
    return events[events["latitude"].notna() & events["longitude"].notna()]


def map_caption(events: pd.DataFrame) -> str:
    """The line under the map: how many events it shows and how many of them are rings."""
    # masks, not a copy of the rows: copying up to the whole table costs more than counting
    placed = events["latitude"].notna() & events["longitude"].notna()
    rings = int((placed & (events["geo_precision"] > 1)).sum())
    return (
        f"{int(placed.sum())} events on the map; {rings} of them are rings: placed only "
        "at a region or country, not at a town."
    )


def fatality_radius(fatalities: pd.Series) -> pd.Series:
    """Marker radius in px: area grows with the figure; no figure or 0 gives the smallest."""
    grown = BASE_RADIUS + 2.2 * np.sqrt(fatalities.fillna(0).clip(lower=0))
    return grown.clip(upper=MAX_RADIUS).round(1)


def _colours(event_types: pd.Series) -> dict[str, np.ndarray]:
    """Red, green and blue of each event's type."""
    codes, types = pd.factorize(event_types)
    # a missing type (code -1, the last row) takes the colour of types not in the palette
    palette = np.array([type_rgb(t) for t in [*types, ""]], dtype=np.int64)
    return dict(zip(COLOUR, palette[codes].T, strict=True))


def event_points(
    events: pd.DataFrame,
    titles: Mapping[str, str] | None = None,
    texts: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The few fields the browser needs per event (position, look, tooltip text).

    `texts` is `tooltip_texts` of a table holding these events (by index), made once for
    the table; without it they are made here.
    """
    placed = _placed(events)
    fatalities = placed.get("_fatalities", pd.Series(np.nan, index=placed.index))
    tips = tooltip_texts(placed, titles) if texts is None else texts.loc[placed.index]
    points = pd.DataFrame(
        {
            "event_id": placed["event_id"],
            "title": placed["title"],
            **{name: tips[name] for name in TEXT_FIELDS},
            "lon": placed["longitude"].round(5),
            "lat": placed["latitude"].round(5),
            "radius": fatality_radius(fatalities),
            **_colours(placed["event_type"]),
            "precise": placed["geo_precision"] == 1,
        }
    )
    codes = spots(points)
    points["shared"] = np.bincount(codes)[codes] if len(codes) else 0
    points["where"] = points["where"].where(
        points["shared"] < 2,
        points["where"] + "; one of " + points["shared"].astype(str) + " events here",
    )
    return points


def map_shows_each(events: pd.DataFrame, aggregate_above: int = AGGREGATE_ABOVE) -> bool:
    """True when the map draws each event (so a selected one is marked), not grid counts."""
    return len(events) <= aggregate_above


def _area_points(geo: GeoLayers) -> np.ndarray:
    outlines = [
        coords(feature.get("geometry"))
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
    x, y = project(lon, lat)
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
    centre_lon, centre_lat = unproject((x.min() + x.max()) / 2, (y.min() + y.max()) / 2)
    return pdk.ViewState(
        latitude=round(float(centre_lat), 5),
        longitude=round(float(centre_lon), 5),
        zoom=round(zoom, 3),
    )


def _cell_span(codes: np.ndarray, size: int, days: pd.Series, first: bool) -> np.ndarray:
    """The earliest (or latest) day of each cell, NaT for a cell whose events have none."""
    values = days.to_numpy(dtype="datetime64[us]").view(np.int64)
    missing = np.iinfo(np.int64).min  # NaT
    fill = np.iinfo(np.int64).max if first else missing + 1
    values = np.where(values == missing, fill, values)
    out = np.full(size, fill, dtype=np.int64)
    (np.minimum if first else np.maximum).at(out, codes, values)
    return np.where(out == fill, missing, out).view("datetime64[us]")


def _grid_cells(events: pd.DataFrame) -> pd.DataFrame:
    placed = (events["latitude"].notna() & events["longitude"].notna()).to_numpy()
    lat = events["latitude"].to_numpy(dtype=float)[placed]
    lon = events["longitude"].to_numpy(dtype=float)[placed]
    # one integer per cell, then counts and first and last days per cell code, in numpy:
    # a groupby on the float pairs, then on the codes, took most of the map's build
    # a dense grid over the globe (the table's coordinates are validated): counting per
    # cell needs no sort, and the cells come out ordered by latitude, then longitude
    rows, cols = int(180 / CELL_DEGREES) + 1, int(360 / CELL_DEGREES) + 1
    row = np.round((lat + 90) / CELL_DEGREES).astype(np.int64)
    col = np.round((lon + 180) / CELL_DEGREES).astype(np.int64)
    counts = np.bincount(row * cols + col, minlength=rows * cols)
    present = np.flatnonzero(counts)
    code_of = np.zeros(len(counts), dtype=np.int64)
    code_of[present] = np.arange(len(present))
    codes, n = code_of[row * cols + col], counts[present]
    cells = pd.DataFrame(
        {
            "_clat": (present // cols) * CELL_DEGREES - 90,
            "_clon": (present % cols) * CELL_DEGREES - 180,
            "n": n,
            "first": _cell_span(codes, len(n), events["_start"][placed], first=True),
            "last": _cell_span(codes, len(n), events["_end"][placed], first=False),
        }
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


def _cell_layers(events: pd.DataFrame, geo: GeoLayers, fit_width: int) -> tuple:
    """Counts per grid cell, and the view that fits them: for more events than can be drawn."""
    cells = _grid_cells(events)
    layer = pdk.Layer(
        "ScatterplotLayer",
        data=JsonRows(cells),
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
    return fit_view(cells, geo, fit_width), [layer]


def _fanned(points: pd.DataFrame, geo: GeoLayers, fit_width: int) -> tuple:
    """The view that fits the points fanned out, and the points at their fanned places."""
    view = fit_view(points, geo, fit_width)
    if not (points["shared"] > 1).any():  # nothing to fan out: every event at its place
        return view, points.assign(at_lon=points["lon"], at_lat=points["lat"])
    spread = points.join(spread_out(points, view.zoom))
    refit = fit_view(spread, geo, fit_width)
    if refit.zoom < view.zoom:  # the layout reached further than guessed: fit it again
        view = refit
        spread = points.join(spread_out(points, view.zoom))
    return view, fanned_points(spread, view.zoom)


def _selected_layer(hit: pd.DataFrame) -> pdk.Layer:
    """A black ring around the selected event's marker."""
    return pdk.Layer(
        "ScatterplotLayer",
        data=records(hit[["lon", "lat", "radius"]].assign(radius=hit["radius"] + 8)),
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


def _event_layers(
    points: pd.DataFrame, geo: GeoLayers, selected: str | None, fit_width: int
) -> tuple:
    """One marker per event (rings for areas, dots for places), fanned out, and the view."""
    view, points = _fanned(points, geo, fit_width)
    layers = fan_layers(points[points["shared"] > 1])
    common = dict(
        get_position=["lon", "lat"],
        get_radius="radius",
        radius_units="'pixels'",
        pickable=True,
        auto_highlight=True,
    )
    rings = points.loc[~points["precise"], EVENT_FIELDS]
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            data=JsonRows(rings),
            id="events-area",
            stroked=True,
            filled=True,
            get_fill_color=[*COLOUR, str(RING_ALPHA)],
            get_line_color=COLOUR,
            line_width_units="'pixels'",
            get_line_width=3,
            **common,
        )
    )
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            data=JsonRows(points.loc[points["precise"], EVENT_FIELDS]),
            id="events",
            stroked=True,
            filled=True,
            get_fill_color=COLOUR,
            get_line_color=[255, 255, 255],
            line_width_min_pixels=1,
            **common,
        )
    )
    hit = points[points["event_id"] == selected] if selected else points.iloc[0:0]
    if len(hit):
        layers.append(_selected_layer(hit))
    return view, layers


def build_deck(
    events: pd.DataFrame,
    geo: GeoLayers,
    selected: str | None = None,
    basemap: bool = False,
    aggregate_above: int = AGGREGATE_ABOVE,
    titles: Mapping[str, str] | None = None,
    zoom_step: int = 0,
    fit_width: int = FIT_WIDTH,
    texts: pd.DataFrame | None = None,
) -> pdk.Deck:
    """The map; rings mark events placed only at region or country level (geo_precision 2-3).

    The first view fits the events and the Liptako-Gourma outline; events sharing a point are
    fanned out around it, with a thin line back to the point, so each can be hovered and clicked.
    `texts`: the tooltip texts of the whole table, if made beforehand (see `event_points`).
    """
    if not map_shows_each(events, aggregate_above):
        view, event_layers = _cell_layers(events, geo, fit_width)
    else:
        points = event_points(events, titles, texts)
        view, event_layers = _event_layers(points, geo, selected, fit_width)
    layers = base_layers(geo) + event_layers
    if zoom_step:  # the page's zoom buttons: whole steps from the fitted view, same centre
        zoom = float(np.clip(view.zoom + zoom_step, *ZOOM_LIMITS))
        view = pdk.ViewState(latitude=view.latitude, longitude=view.longitude, zoom=zoom)
    layers += label_layers(events, geo, view.zoom) + scale_bar(view, fit_width, MAP_HEIGHT)
    if basemap:
        return CompactDeck(
            layers=layers,
            initial_view_state=view,
            tooltip=TOOLTIP,
            map_provider="carto",
            map_style="light",
        )
    # map_style left unset with no provider: Streamlit draws no basemap and fetches nothing
    return CompactDeck(layers=layers, initial_view_state=view, tooltip=TOOLTIP, map_provider=None)


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
