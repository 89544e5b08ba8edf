"""Small GeoNames dumps written by the tests, in the export folder's 19-column format."""

import zipfile
from pathlib import Path

# The administrative frame of an invented corner of Burkina Faso: two regions, three provinces.
ADMIN = [
    (9000001, "Centre-Nord", "A", "ADM1", "05", "", 13.3, -1.1),
    (9000002, "Sahel", "A", "ADM1", "12", "", 14.1, -0.1),
    (9000011, "Province du Sanmatenga", "A", "ADM2", "05", "70", 13.2, -1.1),
    (9000012, "Province du Soum", "A", "ADM2", "12", "40", 14.1, -1.6),
    (9000013, "Oudalan", "A", "ADM2", "12", "33", 14.5, -0.3),
]


def row(geonameid, name, klass, code, admin1, admin2, lat, lon, population=0, alternates=""):
    """One line of a dump."""
    fields = [
        str(geonameid),
        name,
        name,
        alternates,
        f"{lat}",
        f"{lon}",
        klass,
        code,
        "BF",
        "",
        admin1,
        admin2,
        "",
        "",
        str(population),
        "",
        "300",
        "Africa/Ouagadougou",
        "2023-11-07",
    ]
    return "\t".join(fields)


def dump_text(places) -> str:
    """A dump of the administrative frame plus `places` (tuples as `row` takes them)."""
    return "\n".join(row(*p) for p in [*ADMIN, *places]) + "\n"


def write_dump(folder: Path, places, name: str = "BF.txt") -> Path:
    """Write a plain dump; return its path."""
    path = folder / name
    path.write_text(dump_text(places), encoding="utf-8")
    return path


def write_zip(folder: Path, places, name: str = "BF.zip") -> Path:
    """Write a dump zipped as GeoNames publishes it (BF.txt and a readme)."""
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("BF.txt", dump_text(places))
        archive.writestr("readme.txt", "GeoNames country dump\n")
    return path
