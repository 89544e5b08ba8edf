"""Events that share a point (a town, a region's centroid) fanned out around it on a spiral,
so that each marker can be hovered and clicked."""

import math

import numpy as np
import pandas as pd
import pydeck as pdk

from components.deckdata import JsonRows, records

TILE_PX = 512  # deck.gl's Web Mercator world is 512 px wide at zoom 0
FAN_STEP_PX = 15  # events sharing a point spread out on a sunflower spiral this far apart
FAN_MAX_PX = 95  # the spiral of a crowded point never reaches further than this
FAN_CHECKED = 40  # up to this many events at a point, their places avoid other markers
FAN_NEIGHBOURS = 200  # ... unless more markers than this are already drawn around the point
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixels at zoom 0, as deck.gl draws them."""
    x = TILE_PX * (np.asarray(lon, dtype=float) + 180) / 360
    phi = np.radians(np.clip(np.asarray(lat, dtype=float), -85, 85))
    y = TILE_PX * (math.pi - np.log(np.tan(math.pi / 4 + phi / 2))) / (2 * math.pi)
    return x, y


def unproject(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lon, lat) of Web Mercator pixels at zoom 0."""
    lon = np.asarray(x, dtype=float) * 360 / TILE_PX - 180
    lat = np.degrees(2 * np.arctan(np.exp(math.pi - 2 * math.pi * np.asarray(y) / TILE_PX)))
    return lon, lat - 90


def spots(points: pd.DataFrame) -> np.ndarray:
    """One code per distinct point (to 5 decimals), in order of first appearance."""
    lat = np.round(points["lat"].to_numpy(dtype=float) * 1e5).astype(np.int64)
    lon = np.round(points["lon"].to_numpy(dtype=float) * 1e5).astype(np.int64)
    return pd.factorize(lat * 100_000_000 + lon)[0]  # |lon| < 2e7: one number per point


def spread_out(points: pd.DataFrame, zoom: float) -> pd.DataFrame:
    """Pixel offsets (dx, dy) at this zoom that fan out events sharing a point.

    Many events are placed at the same country or region centroid; drawn on top of each other
    only the top one could be hovered or clicked. They take places on a sunflower spiral around
    the point, skipping places where their marker would touch another marker. Events alone at
    their point stay where they are.
    """
    scale = 2**zoom
    x, y = (v * scale for v in project(points["lon"], points["lat"]))
    radius = points["radius"].to_numpy(dtype=float) + 2  # rings have a 3 px edge
    codes = spots(points)
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
    # every spiral place that can be tried, with its gap to the nearest marker (those placed
    # before this point's, then each of its own as it is placed): one array operation per
    # event instead of one per place tried
    limit = 2 * len(members) + 20  # places tried before falling back to plain spiral order
    index = np.arange(limit + len(members) + 1)
    spread = step * np.sqrt(index + 0.5)
    sx, sy = spread * np.cos(index * GOLDEN_ANGLE), spread * np.sin(index * GOLDEN_ANGLE)
    gaps = np.hypot(sx[:, None] - (px[near] - cx), sy[:, None] - (py[near] - cy)) - pr[near]
    free = gaps.min(axis=1) if near.any() else np.full(len(index), np.inf)
    candidate = 0
    for rank, member in enumerate(members):
        last = max(candidate, limit)
        fits = np.flatnonzero(free[candidate : last + 1] >= pr[member])
        place = candidate + int(fits[0]) if len(fits) else rank
        candidate = place + 1 if len(fits) else last + 1
        dx[member], dy[member] = sx[place], sy[place]
        free = np.minimum(free, np.hypot(sx - sx[place], sy - sy[place]) - pr[member])


def fanned_points(points: pd.DataFrame, zoom: float) -> pd.DataFrame:
    """Points moved by their pixel offsets at this zoom (the true spot kept in at_lon/at_lat)."""
    x, y = project(points["lon"], points["lat"])
    scale = 2**zoom
    lon, lat = unproject(x + points["dx"] / scale, y + points["dy"] / scale)
    return points.assign(
        at_lon=points["lon"], at_lat=points["lat"], lon=np.round(lon, 5), lat=np.round(lat, 5)
    )


def fan_layers(fanned: pd.DataFrame) -> list[pdk.Layer]:
    """Thin lines from each fanned-out event back to the point it is placed at, and that point."""
    if fanned.empty:
        return []
    spots = fanned.drop_duplicates(["at_lon", "at_lat"])
    return [
        pdk.Layer(
            "LineLayer",
            data=JsonRows(fanned[["at_lon", "at_lat", "lon", "lat"]]),
            id="fan-lines",
            get_source_position=["at_lon", "at_lat"],
            get_target_position=["lon", "lat"],
            get_color=[60, 60, 60, 160],
            get_width=1,
            pickable=False,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            data=records(spots[["at_lon", "at_lat"]]),
            id="fan-spots",
            get_position=["at_lon", "at_lat"],
            get_radius=3,
            radius_units="'pixels'",
            get_fill_color=[40, 40, 40, 220],
            pickable=False,
        ),
    ]
