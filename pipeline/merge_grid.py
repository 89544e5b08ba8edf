"""The month and grid-cell index that lets the merge look only at clusters a mention could
join: those sharing a month with it and, for a town, those within 50 km of it."""

import math
from datetime import date

SAME_PLACE_KM = 50.0  # towns further apart are two events
WIDE_MONTHS = 240
CELL_DEGREES = 0.5  # 55 km of latitude: a town within 50 km is at most one cell away north-south


def months_of(start: date, end: date) -> range | None:
    """The months (year * 12 + month) a span covers; None for one too wide to index."""
    first, last = start.year * 12 + start.month, end.year * 12 + end.month
    return range(first, last + 1) if last - first < WIDE_MONTHS else None


def grid_cell(latitude: float, longitude: float) -> tuple[int, int]:
    """The grid cell a point lies in."""
    return math.floor(latitude / CELL_DEGREES), math.floor(longitude / CELL_DEGREES)


def cells_near(latitude: float, longitude: float) -> list[tuple[int, int]] | None:
    """Grid cells that can hold a town within 50 km; None (look everywhere) near a pole or ±180°."""
    widest = abs(latitude) + 2 * CELL_DEGREES
    if widest >= 80:
        return None
    # a degree of longitude is shorter away from the equator; twice the margin keeps it safe
    reach = 2 * SAME_PLACE_KM / (111.0 * math.cos(math.radians(widest)))
    if abs(longitude) + reach + CELL_DEGREES >= 180:
        return None
    row, column = grid_cell(latitude, longitude)
    span = math.ceil(reach / CELL_DEGREES)
    return [
        (r, c) for r in range(row - 1, row + 2) for c in range(column - span, column + span + 1)
    ]
