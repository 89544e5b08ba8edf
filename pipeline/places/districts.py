"""Fill the region and district GeoNames leaves blank on many villages, from their neighbours.

A village whose dump row has no ADM2 code (or an unknown ADM1 code) takes the district and
region that most of its nearest neighbours with known ones share, if they lie close enough to
be sure; otherwise it keeps the blanks. Villages are dense in the Sahel: the neighbours of a
village are nearly always in its district.
"""

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.places.distance import km_between

if TYPE_CHECKING:  # the index's row type; installed.py calls this module
    from pipeline.places.installed import IndexRow

NEIGHBOURS = 5  # nearest known villages asked
NEAR_KM = 25.0  # only neighbours this close count
_CELL = 0.25  # degrees: grid cells that hold the known villages


def infer_missing(rows: list["IndexRow"]) -> tuple[list["IndexRow"], int]:
    """Rows with blank districts or regions filled where the neighbours agree; and how many."""
    known = [r for r in rows if r.kind in ("town", "locality") and r.admin1_name and r.admin2_name]
    grid: dict[tuple[int, int], list[IndexRow]] = {}
    for r in known:
        grid.setdefault(_cell(r.latitude, r.longitude), []).append(r)
    out, filled = [], 0
    for r in rows:
        if r.kind in ("town", "locality") and not (r.admin1_name and r.admin2_name):
            guess = _majority(r, grid)
            if guess is not None:
                code, admin1, admin2 = guess
                if not r.admin1_name or r.admin1_name == admin1:
                    r = replace(r, admin1_code=code, admin1_name=admin1, admin2_name=admin2)
                    filled += 1
        out.append(r)
    return out, filled


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _CELL), int(lon // _CELL)


def _majority(row: "IndexRow", grid) -> tuple[str, str, str] | None:
    y, x = _cell(row.latitude, row.longitude)
    near = sorted(
        (
            (km_between(row.latitude, row.longitude, n.latitude, n.longitude), n)
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for n in grid.get((y + dy, x + dx), ())
            if n.geonameid != row.geonameid
        ),
        key=lambda pair: pair[0],
    )[:NEIGHBOURS]
    votes = Counter((n.admin1_code, n.admin1_name, n.admin2_name) for d, n in near if d <= NEAR_KM)
    if not votes:
        return None
    best, count = votes.most_common(1)[0]
    return best if count > sum(votes.values()) / 2 else None
