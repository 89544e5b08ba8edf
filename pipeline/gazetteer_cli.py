"""`python -m pipeline gazetteer import|download|status|remove`: the local GeoNames index."""

import argparse
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from pipeline.places.download import (
    DEFAULT_BASE_URL,
    DEFAULT_USER_AGENT,
    DownloadError,
    country_code,
    fetch_dump,
)
from pipeline.places.gazetteer import DEFAULT_INDEX
from pipeline.places.geonames_dump import DumpError, DumpReading, open_lines, read_lines
from pipeline.places.installed import default_dir, install_readings, remove, status
from pipeline.places.sources import read_embedded_countries


def add_gazetteer_commands(commands) -> None:
    """Register the `gazetteer` command and its subcommands on the main parser's subparsers."""
    gazetteer = commands.add_parser("gazetteer", help="import GeoNames country dumps")
    gazetteer.add_argument("--dir", type=Path, default=None, help="index folder")
    actions = gazetteer.add_subparsers(dest="action", required=True)
    load = actions.add_parser("import", help="import dumps: BF.txt or BF.zip (GeoNames' format)")
    load.add_argument("paths", type=Path, nargs="+")
    fetch = actions.add_parser("download", help="download <CODE>.zip from GeoNames, then import")
    fetch.add_argument("codes", nargs="+", help="two-letter country codes: ML BF NE")
    fetch.add_argument("--base-url", default=DEFAULT_BASE_URL)
    fetch.add_argument("--user-agent", default=DEFAULT_USER_AGENT)
    fetch.add_argument("--timeout", type=float, default=30.0, help="seconds without data")
    actions.add_parser("status", help="what is installed")
    drop = actions.add_parser("remove", help="remove one country's index")
    drop.add_argument("code")


def run_gazetteer(args: argparse.Namespace) -> int:
    """Run one gazetteer subcommand; the exit code is non-zero on failure."""
    directory = args.dir or default_dir()
    if args.action == "import":
        return _import(args.paths, directory)
    if args.action == "download":
        return _download(args, directory)
    if args.action == "status":
        return _status(directory)
    return _remove(args.code, directory)


def _read(path: Path) -> DumpReading:
    source, lines = open_lines(path)
    return read_lines(source, tqdm(lines, desc=path.name, unit=" rows", file=sys.stderr))


def _import(paths: list[Path], directory: Path) -> int:
    try:
        readings = [_read(path) for path in paths]
    except DumpError as error:
        print(f"error: {error}; nothing was installed", file=sys.stderr)
        return 2
    countries = read_embedded_countries(DEFAULT_INDEX)
    try:
        installed, skipped = install_readings(
            readings, directory, countries, lambda: datetime.now(UTC).isoformat(timespec="seconds")
        )
    except OSError as error:
        print(f"error: could not write the index in {directory}: {error}", file=sys.stderr)
        return 3
    for item in installed:
        print(f"{item.iso2} {item.country}: {item.places} places -> {item.path}")
    _print_skipped(skipped, readings)
    if not installed:
        print("error: no place of the gazetteer's countries in these files", file=sys.stderr)
        return 1
    return 0


def _print_skipped(skipped: Counter, readings: list[DumpReading]) -> None:
    features = Counter({r.split()[1]: n for r, n in skipped.items() if r.startswith("feature ")})
    reasons = Counter({r: n for r, n in skipped.items() if not r.startswith("feature ")})
    if features:
        top = ", ".join(f"{code} {n}" for code, n in features.most_common(5))
        reasons[f"features not kept (streams, hills, buildings...: {top}, ...)"] = sum(
            features.values()
        )
    print(f"rows skipped: {sum(skipped.values()) or 'none'}")
    first = {}
    for reading in readings:
        for reason, line in reading.first_bad.items():
            first.setdefault(reason, f"{reading.source} line {line}")
    for reason, count in reasons.most_common():
        where = f" (first: {first[reason]})" if reason in first else ""
        print(f"  {count:>6}  {reason}{where}")


def _download(args: argparse.Namespace, directory: Path) -> int:
    try:
        codes = [country_code(c) for c in args.codes]
    except DownloadError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="geonames-") as folder:
        paths = []
        for code in codes:
            with tqdm(desc=f"{code}.zip", unit="B", unit_scale=True, file=sys.stderr) as bar:
                try:
                    paths.append(
                        fetch_dump(
                            code,
                            Path(folder),
                            base_url=args.base_url,
                            user_agent=args.user_agent,
                            timeout=args.timeout,
                            on_bytes=bar.update,
                        )
                    )
                except DownloadError as error:
                    print(f"error: {error}; nothing was installed", file=sys.stderr)
                    return 4
        return _import(paths, directory)


def _status(directory: Path) -> int:
    found = status(directory)
    if not found:
        print(f"no GeoNames dump installed in {directory}: the embedded index alone is used")
        return 0
    print(f"{'code':<5}{'country':<16}{'places':>8}  imported                   source")
    for item in found:
        name = item.country[:15]
        print(f"{item.iso2:<5}{name:<16}{item.places:>8}  {item.imported:<26} {item.source}")
    return 0


def _remove(code: str, directory: Path) -> int:
    try:
        code = country_code(code)
    except DownloadError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not remove(directory, code):
        print(f"error: no index installed for {code} in {directory}", file=sys.stderr)
        return 1
    print(f"removed {code}: builds use the embedded index for it again")
    return 0
