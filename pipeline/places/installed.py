"""The local index of imported GeoNames dumps: one gzip file per country under data/gazetteer/.

Each file opens with a `#meta` line (country, places, index format, source, date, rows skipped)
and holds one line per place: geonameid, name, alternate names (`|`-separated), kind (town,
locality, admin1, admin2, admin3), feature rank, admin1 code, admin1 name, admin2 name,
latitude, longitude, population, and the folded keys of the name and alternate names (so
loading folds nothing). Files are written to a temporary name and renamed, so a reader sees
the old file or the new one, never half of one.
"""

import gzip
import json
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.places.districts import infer_missing
from pipeline.places.geonames_dump import DumpReading, DumpRow, kind_of, rank_of
from pipeline.places.names import district_name, name_key, usable_name
from pipeline.textnorm import fold

ENV_DIR = "SAHEL_GAZETTEER_DIR"  # where the index lives, if not data/gazetteer/ (tests use it)
SUFFIX = ".tsv.gz"
_FIELDS = 12  # per place line (see the module's docstring)
# Raised whenever the line format changes, so an index written by another version is
# re-imported instead of misread; files from before the number existed are format 1.
INDEX_FORMAT = 1
_log = logging.getLogger(__name__)


def default_dir() -> Path:
    """data/gazetteer/ of the project, unless SAHEL_GAZETTEER_DIR names another folder."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    return Path(__file__).resolve().parents[2] / "data" / "gazetteer"


@dataclass(frozen=True)
class Installed:
    """What one installed country file holds (its #meta line)."""

    iso2: str
    country: str
    places: int
    source: str
    imported: str
    skipped: dict[str, int]
    path: Path


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One place of an installed index, administrative names resolved."""

    geonameid: int
    name: str
    alternates: tuple[str, ...]
    kind: str
    rank: int
    iso2: str
    admin1_code: str
    admin1_name: str
    admin2_name: str
    latitude: float
    longitude: float
    population: int
    keys: tuple[str, ...] = ()  # name_key of the name, then of each alternate name


def index_rows(rows: list[DumpRow]) -> tuple[list[IndexRow], Counter]:
    """Rows of one country's dump with their region and district names; unusable names counted."""
    admin1 = {r.admin_codes[0]: r.name for r in rows if r.feature == "A.ADM1"}
    admin2 = {r.admin_codes[:2]: r.name for r in rows if r.feature == "A.ADM2"}
    out, skipped = [], Counter()
    for r in rows:
        if not usable_name(r.name):
            skipped["name unusable in prose (too short, a code or an everyday word)"] += 1
            continue
        seen, alternates = {fold(r.name)}, []
        for alias in r.alternates:
            if usable_name(alias) and fold(alias) not in seen:
                seen.add(fold(alias))
                alternates.append(alias)
        kind = kind_of(r.feature)
        # A district or region is also known by its own name ("Soum", not "Province du Soum").
        if kind.startswith("admin") and fold(district_name(r.name)) not in seen:
            alternates.append(district_name(r.name))
        out.append(
            IndexRow(
                geonameid=r.geonameid,
                name=r.name,
                alternates=tuple(alternates),
                kind=kind,
                rank=rank_of(r.feature),
                iso2=r.country,
                admin1_code=r.admin_codes[0],
                admin1_name=district_name(admin1.get(r.admin_codes[0], "")),
                admin2_name=district_name(admin2.get(r.admin_codes[:2], "")),
                latitude=r.latitude,
                longitude=r.longitude,
                population=r.population,
                keys=tuple(name_key(n) for n in (r.name, *alternates)),
            )
        )
    out, _ = infer_missing(out)
    return out, skipped


def _clean(text: str) -> str:
    return " ".join(text.split())  # no tab or newline may break the line format


def _line(row: IndexRow) -> str:
    fields = (
        str(row.geonameid),
        _clean(row.name),
        "|".join(_clean(a).replace("|", "/") for a in row.alternates),
        row.kind,
        str(row.rank),
        _clean(row.admin1_code),
        _clean(row.admin1_name),
        _clean(row.admin2_name),
        f"{row.latitude:.5f}",
        f"{row.longitude:.5f}",
        str(row.population),
        "|".join(row.keys),
    )
    return "\t".join(fields)


def write_country(
    directory: Path, iso2: str, country: str, rows: list[IndexRow], meta: dict
) -> Installed:
    """Write one country's index atomically (temporary file, then rename) and say what it holds."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{iso2}{SUFFIX}"
    header = {"iso2": iso2, "country": country, "places": len(rows), "format": INDEX_FORMAT, **meta}
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{iso2}.", suffix=".tmp")
    try:
        with (
            os.fdopen(descriptor, "wb") as handle,
            gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as packed,
        ):
            packed.write(f"#meta\t{json.dumps(header, ensure_ascii=False)}\n".encode())
            for row in sorted(rows, key=lambda r: r.geonameid):
                packed.write((_line(row) + "\n").encode("utf-8"))
            packed.flush()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return _installed(target, header)


def _installed(path: Path, header: dict) -> Installed:
    return Installed(
        iso2=header["iso2"],
        country=header.get("country", ""),
        places=int(header.get("places", 0)),
        source=header.get("source", ""),
        imported=header.get("imported", ""),
        skipped=dict(header.get("skipped", {})),
        path=path,
    )


def status(directory: Path) -> list[Installed]:
    """What is installed, one entry per country file, by country code."""
    found = []
    for path in sorted(directory.glob(f"*{SUFFIX}")):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                first = handle.readline()
            header = json.loads(first.split("\t", 1)[1]) if first.startswith("#meta\t") else None
        except (OSError, EOFError, UnicodeDecodeError, ValueError) as error:
            header = None
            _log.warning("%s cannot be read (%s): import that country again", path, error)
        if isinstance(header, dict) and "iso2" in header:
            found.append(_installed(path, header))
    return found


def remove(directory: Path, iso2: str) -> bool:
    """Remove one country's index; False when it was not installed."""
    if not (len(iso2) == 2 and iso2.isalpha()):
        return False  # a code, never a path
    path = directory / f"{iso2.upper()}{SUFFIX}"
    if not path.is_file():
        return False
    path.unlink()
    return True


def read_fields(directory: Path) -> Iterator[list[str]]:
    """The raw fields of every place of every installed country file, its ISO2 code appended.

    A file that cannot be read whole (truncated, edited by hand) is skipped with a warning:
    one broken country must not stop every build."""
    for path in sorted(directory.glob(f"*{SUFFIX}")) if directory.is_dir() else ():
        iso2 = path.name[: -len(SUFFIX)]
        try:
            rows = _country_fields(path, iso2)
        except (OSError, EOFError, UnicodeDecodeError, ValueError) as error:
            _log.warning("%s cannot be read (%s): skipped; import that country again", path, error)
            continue
        yield from rows


def _country_fields(path: Path, iso2: str) -> list[list[str]]:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith("#meta\t"):
                _check_format(json.loads(line.split("\t", 1)[1]))
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != _FIELDS:
                raise ValueError(f"line {number} has {len(fields)} fields, not {_FIELDS}")
            fields.append(iso2)
            rows.append(fields)
    return rows


def _check_format(header: dict) -> None:
    found = header.get("format", 1) if isinstance(header, dict) else None
    if found != INDEX_FORMAT:
        raise ValueError(f"index format {found!r}, this version reads format {INDEX_FORMAT}")


def read_installed(directory: Path) -> Iterator[IndexRow]:
    """Every place of every installed country file."""
    for f in read_fields(directory):
        yield IndexRow(
            geonameid=int(f[0]),
            name=f[1],
            alternates=tuple(f[2].split("|")) if f[2] else (),
            kind=f[3],
            rank=int(f[4]),
            iso2=f[12],
            admin1_code=f[5],
            admin1_name=f[6],
            admin2_name=f[7],
            latitude=float(f[8]),
            longitude=float(f[9]),
            population=int(f[10]),
            keys=tuple(f[11].split("|")),
        )


def install_readings(
    readings: list[DumpReading],
    directory: Path,
    countries: dict[str, str],
    now: Callable[[], str],
) -> tuple[list[Installed], Counter]:
    """Install every country found in the readings; rows of unknown countries are counted."""
    by_country: dict[str, list[DumpRow]] = {}
    skipped: Counter = Counter()
    for reading in readings:
        skipped.update(reading.skipped)
        for row in reading.rows:
            if row.country in countries:
                by_country.setdefault(row.country, []).append(row)
            else:
                skipped[f"country {row.country} is outside the gazetteer's countries"] += 1
    sources = ", ".join(Path(r.source).name for r in readings)
    prepared = {}
    for iso2, rows in by_country.items():
        kept, unusable = index_rows(rows)
        skipped.update(unusable)
        prepared[iso2] = kept
    installed = [
        write_country(
            directory,
            iso2,
            countries[iso2],
            rows,
            {"source": sources, "imported": now(), "skipped": dict(skipped)},
        )
        for iso2, rows in sorted(prepared.items())
    ]
    return installed, skipped
