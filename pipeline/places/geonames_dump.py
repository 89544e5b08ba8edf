"""Read a GeoNames country dump (`BF.txt`, or `BF.zip` as published) into index rows.

Kept: populated places (feature class P, but not historical or abandoned ones), the first three
levels of administrative divisions (A: ADM1, ADM2, ADM3) and the localities where events
happen: camps, mines, markets, wells and waterholes, forests and reserves, military bases,
named localities. Everything else (streams, hills, hotels...) is counted and left out.
"""

import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = 19  # geonameid ... modification date, as in GeoNames' readme
# feature code -> rank: how much a place of that kind is what a bare name means
POPULATED = {
    "PPLC": 6,
    "PPLA": 5,
    "PPLA2": 4,
    "PPLA3": 3,
    "PPLA4": 2,
    "PPL": 2,
    "PPLG": 2,
    "PPLS": 1,
    "PPLF": 1,
    "PPLR": 1,
    "PPLL": 1,
    "PPLX": 1,
}
ADMIN = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3"}
LOCALITIES = frozenset(
    [
        "S.CMP",  # camp (herders' camps, campements)
        "S.CMPRF",  # refugee camp
        "S.CMPMN",  # mining camp
        "S.MN",  # mine
        "S.MNAU",  # gold mine
        "S.MNQ",  # abandoned mine: still where artisanal miners gather
        "S.MKT",  # market
        "S.MILB",  # military base
        "S.INSM",  # military installation
        "H.WLL",  # well
        "H.WLLS",  # wells
        "H.WTRH",  # waterhole
        "L.LCTY",  # locality
        "L.RESF",  # forest reserve
        "L.RESN",  # nature reserve
        "V.FRST",  # forest
    ]
)
MAX_BAD_HEAD = 20  # rows: a file whose first rows are all garbage is not a GeoNames dump


class DumpError(ValueError):
    """The file cannot be read as a GeoNames dump (the message names the file and line)."""


@dataclass(frozen=True, slots=True)
class DumpRow:
    """One kept feature of a dump, with its raw administrative codes."""

    geonameid: int
    name: str
    alternates: tuple[str, ...]
    latitude: float
    longitude: float
    feature: str  # class.code, e.g. P.PPL
    country: str  # ISO2
    admin_codes: tuple[str, str, str]  # admin1, admin2, admin3 codes
    population: int


@dataclass
class DumpReading:
    """What reading one dump gave: kept rows, and the others counted by reason."""

    source: str
    rows: list[DumpRow] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    first_bad: dict[str, int] = field(default_factory=dict)  # reason -> first line number

    def skip(self, reason: str, line: int) -> None:
        """Count one row left out, remembering where the first of its kind was."""
        self.skipped[reason] += 1
        self.first_bad.setdefault(reason, line)


def kind_of(feature: str) -> str:
    """town, locality, admin1/2/3: what the index calls a kept feature."""
    klass, _, code = feature.partition(".")
    if klass == "A":
        return ADMIN[code]
    return "town" if klass == "P" else "locality"


def rank_of(feature: str) -> int:
    """Feature rank: a regional capital outranks a village, a village a camp."""
    return POPULATED.get(feature.partition(".")[2], 0) if feature.startswith("P.") else 0


def _kept(feature: str) -> bool:
    klass, _, code = feature.partition(".")
    if klass == "P":
        return code in POPULATED
    if klass == "A":
        return code in ADMIN
    return feature in LOCALITIES


def _parse(line: str) -> DumpRow | str:
    """The row of one line, or the reason it is garbage."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != COLUMNS:
        return f"{len(fields)} columns instead of {COLUMNS}"
    try:
        geonameid = int(fields[0])
        latitude, longitude = float(fields[4]), float(fields[5])
        population = int(fields[14] or 0)
    except ValueError:
        return "a number column is not a number"
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return "coordinates out of range"
    name = fields[1].strip()
    country = fields[8].strip()
    if not name or len(country) != 2 or not country.isalpha():
        return "no name or no country code"
    alternates = tuple(a.strip() for a in fields[3].split(",") if a.strip())
    return DumpRow(
        geonameid=geonameid,
        name=name,
        alternates=alternates,
        latitude=latitude,
        longitude=longitude,
        feature=f"{fields[6]}.{fields[7]}",
        country=country.upper(),
        admin_codes=(fields[10].strip(), fields[11].strip(), fields[12].strip()),
        population=max(population, 0),
    )


def read_lines(source: str, lines: Iterable[str]) -> DumpReading:
    """Parse the lines of a dump; garbage rows are counted, a file of garbage is refused."""
    reading = DumpReading(source)
    good = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parsed = _parse(line)
        if isinstance(parsed, str):
            reading.skip(f"garbage row: {parsed}", number)
            if good == 0 and number >= MAX_BAD_HEAD:
                raise DumpError(
                    f"{source}: not a GeoNames dump: line {number} and every line before it"
                    f" are garbage ({parsed})"
                )
            continue
        good += 1
        if _kept(parsed.feature):
            reading.rows.append(parsed)
        else:
            reading.skip(f"feature {parsed.feature} not kept", number)
    if good == 0:
        raise DumpError(
            f"{source}: not a GeoNames dump (no row of {COLUMNS} tab-separated columns)"
        )
    return reading


def open_lines(path: Path) -> tuple[str, Iterator[str]]:
    """The name to report and the text lines of a dump file, plain or zipped."""
    if not path.is_file():
        raise DumpError(f"{path}: no such file")
    if zipfile.is_zipfile(path) or path.suffix.lower() == ".zip":
        return _zip_lines(path)
    return str(path), _text_lines(path, path.open("rb"))


def _zip_lines(path: Path) -> tuple[str, Iterator[str]]:
    try:
        archive = zipfile.ZipFile(path)
        members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n]
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise DumpError(f"{path}: truncated or corrupt zip ({error})") from error
    preferred = [n for n in members if Path(n).stem.upper() == path.stem.upper()]
    if not (preferred or members):
        raise DumpError(f"{path}: the zip holds no GeoNames .txt dump")
    member = (preferred or members)[0]
    name = f"{path}:{member}"
    return name, _text_lines(name, archive.open(member), archive)


def _text_lines(name: str, raw, owner=None) -> Iterator[str]:
    """Decoded lines; a truncated zip or non-UTF-8 bytes stop with a DumpError naming the line."""
    number = 0
    try:
        with raw:
            # decoded line by line (not by blocks) so that an error names its line
            for number, line in enumerate(raw, start=1):  # noqa: B007 - reported on error
                yield line.decode("utf-8")
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise DumpError(
            f"{name}: truncated or corrupt zip near line {number + 1} ({error})"
        ) from error
    except UnicodeDecodeError as error:
        raise DumpError(f"{name}: not UTF-8 text at line {number} ({error.reason})") from error
    finally:
        if owner is not None:
            owner.close()


def read_dump(path: Path) -> DumpReading:
    """Read one dump file (txt or zip) into kept rows and counted skips."""
    source, lines = open_lines(path)
    return read_lines(source, lines)
